/*
 * The mentee's markdown arrives already sanitised (DOMPurify, lib/markdown/render) before it was
 * written into the file. It is still never given to innerHTML: it is parsed into an inert document
 * and rebuilt here, element by element, keeping only these elements and attributes. The page's
 * content security policy would stop a script or remote image in any case.
 */

const KEEP: Record<string, readonly string[]> = {
  P: [],
  BR: [],
  STRONG: [],
  B: [],
  EM: [],
  I: [],
  DEL: [],
  S: [],
  CODE: [],
  PRE: [],
  BLOCKQUOTE: [],
  UL: [],
  OL: ['start'],
  LI: [],
  A: ['href', 'title'],
  H1: [],
  H2: [],
  H3: [],
  H4: [],
  H5: [],
  H6: [],
  HR: [],
  TABLE: [],
  THEAD: [],
  TBODY: [],
  TR: [],
  TH: ['align'],
  TD: ['align'],
  IMG: ['src', 'alt', 'title'],
  SPAN: [],
  SUB: [],
  SUP: [],
};

/** Elements dropped with everything in them; any other unknown element gives way to its text. */
const DROP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'MATH', 'NOSCRIPT', 'TITLE']);

const SAFE_LINK = /^(https?:|mailto:|#)/i;
const LOCAL_IMAGE = /^data:image\//i;

function allowed(tag: string, name: string, value: string): boolean {
  if (name === 'href') return SAFE_LINK.test(value.trim());
  if (name === 'src') return tag === 'IMG' && LOCAL_IMAGE.test(value.trim());
  return true;
}

function copyChildren(from: Node, to: Node): void {
  for (const node of Array.from(from.childNodes)) {
    if (node.nodeType === Node.TEXT_NODE) {
      to.appendChild(document.createTextNode(node.textContent ?? ''));
      continue;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) continue;
    const source = node as Element;
    const tag = source.tagName.toUpperCase();
    const keep = KEEP[tag];
    if (!keep) {
      if (!DROP.has(tag)) copyChildren(source, to);
      continue;
    }
    const copy = document.createElement(tag.toLowerCase());
    for (const name of keep) {
      const value = source.getAttribute(name);
      if (value !== null && allowed(tag, name, value)) copy.setAttribute(name, value);
    }
    if (tag === 'A' && copy.hasAttribute('href') && !copy.getAttribute('href')?.startsWith('#')) {
      copy.setAttribute('target', '_blank');
      copy.setAttribute('rel', 'noopener noreferrer');
    }
    copyChildren(source, copy);
    to.appendChild(copy);
  }
}

/** Sanitised HTML as DOM nodes made by the page itself. */
export function safeFragment(html: string): DocumentFragment {
  const inert = new DOMParser().parseFromString(html, 'text/html');
  const fragment = document.createDocumentFragment();
  copyChildren(inert.body, fragment);
  return fragment;
}
