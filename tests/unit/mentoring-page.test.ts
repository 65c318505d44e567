// @vitest-environment jsdom
import { webcrypto } from 'node:crypto';
import { script, style } from 'virtual:mentor-page';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateEntries } from '../../bench/generate.mjs';
import { WrongPassphraseError } from '../../lib/crypto';
import { addDays } from '../../lib/dates';
import { LanternDB, setDb } from '../../lib/db';
import { Entry } from '../../lib/entries/schema';
import { FRAMEWORKS } from '../../lib/frameworks';
import { renderMarkdown } from '../../lib/markdown/render';
import {
  createShareBundle,
  entriesOf,
  FeedbackFile,
  feedbackOn,
  getMenteeId,
  importFeedback,
  readFeedbackFile,
} from '../../lib/mentoring';
import type { PageData } from '../../lib/mentoring/page/data';
import { withSanitisedMarkdown } from '../../lib/mentoring/page/data';
import { emptyDrafts, withComment } from '../../lib/mentoring/page/drafts';
import { feedbackFileOf, feedbackText } from '../../lib/mentoring/page/feedback';
import { writeSharePage } from '../../lib/mentoring/page/make';
import { type DataBlock, openSealedBlock, readDataBlock, unpackPageData } from '../../lib/mentoring/page/packing';
import { type AppraisalSummary, buildSummary, type SummaryOptions } from '../../lib/summary';
import { GOALS, JOURNAL, PERIOD } from './fixtures/journal-year';

const NOW = new Date(2026, 10, 22, 9, 30).getTime();
const PARTS = { script, style };
const summarise = (options: SummaryOptions = {}, entries = JOURNAL) =>
  buildSummary(entries, GOALS, FRAMEWORKS, PERIOD, { today: '2026-11-22', ...options });
const bundleOf = (summary: AppraisalSummary, menteeId = 'mentee-1') =>
  createShareBundle(summary, { menteeId, displayName: 'Dr Siân O’Neill', now: NOW });

/** The data block as the page finds it in itself. */
function blockOf(html: string): DataBlock {
  const found = /<script type="application\/json" id="lantern-data">([^<]*)<\/script>/.exec(html);
  if (!found?.[1]) throw new Error('No data block in the page');
  return readDataBlock(found[1]);
}

function openData(html: string): PageData {
  const block = blockOf(html);
  if (!('open' in block)) throw new Error('The page is sealed');
  return unpackPageData(block.open);
}

/** The summary with its markdown fields taken out, to compare everything else. */
const withoutMarkdown = (summary: AppraisalSummary) =>
  JSON.parse(JSON.stringify(summary, (key, value) => (key === 'body' || key === 'reviewNotes' ? undefined : value)));

const XSS = [
  '<script>window.__pwned = 1</script>',
  '<img src=x onerror="window.__pwned = 2">',
  '<svg onload="window.__pwned = 3"><circle r="1"/></svg>',
  '<iframe src="https://example.com/frame"></iframe>',
  '<a href="javascript:alert(1)">html js link</a>',
  '[md js link](javascript:alert(1))',
  '<img src="https://example.com/tracker.png" alt="remote">',
];

