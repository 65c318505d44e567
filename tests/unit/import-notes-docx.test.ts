import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { type NoteDraft, type NoteProblem, readNoteFile } from '../../lib/import';

const NOW = new Date(2026, 3, 20, 12).getTime();
const FILE_TIME = new Date(2026, 0, 15, 9).getTime();

async function wordFile(children: Paragraph[]): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}

/** A minimal .docx whose document.xml is written by hand, for what the `docx` package cannot make. */
function handMadeDocx(body: string, parts: Record<string, string> = {}): Uint8Array {
  const xml = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="x" xmlns:mc="y"><w:body>${body}</w:body></w:document>`;
  const files: Record<string, Uint8Array> = { 'word/document.xml': strToU8(xml) };
  for (const [name, text] of Object.entries(parts)) files[name] = strToU8(text);
  return zipSync(files);
}

const p = (text: string, properties = '') =>
  `<w:p>${properties}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

async function read(bytes: Uint8Array, name = 'note.docx'): Promise<NoteDraft | NoteProblem> {
  return readNoteFile(new File([new Uint8Array(bytes)], name, { lastModified: FILE_TIME }), NOW);
}

async function draftOf(bytes: Uint8Array): Promise<NoteDraft> {
  const result = await read(bytes);
  if (!('body' in result)) throw new Error(`Expected a draft, got: ${result.message}`);
  return result;
}

describe('Word documents', () => {
  it('turns a document with a title, headings, lists, bold and italic into markdown', async () => {
    const bytes = await wordFile([
      new Paragraph({ text: 'Difficult conversation', heading: HeadingLevel.TITLE }),
      new Paragraph({ text: 'What happened', heading: HeadingLevel.HEADING_2 }),
      new Paragraph({
        children: [
          new TextRun('On 12 March 2026 I '),
          new TextRun({ text: 'led', bold: true }),
          new TextRun({ text: ' the huddle', italics: true }),
          new TextRun('.'),
        ],
      }),
      new Paragraph({ text: 'Listened first', bullet: { level: 0 } }),
      new Paragraph({ text: 'Named the risk', bullet: { level: 1 } }),
      new Paragraph({ text: 'Fish & chips <3 "quoted" \'single\'' }),
      new Paragraph({ children: [new TextRun('Line one'), new TextRun({ text: 'Line two', break: 1 })] }),
    ]);
    const draft = await draftOf(bytes);
    expect(draft).toMatchObject({ title: 'Difficult conversation', occurredOn: '2026-03-12', dateSource: 'text' });
    expect(draft.body).toBe(
      [
        '## What happened',
        'On 12 March 2026 I **led** *the huddle*.',
        '- Listened first\n  - Named the risk',
        'Fish & chips <3 "quoted" \'single\'',
        'Line one\nLine two',
      ].join('\n\n'),
    );
  });

  it('takes a Heading 1 as the title when there is no Title paragraph', async () => {
    const bytes = await wordFile([
      new Paragraph({ text: 'Intro paragraph' }),
      new Paragraph({ text: 'Teaching the FY1s', heading: HeadingLevel.HEADING_1 }),
      new Paragraph({ text: 'Went well.' }),
    ]);
    expect(await draftOf(bytes)).toMatchObject({ title: 'Teaching the FY1s', body: 'Intro paragraph\n\nWent well.' });
  });

  it('takes the first paragraph as the title, and keeps it, when there is no heading', async () => {
    const bytes = await wordFile([
      new Paragraph({ children: [new TextRun({ text: 'Exit interview notes', bold: true })] }),
      new Paragraph({ text: 'Second.' }),
    ]);
    const draft = await draftOf(bytes);
    expect(draft).toMatchObject({ title: 'Exit interview notes', body: '**Exit interview notes**\n\nSecond.' });
    expect(draft.dateSource).toBe('file');
    expect(draft.occurredOn).toBe('2026-01-15');
  });

  it('decodes named and numeric entities, and leaves unknown ones as written', async () => {
    const bytes = handMadeDocx(p('Tom&apos;s &amp;amp; &#8220;Jo&#x2019;s&#8221; &lt;b&gt; &#xD800; &nbsp;'));
    expect((await draftOf(bytes)).title).toBe("Tom's &amp; “Jo’s” <b> \ufffd &nbsp;");
  });

  it('reads tabs, breaks and bold switched off, and skips tracked deletions, tab stops and fallbacks', async () => {
    const body = [
      p('Title', '<w:pPr><w:pStyle w:val="Heading1"/><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>'),
      '<w:p><w:r><w:t>Kept</w:t></w:r><w:del><w:r><w:delText>gone</w:delText></w:r></w:del>',
      '<w:r><w:rPr><w:b w:val="0"/></w:rPr><w:tab/><w:t>plain</w:t><w:cr/><w:t>next</w:t></w:r>',
      '<mc:AlternateContent><mc:Choice><w:r><w:t> once</w:t></w:r></mc:Choice>',
      '<mc:Fallback><w:r><w:t> twice</w:t></w:r></mc:Fallback></mc:AlternateContent></w:p>',
      '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr></w:pPr><w:r><w:t>not a list</w:t></w:r></w:p>',
      '<!-- a comment with <w:t>hidden</w:t> --><w:p/>',
    ].join('');
    expect(await draftOf(handMadeDocx(body))).toMatchObject({
      title: 'Title',
      body: 'Kept\tplain\nnext once\n\nnot a list',
    });
  });

  it('says that pictures and tables were not imported as such', async () => {
    const body = `${p('Words')}<w:p><w:r><w:drawing/></w:r></w:p><w:tbl><w:tr><w:tc>${p('Cell')}</w:tc></w:tr></w:tbl>`;
    const draft = await draftOf(handMadeDocx(body));
    expect(draft.body).toBe('Words\n\nCell');
    expect(draft.warnings).toEqual([
      'Pictures in the document were not imported.',
      'Tables were imported as plain paragraphs, one cell after another.',
    ]);
  });

  it('finds the main part where the package says it is', async () => {
    const rels =
      '<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/word/document2.xml"/></Relationships>';
    const xml = `<w:document><w:body>${p('From document2')}</w:body></w:document>`;
    const bytes = zipSync({ '_rels/.rels': strToU8(rels), 'word/document2.xml': strToU8(xml) });
    expect((await draftOf(bytes)).title).toBe('From document2');
  });

  it.each([
    ['empty.docx', handMadeDocx('<w:p/><w:p><w:r><w:t>  </w:t></w:r></w:p>'), '“empty.docx” is empty.'],
    [
      'photos.docx',
      handMadeDocx('<w:p><w:r><w:drawing/></w:r></w:p>'),
      '“photos.docx” has no text to import: only pictures, which are not imported.',
    ],
    [
      'locked.docx',
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
      '“locked.docx” could not be read: it is password-protected, or an older Word file renamed. Save it in Word as an unprotected .docx, then import that.',
    ],
  ])('explains why %s is not imported', async (name, bytes, message) => {
    expect(await read(bytes, name)).toEqual({ fileName: name, message });
  });
});
