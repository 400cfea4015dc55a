// briefing-widget's embed entry point. Importing this module loads the WebAssembly next to
// it, defines <briefing-widget>, mounts every [data-briefing] element present or added later,
// and exports mount(element, reportOrUrl, options). No inline code, no eval, no innerHTML:
// it runs under script-src 'self' 'wasm-unsafe-eval'; style-src 'self'.

import init, { mount as mountWidget, connect, disconnect, attributeChanged, scan, stopped } from './briefing.js';

await init({ module_or_path: new URL('briefing_bg.wasm', import.meta.url) });

// A panic inside the module shows every widget's error panel and sends each its
// `briefing:error` (the module's panic hook does that), and then the module stops. From then
// on nothing here calls into it: a call that reaches a stopped module, or one that throws
// anyway, changes nothing on the page.
let halted = false;

function live() {
  if (!halted && stopped()) halted = true;
  return !halted;
}

function call(entry, ...args) {
  if (!live()) return undefined;
  try {
    return entry(...args);
  } catch (error) {
    halted = true;
    console.error('briefing-widget stopped:', error);
    return undefined;
  }
}

function mount(element, report, options) {
  if (!live()) throw new Error('briefing-widget stopped after an internal error');
  return mountWidget(element, report, options);
}

const OBSERVED = ['src', 'data-src', 'lang', 'data-lang', 'timeout'];

class BriefingWidget extends HTMLElement {
  static get observedAttributes() {
    return OBSERVED;
  }

  connectedCallback() {
    call(connect, this);
  }

  disconnectedCallback() {
    call(disconnect, this);
  }

  attributeChangedCallback(name, previous, value) {
    if (previous !== value && this.isConnected) call(attributeChanged, this, name);
  }
}

if (!customElements.get('briefing-widget')) {
  customElements.define('briefing-widget', BriefingWidget);
}

// The widgets already in the page were mounted when the module started; watch for
// [data-briefing] elements added, removed or changed later.
new MutationObserver((records) => {
  if (!live()) return;
  for (const record of records) {
    if (record.type === 'attributes') {
      if (record.target.matches('[data-briefing]')) call(attributeChanged, record.target, record.attributeName);
      continue;
    }
    for (const node of record.addedNodes) {
      if (node.nodeType === Node.ELEMENT_NODE) call(scan, node);
    }
    for (const node of record.removedNodes) {
      if (node.nodeType !== Node.ELEMENT_NODE) continue;
      if (node.matches('[data-briefing]')) call(disconnect, node);
      for (const inner of node.querySelectorAll('[data-briefing]')) call(disconnect, inner);
    }
  }
}).observe(document.documentElement, {
  childList: true,
  subtree: true,
  attributes: true,
  attributeFilter: ['data-src', 'data-lang', 'lang', 'data-timeout'],
});

export { mount };
