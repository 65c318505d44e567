/** What the WHATWG Encoding Standard maps bytes 0x80–0x9F to in windows-1252 (index-windows-1252). */
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

export const WINDOWS_1252_WARNING =
  'This file is not UTF-8, so it was read as Windows-1252 (Western European). Check accented letters and symbols.';

export interface DecodedText {
  text: string;
  warnings: string[];
}

/**
 * A note's bytes as text: UTF-8 (with or without a byte-order mark), UTF-16 when it starts with a
 * UTF-16 byte-order mark (Notepad's "Unicode"), else Windows-1252, which older Windows editors wrote.
 * Line endings become `\n`.
 */
export function decodeNoteText(bytes: Uint8Array): DecodedText {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return plain(utf8(bytes.subarray(3), false) ?? '');
  if (b0 === 0xff && b1 === 0xfe) return plain(new TextDecoder('utf-16le').decode(bytes.subarray(2)));
  if (b0 === 0xfe && b1 === 0xff) return plain(new TextDecoder('utf-16be').decode(bytes.subarray(2)));
  const text = utf8(bytes, true);
  if (text !== undefined) return plain(text);
  return { text: normaliseLines(windows1252(bytes)), warnings: [WINDOWS_1252_WARNING] };
}

function plain(text: string): DecodedText {
  return { text: normaliseLines(text), warnings: [] };
}

/** UTF-8 text, or undefined when `fatal` and the bytes are not valid UTF-8. */
function utf8(bytes: Uint8Array, fatal: boolean): string | undefined {
  try {
    // ignoreBOM: a byte-order mark has been handled by the caller; any other is kept as text.
    return new TextDecoder('utf-8', { fatal, ignoreBOM: true }).decode(bytes);
  } catch (error) {
    // The only error a fatal decoder throws is for invalid UTF-8: the caller then tries Windows-1252.
    if (error instanceof TypeError) return undefined;
    throw error;
  }
}

/**
 * Windows-1252 through TextDecoder, then bytes 0x80–0x9F mapped again: Node since 20.18.3 decodes
 * them as Latin-1 control characters (nodejs/node#60888) where browsers give “ ” ’ € and so on.
 * Remapping is harmless where the decoder is right, as those code points then never appear.
 */
function windows1252(bytes: Uint8Array): string {
  const text = new TextDecoder('windows-1252').decode(bytes);
  return text.replace(/[\u0080-\u009f]/g, (c) =>
    String.fromCodePoint(WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80] ?? 0xfffd),
  );
}

function normaliseLines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}