describe('the page for any browser', () => {
  it('carries exactly the summary the preview showed, its markdown through the same sanitiser', async () => {
    const summary = summarise({ inclusion: { 'cpd-airway': 'full', 'cpd-safeguarding': 'none' } });
    const page = await writeSharePage(bundleOf(summary), PARTS);
    expect(page.filename).toBe('lantern-share-dr-sian-o-neill-2026-11-22.html');
    const data = openData(page.text);
    expect(data.summary).toEqual(withSanitisedMarkdown(summary, renderMarkdown));
    expect(withoutMarkdown(data.summary)).toEqual(withoutMarkdown(summary));
    expect(data).toMatchObject({ menteeId: 'mentee-1', displayName: 'Dr Siân O’Neill', createdAt: NOW });
    expect(data.period).toEqual({ label: PERIOD.label, start: PERIOD.start, end: PERIOD.end });
    expect(JSON.stringify(data)).not.toContain('Safeguarding adults level 3');
  });

  it('strips scripts, handlers, javascript: links, SVG, frames and remote images from the mentee’s text before it is written', async () => {
    const hostile = Entry.parse({
      ...JOURNAL[0],
      id: 'hostile',
      title: '<script>window.__pwned = 0</script> Title',
      body: XSS.join('\n\n'),
    });
    const summary = summarise({ inclusion: { hostile: 'full' } }, [...JOURNAL, hostile]);
    const page = await writeSharePage(bundleOf(summary), PARTS);
    const body = entriesOf(openData(page.text).summary).find((entry) => entry.id === 'hostile')?.body ?? '';
    for (const bad of ['<script', 'onerror', 'onload', '<svg', '<iframe', 'javascript:']) {
      expect(body.toLowerCase(), bad).not.toContain(bad);
    }
    // A remote image keeps its address only as an inert note, never as a source.
    expect(body).not.toMatch(/\ssrc="https?:/);
    expect(body).toContain('html js link');
    // The title is text: it is shown as written, and in the file no `<` can open an element.
    expect(page.text.match(/<script/g)).toHaveLength(2);
    expect(page.text).not.toMatch(/<(iframe|svg|img|object|embed)/i);
  });

  it('allows only its own script and style, and nothing to load or connect', async () => {
    const { text } = await writeSharePage(bundleOf(summarise()), PARTS);
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(text)?.[1] ?? '';
    const hash = async (source: string) =>
      `'sha256-${Buffer.from(await webcrypto.subtle.digest('SHA-256', new TextEncoder().encode(source))).toString('base64')}'`;
    expect(policy.split('; ')).toEqual([
      "default-src 'none'",
      `script-src ${await hash(script)}`,
      `style-src ${await hash(style)}`,
      'img-src data:',
      "base-uri 'none'",
      "form-action 'none'",
    ]);
    expect(text.indexOf('Content-Security-Policy')).toBeLessThan(text.indexOf('<style>'));
    expect(text).toContain(`<script>${script}</script>`);
    expect(text).not.toMatch(/\b(src|href)=/);
    for (const network of ['fetch(', 'XMLHttpRequest', 'WebSocket', 'sendBeacon', 'EventSource']) {
      expect(script, network).not.toContain(network);
    }
  });

  it('with a passphrase holds nothing readable, and opens only with that passphrase', async () => {
    const summary = summarise({ inclusion: { 'cpd-airway': 'full' } });
    const bundle = bundleOf(summary);
    const sealed = await writeSharePage(bundle, PARTS, 'correct horse');
    for (const secret of ['Siân', 'Difficult Airway', 'front-of-neck', 'mentee-1', PERIOD.label]) {
      expect(sealed.text).not.toContain(secret);
    }
    const block = blockOf(sealed.text);
    if (!('sealed' in block)) throw new Error('The page is not sealed');
    await expect(openSealedBlock(block.sealed, 'wrong horse')).rejects.toBeInstanceOf(WrongPassphraseError);
    const { data } = await openSealedBlock(block.sealed, 'correct horse');
    expect(data).toEqual(openData((await writeSharePage(bundle, PARTS)).text));
  }, 20_000);

  it('stays under 300 kB for a year of 200 entries shared in full', async () => {
    // Realistic text (about 250 words each, a clinical vocabulary), all in the appraisal year.
    const entries = generateEntries(200).map((entry, i) =>
      Entry.parse({ ...entry, occurredOn: addDays(PERIOD.start, Math.floor((i * 364) / 200)) }),
    );
    const summary = summarise({ defaultInclusion: 'full' }, entries);
    const page = await writeSharePage(bundleOf(summary), PARTS, 'correct horse');
    expect(new TextEncoder().encode(page.text).length).toBeLessThan(300_000);
  }, 20_000);
});

describe('feedback saved from the page', () => {
  let db: LanternDB;
  beforeEach(() => {
    db = new LanternDB(`test-${crypto.randomUUID()}`);
    setDb(db);
  });
  afterEach(async () => {
    await db.delete();
  });

  it('is the feedback file Lantern imports, sealed with the page’s passphrase, the comment landing on its entry', async () => {
    const data = openData((await writeSharePage(bundleOf(summarise(), await getMenteeId()), PARTS)).text);
    let drafts = { ...emptyDrafts(), mentorName: ' Dr Patel ' };
    let id = 0;
    drafts = withComment(drafts, { kind: 'entry', id: 'cpd-airway' }, 'Run the drill soon.', NOW, () => `c${++id}`);
    drafts = withComment(drafts, { kind: 'summary' }, 'A good year.', NOW + 1, () => `c${++id}`);
    drafts = { ...drafts, suggestions: [{ id: 's1', title: 'Lead a QI project', note: '', createdAt: NOW + 2 }] };
    const result = feedbackFileOf(data, drafts, NOW + 3);
    if (!result.ok) throw new Error(result.message);
    expect(FeedbackFile.parse(result.file)).toEqual(result.file);

    const text = await feedbackText(result.file, 'correct horse');
    expect(text).not.toContain('Run the drill');
    const read = await readFeedbackFile(text, 'correct horse');
    if (!read.ok) throw new Error(read.error.message);
    expect(await importFeedback(read.file, NOW + 4)).toEqual({ added: 3, updated: 0, unchanged: 0 });
    expect(await feedbackOn({ kind: 'entry', id: 'cpd-airway' })).toEqual([
      expect.objectContaining({
        text: 'Run the drill soon.',
        fromName: 'Dr Patel',
        targetTitle: 'Difficult Airway Society annual meeting',
      }),
    ]);
  }, 20_000);

  it('asks for the mentor’s name, and for something to send, before it makes a file', async () => {
    const data = openData((await writeSharePage(bundleOf(summarise()), PARTS)).text);
    expect(feedbackFileOf(data, emptyDrafts(), NOW)).toEqual({
      ok: false,
      message: expect.stringContaining('Enter a name'),
    });
    expect(feedbackFileOf(data, { ...emptyDrafts(), mentorName: 'Dr Patel' }, NOW)).toEqual({
      ok: false,
      message: expect.stringContaining('Write a comment or suggest a goal first'),
    });
  });
});
