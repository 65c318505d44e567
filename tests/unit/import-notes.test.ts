import { describe, expect, it } from 'vitest';
import { MAX_TITLE_LENGTH } from '../../lib/entries/schema';
import { type NoteDraft, type NoteFile, readNoteFile } from '../../lib/import';

/** 20 April 2026, midday local time: "now" for every test. */
const NOW = new Date(2026, 3, 20, 12).getTime();
/** When the test files were last changed: 15 January 2026. */
const FILE_TIME = new Date(2026, 0, 15, 9).getTime();

function aFile(name: string, content: string | Uint8Array, lastModified = FILE_TIME): NoteFile {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  return new File([new Uint8Array(bytes)], name, { lastModified });
}

async function draftOf(name: string, content: string | Uint8Array, lastModified = FILE_TIME): Promise<NoteDraft> {
  const result = await readNoteFile(aFile(name, content, lastModified), NOW);
  if (!('body' in result)) throw new Error(`Expected a draft, got: ${result.message}`);
  return result;
}

describe('titles and bodies', () => {
  it('takes the first heading as the title and leaves it out of the body', async () => {
    const draft = await draftOf('huddle.md', '# Running the huddle\n\nI asked the quiet FY1 first.\n');
    expect(draft).toMatchObject({ title: 'Running the huddle', body: 'I asked the quiet FY1 first.' });
  });

  it('prefers a level-1 heading anywhere over a later line, and ignores headings in code', async () => {
    const note = 'Intro line\n\n```sh\n# not a title\n```\n\n# Handover reflection ##\n\nBody text';
    const draft = await draftOf('notes.markdown', note);
    expect(draft.title).toBe('Handover reflection');
    expect(draft.body).toBe('Intro line\n\n```sh\n# not a title\n```\n\nBody text');
  });

  it('uses a heading of any level on the first line', async () => {
    expect((await draftOf('a.md', '## Feedback from Sister Khan\nShe said…')).title).toBe('Feedback from Sister Khan');
  });

  it('uses the first line as the title when there is no heading, and keeps it in the body', async () => {
    const draft = await draftOf('rota.txt', '\n\n  Rota gaps in August  \nWe covered them.\n');
    expect(draft).toMatchObject({ title: 'Rota gaps in August', body: '  Rota gaps in August  \nWe covered them.' });
  });

  it(`shortens a long first line to ${MAX_TITLE_LENGTH} characters`, async () => {
    const draft = await draftOf('long.txt', `${'word '.repeat(200)}\nmore`);
    expect(draft.title.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
    expect(draft.title.endsWith('…')).toBe(true);
  });

  it('falls back to the file name when there is no text to take a title from', async () => {
    const draft = await draftOf('Teaching session.md', '---\ndate: 2026-02-02\n---\n');
    expect(draft).toMatchObject({ title: 'Teaching session', body: '' });
  });

  it('reads a file with no extension by the type the browser gives it', async () => {
    const file = new File(['Handover\nAll well'], 'Handover', { type: 'text/plain', lastModified: FILE_TIME });
    expect(await readNoteFile(file, NOW)).toMatchObject({ title: 'Handover', body: 'Handover\nAll well' });
  });

  it('keeps plain text exactly as typed, escaping nothing', async () => {
    const text = 'Doses: 2*3 mg, then *PRN*\n<b>not html</b> and a_b_c\n\n  indented line';
    const draft = await draftOf('plain.txt', `Title line\n${text}`);
    expect(draft.body).toBe(`Title line\n${text}`);
  });

  it('honours front matter and removes it, with a heading that repeats the title', async () => {
    const note =
      '---\ntitle: "Complaint meeting"\ndate: 2026-02-10\ntags: [nhs]\n---\n# Complaint meeting\n\nWent well.';
    const draft = await draftOf('x.md', note);
    expect(draft).toMatchObject({ title: 'Complaint meeting', body: 'Went well.', occurredOn: '2026-02-10' });
    expect(draft.dateSource).toBe('text');
  });

  it('leaves a thematic break followed by prose alone', async () => {
    const draft = await draftOf('rule.md', '---\nJust a rule above.\n---\nMore');
    expect(draft.body).toBe('---\nJust a rule above.\n---\nMore');
  });
});

describe('dates', () => {
  it.each([
    ['12 March 2026', '2026-03-12'],
    ['03/04/2026', '2026-04-03'],
    ['3/4/26', '2026-04-03'],
    ['2026-03-12', '2026-03-12'],
    ['Date: 3rd Feb 2025', '2025-02-03'],
    ['Tuesday 1st of April, 2025', '2025-04-01'],
    ['12.03.2026', '2026-03-12'],
    ['Sept 9, 2025', '2025-09-09'],
  ])('reads “%s” (day first) as %s', async (written, iso) => {
    const draft = await draftOf('d.md', `# Clinic\n\n${written}\n\nNotes.`);
    expect(draft).toMatchObject({ occurredOn: iso, dateSource: 'text', warnings: [] });
  });

  it('finds a date in the title', async () => {
    expect((await draftOf('t.md', '# M&M 14 January 2026\nText')).occurredOn).toBe('2026-01-14');
  });

  it('uses the file’s date when the text names none', async () => {
    const draft = await draftOf('none.md', 'No date here.');
    expect(draft).toMatchObject({ occurredOn: '2026-01-15', dateSource: 'file' });
  });

  it('ignores dates more than a day in the future, and says so', async () => {
    const draft = await draftOf('plan.md', 'Plan for 12/05/2026 and beyond.');
    expect(draft).toMatchObject({ occurredOn: '2026-01-15', dateSource: 'file' });
    expect(draft.warnings.join(' ')).toContain('“12/05/2026”, which is in the future');
  });

  it('accepts tomorrow, which is today somewhere else', async () => {
    expect((await draftOf('t.md', 'Written 21 April 2026')).occurredOn).toBe('2026-04-21');
  });

  it('skips dates that do not exist and takes the next real one', async () => {
    expect((await draftOf('d.md', 'Not 31/02/2026 but 28/02/2026')).occurredOn).toBe('2026-02-28');
  });

  it('looks only near the top of the note', async () => {
    const draft = await draftOf('late.md', `${'Words. '.repeat(70)}\n12 March 2026`);
    expect(draft.dateSource).toBe('file');
  });

  it('prefers the front matter date to one in the text, and warns when it is not a real date', async () => {
    expect((await draftOf('f.md', '---\ndate: 1 Feb 2026\n---\nOn 5 March 2026')).occurredOn).toBe('2026-02-01');
    const bad = await draftOf('f.md', '---\ndate: 2026-13-45\n---\nOn 5 March 2026');
    expect(bad).toMatchObject({ occurredOn: '2026-03-05', dateSource: 'text' });
    expect(bad.warnings.join(' ')).toContain('front matter date “2026-13-45”');
  });
});

describe('encodings', () => {
  it('falls back to Windows-1252 when the text is not UTF-8, and says so', async () => {
    // "Café “quoted” €5" as Notepad on an older Windows would save it.
    const bytes = new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x71, 0x94, 0x20, 0x80, 0x35]);
    const draft = await draftOf('old.txt', bytes);
    expect(draft.title).toBe('Café “q” €5');
    expect(draft.warnings.join(' ')).toContain('Windows-1252');
  });

  it('strips a UTF-8 byte-order mark and reads Windows line endings', async () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('# Café\r\n\r\nLine 1\r\nLine 2')]);
    expect(await draftOf('bom.md', bom)).toMatchObject({ title: 'Café', body: 'Line 1\nLine 2', warnings: [] });
  });

  it('reads UTF-16 with a byte-order mark, as Notepad saves “Unicode”', async () => {
    const text = 'Ward round – 2 Mar 2026';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) bytes.set([text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8], 2 + i * 2);
    expect(await draftOf('u16.txt', bytes)).toMatchObject({ title: text, occurredOn: '2026-03-02' });
  });
});
