import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ENTRY_KIND_IDS } from '../../lib/entries/kinds';
import { Entry } from '../../lib/entries/schema';
import { FRAMEWORKS } from '../../lib/frameworks';
import { Goal } from '../../lib/goals/schema';
import {
  type AppraisalSummary,
  buildSummary,
  type Inclusion,
  type SummaryEntry,
  type SummaryOptions,
  toJson,
  toMarkdown,
  toPlainText,
} from '../../lib/summary';
import { GOALS, JOURNAL, PERIOD, ROLES } from './fixtures/journal-year';

const allEntries = (summary: AppraisalSummary): SummaryEntry[] =>
  summary.sections.flatMap((section) =>
    section.items.flatMap((item) => {
      const leaves = item.type === 'group' ? item.items : [item];
      return leaves.flatMap((leaf) => (leaf.type === 'entry' ? [leaf.entry] : []));
    }),
  );
const shownAs = (summary: AppraisalSummary, id: string) => allEntries(summary).find((entry) => entry.id === id);
const everyOutput = (summary: AppraisalSummary) =>
  [toJson(summary), toMarkdown(summary), toPlainText(summary)].join('\n');

describe('what a summary may say about each entry', () => {
  it('says nothing about any entry when every entry is left out, though the numbers still count them', () => {
    const summary = buildSummary(JOURNAL, GOALS, FRAMEWORKS, PERIOD, { roles: ROLES, defaultInclusion: 'none' });
    const output = everyOutput(summary);
    for (const entry of JOURNAL) {
      expect(output).not.toContain(entry.title);
      expect(output).not.toContain(`"${entry.id}"`);
      for (const point of entry.learningPoints) expect(output).not.toContain(point);
      if (entry.body) expect(output).not.toContain(entry.body.slice(0, 30));
    }
    expect(summary.totals).toMatchObject({ entries: 35, shown: 0, leftOut: 35, cpdHours: 32 });
    expect(summary.sections.find((section) => section.id === 'cpd')?.note).toBe(
      'Numbers include 7 entries left out of this summary.',
    );
  });

  it('shows title, date, kind and learning points by default, and no more', () => {
    const summary = buildSummary(JOURNAL, GOALS, FRAMEWORKS, PERIOD);
    expect(shownAs(summary, 'ref-handover')).toEqual({
      id: 'ref-handover',
      title: 'A chaotic night handover',
      date: '2025-12-02',
      dateLabel: '2 Dec 2025',
      kind: 'reflection',
      kindLabel: 'Reflection',
      inclusion: 'title',
      learningPoints: ['Handover needs a fixed time and place'],
      starred: false,
    });
    expect(toJson(summary)).not.toContain('mentioned in passing');
    expect(toJson(summary)).not.toContain('Propose an SBAR sheet');
  });

  it('adds the text without template hints, actions, role and competencies when shown in full', () => {
    const summary = buildSummary(JOURNAL, GOALS, FRAMEWORKS, PERIOD, { inclusion: { 'ref-handover': 'full' } });
    const entry = shownAs(summary, 'ref-handover');
    expect(entry?.body).toBe(
      '## What happened\nThree sick patients were **mentioned in passing**.\n\n- Suggested [SBAR](https://example.org/sbar)\n- Start at 21:00 sharp',
    );
    expect(entry).toMatchObject({
      inclusion: 'full',
      actions: ['Propose an SBAR sheet at the audit meeting'],
      role: 'Consultant anaesthetist',
      competencies: ['Working within teams', 'Ensuring patient safety'],
    });
    expect(everyOutput(summary)).not.toContain('What happened?');
  });

  it('lets one entry be shown in full while everything else is left out', () => {
    const options: SummaryOptions = { defaultInclusion: 'none', inclusion: { 'qi-ponv': 'full' } };
    const summary = buildSummary(JOURNAL, GOALS, FRAMEWORKS, PERIOD, options);
    expect(allEntries(summary).map((entry) => entry.id)).toEqual(['qi-ponv']);
    expect(toPlainText(summary)).not.toContain('Rewrote the on-call rota');
  });

  it('lists attachments by name only, and only for entries the user chose', () => {
    const attachments = {
      'qi-ponv': [{ name: 'ponv-reaudit.pdf', size: 120_000 }],
      'cpd-airway': [{ name: 'certificate.pdf', size: 80_000 }],
    };
    const summary = buildSummary(JOURNAL, GOALS, FRAMEWORKS, PERIOD, {
      attachments,
      includeAttachments: { 'qi-ponv': true, 'cpd-airway': false },
    });
    expect(shownAs(summary, 'qi-ponv')?.attachments).toEqual(['ponv-reaudit.pdf']);
    expect(shownAs(summary, 'cpd-airway')?.attachments).toBeUndefined();
    expect(toJson(summary)).not.toContain('120000');
    expect(everyOutput(summary)).not.toContain('certificate.pdf');
  });

  it('never lists attachments of an entry that is left out', () => {
    const summary = buildSummary(JOURNAL, GOALS, FRAMEWORKS, PERIOD, {
      inclusion: { 'qi-ponv': 'none' },
      attachments: { 'qi-ponv': [{ name: 'ponv-reaudit.pdf', size: 1 }] },
      includeAttachments: { 'qi-ponv': true },
    });
    expect(everyOutput(summary)).not.toContain('ponv-reaudit.pdf');
  });

  it('is not fooled by entry ids that name properties every object has', () => {
    const entry = Entry.parse({ ...JOURNAL[0], id: 'constructor', title: 'Odd id' });
    const summary = buildSummary([entry], [], FRAMEWORKS, PERIOD, { inclusion: {} });
    expect(shownAs(summary, 'constructor')?.inclusion).toBe('title');
  });
});

