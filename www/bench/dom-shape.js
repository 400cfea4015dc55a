// A shadow tree as lines of text, for comparing the widget with its twin: one line per element
// (tag, attributes sorted by name) and per run of text, indented by depth. Element ids carry the
// widget's instance number (`b7-q1`); `bN-` stands for it. With `coordinates: false`, the
// map's geometry attributes read `#`: the map is compared by its structure only.

const ID_ATTRIBUTES = new Set(['id', 'aria-controls', 'aria-labelledby', 'for']);
const GEOMETRY = new Set(['d', 'x', 'y', 'cx', 'cy', 'r', 'width', 'height', 'viewBox']);

export function domShape(root, { coordinates = false } = {}) {
  const lines = [];
  const walk = (node, depth, inSvg) => {
    let text = '';
    const flush = () => {
      if (text !== '') lines.push(`${'  '.repeat(depth)}"${text}"`);
      text = '';
    };
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        text += child.data;
        continue;
      }
      if (child.nodeType !== Node.ELEMENT_NODE) continue;
      flush();
      const svg = inSvg || child.localName === 'svg';
      const attributes = [...child.attributes]
        .map((a) => {
          let value = a.value;
          if (ID_ATTRIBUTES.has(a.name)) value = value.replace(/\bb\d+-/g, 'bN-');
          if (svg && !coordinates && GEOMETRY.has(a.name)) value = '#';
          return `${a.name}="${value}"`;
        })
        .sort();
      const ns = child.namespaceURI === 'http://www.w3.org/2000/svg' ? 'svg:' : '';
      lines.push(`${'  '.repeat(depth)}<${ns}${child.localName}${attributes.length ? ' ' : ''}${attributes.join(' ')}>`);
      walk(child, depth + 1, svg);
    }
    flush();
  };
  walk(root, 0, false);
  return lines;
}
