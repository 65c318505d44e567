import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { isIsoDate, localIsoDate } from '../../lib/dates';
import { MAX_BODY_LENGTH, MAX_TITLE_LENGTH } from '../../lib/entries/schema';
import { type NoteDraft, type NoteProblem, readNoteFile } from '../../lib/import';

const NOW = new Date(2026, 3, 20, 12).getTime();
const TOMORROW = localIsoDate(new Date(NOW + 24 * 60 * 60 * 1000));

function expectDraftOrProblem(result: NoteDraft | NoteProblem, name: string): void {
  if ('body' in result) {
    expect(result.fileName).toBe(name);
    expect(result.title.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
    expect(result.body.length).toBeLessThanOrEqual(MAX_BODY_LENGTH);
    expect(isIsoDate(result.occurredOn)).toBe(true);
    if (result.dateSource === 'text') expect(result.occurredOn <= TOMORROW).toBe(true);
  } else {
    expect(result.message).toContain(`“${name}”`);
  }
}

async function readBytes(bytes: Uint8Array, name: string, lastModified: number) {
  return readNoteFile({ name, lastModified, arrayBuffer: async () => new Uint8Array(bytes).buffer }, NOW);
}

/** Pieces of WordprocessingML, well formed and not, to shuffle into document.xml. */
const XML_PIECES = [
  '<w:p>',
  '</w:p>',
  '<w:p/>',
  '<w:r>',
  '</w:r>',
  '<w:t>',
  '</w:t>',
  '<w:t/>',
  '<w:br/>',
  '<w:tab/>',
  '<w:b/>',
  '<w:i w:val="0"/>',
  '<w:pPr>',
  '</w:pPr>',
  '<w:pStyle w:val="Heading1"/>',
  '<w:pStyle w:val="Title"/>',
  '<w:numPr><w:ilvl w:val="9"/></w:numPr>',
  '<mc:Fallback>',
  '</mc:Fallback>',
  '<w:del>',
  '</w:del>',
  '<!--',
  '-->',
  '<![CDATA[',
  ']]>',
  '<?x',
  '?>',
  '&amp;',
  '&#',
  '&#x',
  'FFFF',
  '12',
  ';',
  '<',
  '>',
  '"',
  ' ',
  'Ward',
  '3/4/2026',
  '31 Feb 2026',
  '\n',
  '<w:t attr="a<b">',
];

describe('reading any file', () => {
  it('gives a draft or a problem, never an error, for any bytes named as a note', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 600 }),
        fc.constantFrom('n.md', 'n.markdown', 'n.txt', 'n.docx', 'N.MD'),
        fc.oneof(fc.integer(), fc.constantFrom(0, -1, Number.NaN, 8.64e15 + 1)),
        async (bytes, name, lastModified) => expectDraftOrProblem(await readBytes(bytes, name, lastModified), name),
      ),
      { numRuns: 400 },
    );
  });

  it('never fails on any text, however it is marked up', async () => {
    const text = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 300 }),
      fc
        .array(
          fc.constantFrom('# ', '---\n', 'title: ', 'date: ', '```\n', '\n', '===\n', '12 March 2026', 'x', ' #'),
          {
            maxLength: 40,
          },
        )
        .map((parts) => parts.join('')),
    );
    await fc.assert(
      fc.asyncProperty(text, async (value) =>
        expectDraftOrProblem(await readBytes(strToU8(value), 'n.md', NOW), 'n.md'),
      ),
      { numRuns: 300 },
    );
  });

  it('never fails on a real zip holding any document.xml', async () => {
    const xml = fc.array(fc.constantFrom(...XML_PIECES), { maxLength: 80 }).map((parts) => parts.join(''));
    await fc.assert(
      fc.asyncProperty(xml, async (documentXml) => {
        const bytes = zipSync({ 'word/document.xml': strToU8(documentXml) });
        expectDraftOrProblem(await readBytes(bytes, 'n.docx', NOW), 'n.docx');
      }),
      { numRuns: 300 },
    );
  });
});
