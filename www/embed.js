// briefing-widget's embed entry point. Importing this module loads the WebAssembly next to
// it, defines <briefing-widget>, mounts every [data-briefing] element present or added later,
// and exports mount(element, reportOrUrl, options). No inline code, no eval, no innerHTML:
// it runs under script-src 'self' 'wasm-unsafe-eval'; style-src 'self'.

import init, { mount, connect, disconnect, attributeChanged, scan } from './briefing.js';

await init({ module_or_path: new URL('briefing_bg.wasm', import.meta.url) });

const OBSERVED = ['src', 'data-src', 'lang', 'data-lang', 'timeout'];

class BriefingWidget extends HTMLElement {
  static get observedAttributes() {
    return OBSERVED;
  }

  connectedCallback() {
    connect(this);
  }

  disconnectedCallback() {
    disconnect(this);
  }

  attributeChangedCallback(name, previous, value) {
    if (previous !== value && this.isConnected) attributeChanged(this, name);
  }
}

if (!customElements.get('briefing-widget')) {
  customElements.define('briefing-widget', BriefingWidget);
}

// The widgets already in the page were mounted when the module started; watch for
// [data-briefing] elements added, removed or changed later.
new MutationObserver((records) => {
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