/** A token no section heading, framework name or label could contain. */
const token = (field: string, i: number, seed: number) => `zq${field}${i}x${seed}`;

const aPlan = fc.record({
  seed: fc.nat(1_000_000),
  defaultInclusion: fc.constantFrom<Inclusion>('none', 'title', 'full'),
  entries: fc.array(
    fc.record({
      kind: fc.constantFrom(...ENTRY_KIND_IDS),
      inclusion: fc.option(fc.constantFrom<Inclusion>('none', 'title', 'full'), { nil: undefined }),
      day: fc.integer({ min: 0, max: 364 }),
      starred: fc.boolean(),
      competencies: fc.subarray(['mlcf.1.1', 'mlcf.2.4', 'mlcf.5.3', 'gpc.5.1', 'hlm.2.1']),
      feedbackFrom: fc.constantFrom('colleague', 'patient', 'other', undefined),
      feedbackExercise: fc.boolean(),
      cpdHours: fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }),
      withRole: fc.boolean(),
      attach: fc.boolean(),
      decorate: fc.constantFrom('', '**', '_', '# ', '> ', '- '),
    }),
    { maxLength: 20 },
  ),
});

describe('the promise that nothing left out ever leaks', () => {
  it('keeps every excluded piece of text out of JSON, Markdown and plain text', () => {
    fc.assert(
      fc.property(aPlan, ({ seed, defaultInclusion, entries: plans }) => {
        const inclusion: Record<string, Inclusion> = {};
        const attachments: Record<string, { name: string; size: number }[]> = {};
        const includeAttachments: Record<string, boolean> = {};
        const entries = plans.map((plan, i) => {
          const id = token('id', i, seed);
          if (plan.inclusion) inclusion[id] = plan.inclusion;
          attachments[id] = [{ name: `${token('file', i, seed)}.pdf`, size: 10 }];
          includeAttachments[id] = plan.attach;
          const occurredOn = new Date(Date.UTC(2025, 10, 23 + plan.day)).toISOString().slice(0, 10);
          return Entry.parse({
            id,
            title: token('title', i, seed),
            body: `<!-- ${token('hint', i, seed)} -->\n${plan.decorate}${token('body', i, seed)}${plan.decorate}`,
            kind: plan.kind,
            occurredOn,
            competencies: plan.competencies,
            learningPoints: [token('point', i, seed)],
            actions: [token('action', i, seed)],
            role: plan.withRole ? token('role', i, seed) : undefined,
            starred: plan.starred,
            feedbackFrom: plan.feedbackFrom,
            feedbackExercise: plan.feedbackExercise,
            cpdHours: plan.cpdHours,
            createdAt: 1,
            updatedAt: 1,
          });
        });
        const goal = Goal.parse({
          id: 'goal',
          title: 'Everything',
          targetDate: '2026-06-30',
          entryIds: entries.map((entry) => entry.id),
          createdAt: 1,
          updatedAt: 1,
        });
        const options = { defaultInclusion, inclusion, attachments, includeAttachments };
        const summary = buildSummary(entries, [goal], FRAMEWORKS, PERIOD, options);
        const outputs = [
          toJson(summary),
          toMarkdown(summary),
          toPlainText(summary),
          ...summary.sections.map((s) => toPlainText(summary, s.id)),
        ];
        entries.forEach((entry, i) => {
          const chosen = inclusion[entry.id] ?? defaultInclusion;
          const never = [token('hint', i, seed)];
          // A role is named in Scope of work for any included entry, so it stays only when the entry is left out.
          if (chosen === 'none')
            never.push(entry.id, token('title', i, seed), token('point', i, seed), token('role', i, seed));
          if (chosen !== 'full') never.push(token('body', i, seed), token('action', i, seed));
          if (chosen === 'none' || !includeAttachments[entry.id]) never.push(token('file', i, seed));
          const leaked = never.filter((text) => outputs.some((output) => output.includes(text)));
          expect(leaked).toEqual([]);
          if (chosen !== 'none') expect(outputs[0]).toContain(token('title', i, seed));
          if (chosen === 'full') expect(outputs[2]).toContain(token('body', i, seed));
          if (chosen !== 'none' && entry.role) expect(outputs[2]).toContain(token('role', i, seed));
        });
      }),
      { numRuns: 150 },
    );
  });
});
