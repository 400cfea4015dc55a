// briefing-widget's embed entry point. Importing this module loads the WebAssembly next to
// it, defines <briefing-widget>, mounts every [data-briefing] element present or added later,
// and exports mount(element, reportOrUrl, options). No inline code, no eval, no innerHTML:
// it runs under script-src 'self' 'wasm-unsafe-eval'; style-src 'self'.

import init, { mount as mountWidget, connect, disconnect, attributeChanged, scan, onFault } from './briefing.js';

await init({ module_or_path: new URL('briefing_bg.wasm', import.meta.url) });

// Elements given to mount(), which may lie outside the document's own tree (in another
// component's shadow root), so that a fault can still reach them.
const mounted = new Set();

function mount(element, report, options) {
  const handle = mountWidget(element, report, options);
  mounted.add(new WeakRef(element));
  return handle;
}

// Once the module has failed (a panic is a trap in the release build), nothing inside it can
// be trusted: each widget not already showing an error gets the error panel, drawn from here,
// and a `briefing:error` event, as the module itself would have sent. The page goes on.
const FAULT = {
  en: ['This briefing cannot be shown', 'The widget stopped because of an internal error.'],
  ko: ['브리핑을 표시할 수 없습니다', '내부 오류로 위젯이 멈췄습니다.'],
};

function element(tag, className, attributes, text) {
  const node = document.createElement(tag);
  node.className = className;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text) node.textContent = text;
  return node;
}

let stopped = false;

onFault((error) => {
  stopped = true;
  const hosts = new Set(document.querySelectorAll('briefing-widget, [data-briefing]'));
  for (const ref of mounted) {
    const host = ref.deref();
    if (host) hosts.add(host);
  }
  const detail = String(error);
  for (const host of hosts) {
    const mountPoint = host.shadowRoot?.firstElementChild;
    if (!mountPoint?.classList.contains('briefing-root') || mountPoint.querySelector('[data-testid=error]')) continue;
    const lang = mountPoint.querySelector('[data-testid=briefing]')?.lang === 'ko' ? 'ko' : 'en';
    const [title, message] = FAULT[lang];
    const root = element('div', 'briefing briefing--error', { lang, 'data-testid': 'briefing' });
    const panel = element('div', 'briefing-error', { role: 'alert', 'data-testid': 'error' });
    panel.append(element('p', 'briefing-error__title', {}, title), element('p', 'briefing-error__message', {}, message));
    root.append(panel);
    mountPoint.replaceChildren(root);
    host.dispatchEvent(
      new CustomEvent('briefing:error', { bubbles: true, composed: true, detail: { message: `${message}\n${detail}`, details: [detail] } }),
    );
  }
});

const OBSERVED = ['src', 'data-src', 'lang', 'data-lang', 'timeout'];

class BriefingWidget extends HTMLElement {
  static get observedAttributes() {
    return OBSERVED;
  }

  connectedCallback() {
    if (!stopped) connect(this);
  }

  disconnectedCallback() {
    if (!stopped) disconnect(this);
  }

  attributeChangedCallback(name, previous, value) {
    if (!stopped && previous !== value && this.isConnected) attributeChanged(this, name);
  }
}

if (!customElements.get('briefing-widget')) {
  customElements.define('briefing-widget', BriefingWidget);
}

// The widgets already in the page were mounted when the module started; watch for
// [data-briefing] elements added, removed or changed later.
new MutationObserver((records) => {
  if (stopped) return;
  for (const record of records) {
    if (record.type === 'attributes') {
      if (record.target.matches('[data-briefing]')) attributeChanged(record.target, record.attributeName);
      continue;
    }
    for (const node of record.addedNodes) {
      if (node.nodeType === Node.ELEMENT_NODE) scan(node);
    }
    for (const node of record.removedNodes) {
      if (node.nodeType !== Node.ELEMENT_NODE) continue;
      if (node.matches('[data-briefing]')) disconnect(node);
      for (const inner of node.querySelectorAll('[data-briefing]')) disconnect(inner);
    }
  }
}).observe(document.documentElement, {
  childList: true,
  subtree: true,
  attributes: true,
  attributeFilter: ['data-src', 'data-lang', 'lang', 'data-timeout'],
});

export { mount };
