/**
 * Word's `word/document.xml` read as paragraphs, without a DOM (lib/ runs where no DOMParser
 * exists). A small tokenizer walks the tags that carry text — paragraphs `w:p`, runs `w:r`, text
 * `w:t`, breaks and tabs — and the few properties worth keeping: heading styles, list numbering,
 * bold and italic. Everything else (layout, fields, revisions) is passed over.
 */

export interface DocxSegment {
  text: string;
  bold: boolean;
  italic: boolean;
}

export interface DocxParagraph {
  /** Style id from `w:pStyle`, such as `Heading1` or `Title`. */
  style: string;
  /** Whether it is numbered or bulleted (`w:numPr`), and how deeply (`w:ilvl`). */
  list: boolean;
  listLevel: number;
  segments: DocxSegment[];
}

export interface DocxContent {
  paragraphs: DocxParagraph[];
  hasPictures: boolean;
  hasTables: boolean;
}

interface Tag {
  name: string;
  attributes: string;
  closing: boolean;
  selfClosing: boolean;
}

/** Content that is not the document's current text: tracked-change history and duplicate fallbacks. */
const SKIPPED = new Set(['mc:Fallback', 'w:rPrChange', 'w:pPrChange', 'w:del', 'w:moveFrom']);
const TAG = /<(\/?)([A-Za-z_][\w:.-]*)([^<>]*)>/y;

/** Each tag and each run of text in order; comments, declarations and stray `<` are passed over. */
function* tokens(xml: string): Generator<Tag | string> {
  let at = 0;
  while (at < xml.length) {
    const lt = xml.indexOf('<', at);
    if (lt < 0) {
      yield xml.slice(at);
      return;
    }
    if (lt > at) yield xml.slice(at, lt);
    if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt);
      yield `<![CDATA[${xml.slice(lt + 9, end < 0 ? xml.length : end)}`;
      at = end < 0 ? xml.length : end + 3;
      continue;
    }
    const close = xml.startsWith('<!--', lt) ? '-->' : xml.startsWith('<!', lt) || xml.startsWith('<?', lt) ? '>' : '';
    if (close) {
      const end = xml.indexOf(close, lt + 2);
      at = end < 0 ? xml.length : end + close.length;
      continue;
    }
    TAG.lastIndex = lt;
    const match = TAG.exec(xml);
    if (!match) {
      at = lt + 1;
      continue;
    }
    const attributes = match[3] ?? '';
    const selfClosing = attributes.endsWith('/');
    yield { name: match[2] ?? '', attributes, closing: match[1] === '/', selfClosing };
    at = lt + match[0].length;
  }
}

const attributePatterns = new Map<string, RegExp>();

export function attribute(attributes: string, name: string): string | undefined {
  let pattern = attributePatterns.get(name);
  if (!pattern) {
    pattern = new RegExp(`(?:^|\\s)${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    attributePatterns.set(name, pattern);
  }
  const match = pattern.exec(attributes);
  return match ? decodeXmlEntities(match[1] ?? match[2] ?? '') : undefined;
}

/** The five predefined XML entities and numeric character references; anything else stays as written. */
export function decodeXmlEntities(text: string): string {
  return text.replace(/&(?:(amp|lt|gt|quot|apos)|#(\d{1,8})|#[xX]([0-9a-fA-F]{1,8}));/g, (_whole, name, dec, hex) => {
    if (name) return NAMED[name as keyof typeof NAMED];
    const code = dec ? Number.parseInt(dec, 10) : Number.parseInt(hex, 16);
    const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
    return valid ? String.fromCodePoint(code) : '\ufffd';
  });
}
const NAMED = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as const;

/** `<w:b/>` and `<w:b w:val="true"/>` turn bold on; `w:val="0"`, `"false"` or `"off"` turn it off. */
function isOn(attributes: string): boolean {
  const value = attribute(attributes, 'w:val');
  return value === undefined || !['0', 'false', 'off', 'none'].includes(value.toLowerCase());
}

interface Open {
  paragraph: DocxParagraph;
  run: { bold: boolean; italic: boolean } | undefined;
  inText: boolean;
}

export function readDocumentXml(xml: string): DocxContent {
  const content: DocxContent = { paragraphs: [], hasPictures: false, hasTables: false };
  // Paragraphs nest: a text box inside a run holds paragraphs of its own.
  const open: Open[] = [];
  let skipping: { name: string; depth: number } | undefined;
  for (const token of tokens(xml)) {
    const top = open.at(-1);
    if (typeof token === 'string') {
      if (!skipping && top?.inText && top.run) addText(top, decodeText(token));
      continue;
    }
    const { name, attributes, closing, selfClosing } = token;
    if (skipping) {
      if (name === skipping.name && !selfClosing) skipping.depth += closing ? -1 : 1;
      if (skipping.depth === 0) skipping = undefined;
      continue;
    }
    if (SKIPPED.has(name) && !closing && !selfClosing) {
      skipping = { name, depth: 1 };
      continue;
    }
    if (name === 'w:p') {
      if (!closing)
        open.push({ paragraph: { style: '', list: false, listLevel: 0, segments: [] }, run: undefined, inText: false });
      if (closing || selfClosing) {
        const done = open.pop();
        if (done) content.paragraphs.push(done.paragraph);
      }
      continue;
    }
    if (name === 'w:drawing' || name === 'w:pict' || name === 'w:object') content.hasPictures = true;
    if (name === 'w:tbl') content.hasTables = true;
    if (!top || closing) {
      if (top && name === 'w:r') top.run = undefined;
      if (top && name === 'w:t') top.inText = false;
      continue;
    }
    readTag(top, name, attributes, selfClosing);
  }
  // A document cut short still gives the paragraphs it had begun.
  for (const unfinished of open.reverse()) content.paragraphs.push(unfinished.paragraph);
  return content;
}

/** An opening (or self-closing) tag inside a paragraph. */
function readTag(top: Open, name: string, attributes: string, selfClosing: boolean): void {
  const { paragraph, run } = top;
  switch (name) {
    case 'w:pStyle':
      paragraph.style = attribute(attributes, 'w:val') ?? '';
      return;
    case 'w:numPr':
      paragraph.list = true;
      return;
    case 'w:numId':
      // Numbering id 0 means "no numbering": a list style switched off for this paragraph.
      paragraph.list = attribute(attributes, 'w:val') !== '0';
      return;
    case 'w:ilvl':
      paragraph.listLevel = Math.min(8, Number.parseInt(attribute(attributes, 'w:val') ?? '0', 10) || 0);
      return;
    case 'w:r':
      if (!selfClosing) top.run = { bold: false, italic: false };
      return;
  }
  if (!run) return;
  if (name === 'w:b') run.bold = isOn(attributes);
  else if (name === 'w:i') run.italic = isOn(attributes);
  else if (name === 'w:t') top.inText = !selfClosing;
  else if (name === 'w:br' || name === 'w:cr') addText(top, '\n');
  else if (name === 'w:tab') addText(top, '\t');
  else if (name === 'w:noBreakHyphen') addText(top, '-');
}

function addText(top: Open, text: string): void {
  const { run, paragraph } = top;
  if (!run || !text) return;
  const last = paragraph.segments.at(-1);
  if (last && last.bold === run.bold && last.italic === run.italic) last.text += text;
  else paragraph.segments.push({ text, bold: run.bold, italic: run.italic });
}

function decodeText(token: string): string {
  return token.startsWith('<![CDATA[') ? token.slice(9) : decodeXmlEntities(token);
}
