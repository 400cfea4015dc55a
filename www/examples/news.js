// The host page's own script: mounts a briefing with the JS API, drives it from host
// buttons, and listens to the widgets' events.

import { mount } from '../embed/embed.js';

const handle = mount(document.getElementById('api-briefing'), '../reports/kbs-nk-russia-treaty.json', {
  lang: 'en',
});
const status = document.getElementById('host-status');

document.getElementById('host-en').addEventListener('click', () => handle.setLang('en'));
document.getElementById('host-ko').addEventListener('click', () => handle.setLang('ko'));
document.getElementById('host-destroy').addEventListener('click', () => {
  handle.destroy();
  status.value = 'removed';
});

for (const name of ['briefing:ready', 'briefing:error', 'briefing:langchange']) {
  document.addEventListener(name, (event) => {
    const where = event.target.id || event.target.tagName.toLowerCase();
    const detail = typeof event.detail === 'string' ? event.detail : (event.detail?.message ?? '');
    status.value = `${name} from #${where}${detail ? `: ${detail.split('\n')[0]}` : ''}`;
  });
}

let clicks = 0;
const counter = document.getElementById('host-counter');
counter.addEventListener('click', () => {
  clicks += 1;
  counter.textContent = `Clicked ${clicks} times`;
});
