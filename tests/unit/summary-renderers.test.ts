import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { customPeriod } from '../../lib/dates';
import { Entry } from '../../lib/entries/schema';
import { FRAMEWORKS } from '../../lib/frameworks';
import { markdownToPlain } from '../../lib/markdown/plain';
import * as summaryModule from '../../lib/summary';
import {
  buildRevalidationView,
  buildSummary,
  buildTrainingReview,
  characterCount,
  readSummaryJson,
  summaryFilename,
  toJson,
  toMarkdown,
  toPlainText,
} from '../../lib/summary';
import { toDocx } from '../../lib/summary/docx';
import { CYCLE, GOALS, JOURNAL, PERIOD, ROLES } from './fixtures/journal-year';

const everythingInFull = buildSummary(JOURNAL, GOALS, FRAMEWORKS, PERIOD, {
  roles: ROLES,
  defaultInclusion: 'full',
  today: '2026-11-22',
});

describe('toPlainText: for appraisal portals’ boxes', () => {
  const text = toPlainText(everythingInFull);

  it('uses no markdown at all, even for entries written in markdown', () => {
    expect(text).not.toMatch(/#|\*\*|\[|\]\(/);
    expect(text).toContain('Suggested SBAR (https://example.org/sbar)');
    expect(text).toContain('Three sick patients were mentioned in passing.');
  });

  it('writes headings in capitals and bullets as "- "', () => {
    expect(
      text.startsWith('APPRAISAL SUMMARY\nAppraisal year (23 Nov 2025 – 22 Nov 2026)\nPrepared on 22 Nov 2026'),
    ).toBe(true);
    expect(text).toContain('\n\nCONTINUING PROFESSIONAL DEVELOPMENT\nCPD: 32 of 50 hours recorded\n- Difficult Airway');
    expect(text).toContain('- Colleague multi-source feedback report (18 Mar 2026, Feedback, formal feedback exercise');
  });

  it('gives one section on its own, for pasting into one box', () => {
    expect(toPlainText(everythingInFull, 'significant-events')).toBe(
      [
        'SIGNIFICANT EVENTS',
        '- Near miss: wrong-strength syringe drawn up (8 Apr 2026, Significant event)',
        '  Learning points:',
        '    - Read the ampoule aloud when drawing up, every time',
        '  Role: Consultant anaesthetist',
        '  Competencies: Developing self awareness; Ensuring patient safety',
      ].join('\n'),
    );
    expect(toPlainText(everythingInFull, 'no-such-section')).toBe('');
  });

  it('points back to where an entry was shown in full', () => {
    expect(toPlainText(everythingInFull, 'achievements')).toContain(
      '- Re-audit of PONV prophylaxis (25 Feb 2026, Quality improvement activity; see Quality improvement activity)',
    );
    expect(toPlainText(everythingInFull, 'leadership-domains')).toContain('; see above)');
  });

  it.each([
    ['', 0],
    ['CPD: 32 hours', 13],
    ['Line one\r\nline two', 17],
    ['Café 👍', 6],
  ])('counts the characters of %j as %i', (value, count) => {
    expect(characterCount(value)).toBe(count);
  });
});

describe('markdownToPlain', () => {
  it.each([
    ['## What happened', 'What happened'],
    ['**bold** and _quiet_ and *soft*', 'bold and quiet and soft'],
    ['See [the policy](https://example.org)', 'See the policy (https://example.org)'],
    ['![x-ray](img.png)', 'x-ray'],
    ['* one\n+ two\n- three', '- one\n- two\n- three'],
    ['- [ ] to do\n- [x] done', '- to do\n- (done) done'],
    ['> quoted', 'quoted'],
    ['use `code` here', 'use code here'],
    ['a\n\n---\n\nb', 'a\n\nb'],
    ['| a | b |\n|---|---|\n| 1 | 2 |', 'a  b\n1  2'],
    ['snake_case_name stays', 'snake_case_name stays'],
    ['2 * 3 * 4', '2 * 3 * 4'],
  ])('turns %j into %j', (markdown, plain) => {
    expect(markdownToPlain(markdown)).toBe(plain);
  });
});

describe('toMarkdown', () => {
  const markdown = toMarkdown(everythingInFull);

  it('has a heading for the summary and for each section, and the coverage as a table', () => {
    expect(markdown.startsWith('# Appraisal summary\n\nAppraisal year (23 Nov 2025 – 22 Nov 2026)')).toBe(true);
    for (const section of everythingInFull.sections) expect(markdown).toContain(`\n## ${section.title}\n`);
    expect(markdown).toContain(
      '| Domain and element | Entries |\n| --- | --- |\n| **Demonstrating personal qualities** | **8** |',
    );
  });

  it('quotes entry text so its own headings stay inside the entry', () => {
    expect(markdown).toContain('> ## What happened\n> Three sick patients were **mentioned in passing**.');
  });

  it('escapes titles so they cannot become headings or links', () => {
    const odd = Entry.parse({ ...JOURNAL[0], id: 'odd', title: '# Not a heading [x](y)' });
    const summary = buildSummary([odd], [], FRAMEWORKS, PERIOD);
    expect(toMarkdown(summary)).toContain('### \\# Not a heading \\[x\\](y)');
  });
});

describe('toJson', () => {
  it('is versioned and reads back to the same summary', () => {
    const json = toJson(everythingInFull);
    expect(JSON.parse(json)).toMatchObject({ format: 'lantern-summary', version: 2, kind: 'appraisal' });
    expect(readSummaryJson(json)).toEqual(everythingInFull);
  });

  it('carries the revalidation view and the training review too', () => {
    const view = buildRevalidationView(JOURNAL, CYCLE, '2026-11-22');
    const review = buildTrainingReview(JOURNAL, PERIOD);
    expect(readSummaryJson(toJson(view))).toEqual(view);
    expect(readSummaryJson(toJson(review))).toEqual(review);
  });

  it('refuses a file that is not a Lantern summary', () => {
    expect(() => readSummaryJson('{"format":"something-else","version":1}')).toThrow();
  });
});

describe('summaryFilename', () => {
  it.each([
    ['appraisal', PERIOD, 'docx', 'lantern-appraisal-2026.docx'],
    ['revalidation', CYCLE, '.md', 'lantern-revalidation-2027.md'],
    ['training', customPeriod('2025-08-06', '2026-08-04'), 'json', 'lantern-training-2026.json'],
  ] as const)('names a %s summary by the year its period ends', (kind, period, ext, name) => {
    expect(summaryFilename(kind, period, ext)).toBe(name);
  });
});

/** Every module specifier reached from a file by following its relative imports and re-exports. */
function importsReachedFrom(start: string): string[] {
  const seen = new Set<string>();
  const specifiers = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const [, specifier = ''] of source.matchAll(/from '([^']+)'/g)) {
      specifiers.add(specifier);
      if (!specifier.startsWith('.')) continue;
      const base = path.resolve(path.dirname(file), specifier);
      const found = [`${base}.ts`, path.join(base, 'index.ts')].find((candidate) => existsSync(candidate));
      if (found) visit(found);
    }
  };
  visit(path.resolve(start));
  return [...specifiers];
}

describe('toDocx', () => {
  it('writes a Word document with the headings, the CPD total and the coverage as a real table', async () => {
    const blob = await toDocx(everythingInFull);
    const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
    const xml = strFromU8(files['word/document.xml'] ?? new Uint8Array());
    for (const section of everythingInFull.sections) {
      expect(xml).toContain(section.title.replace(/&/g, '&amp;').replace(/'/g, '&apos;'));
    }
    expect(xml).toContain('CPD: 32 of 50 hours recorded');
    expect(xml).toContain('<w:tbl>');
    expect(xml).toContain('Developing self awareness');
    expect(xml).toContain('w:val="Heading1"');
  });

  it('stays out of the summary index, so the app can load the docx library only on export', () => {
    expect(Object.keys(summaryModule)).not.toContain('toDocx');
    const reached = importsReachedFrom('lib/summary/index.ts');
    expect(reached).toContain('zod');
    expect(reached.filter((name) => /docx/.test(name))).toEqual([]);
  });
});
