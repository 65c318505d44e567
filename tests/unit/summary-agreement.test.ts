import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../lib/dates';
import { FRAMEWORKS } from '../../lib/frameworks';
import {
  type AnySummary,
  buildRevalidationView,
  buildSummary,
  buildTrainingReview,
  type Check,
  readSummaryJson,
  type SummaryDocument,
  toJson,
  toMarkdown,
  toPlainText,
} from '../../lib/summary';
import { toDocx } from '../../lib/summary/docx';
import { checkLine } from '../../lib/summary/format';
import { cycleOf, periodOf, USER_YEARS, type UserYear } from './fixtures/user-years';

async function docxText(doc: SummaryDocument): Promise<string> {
  const files = unzipSync(new Uint8Array(await (await toDocx(doc)).arrayBuffer()));
  const xml = strFromU8(files['word/document.xml'] ?? new Uint8Array());
  return xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Every way a summary leaves, as text. */
async function everyExport(doc: AnySummary): Promise<Record<string, string>> {
  return {
    plain: toPlainText(doc),
    markdown: toMarkdown(doc).replace(/\\/g, ''),
    word: await docxText(doc),
    json: JSON.stringify(readSummaryJson(toJson(doc))),
  };
}

function views(year: UserYear, today: string) {
  const period = periodOf(year);
  const summary = buildSummary(year.entries, year.goals, FRAMEWORKS, period, {
    roles: year.roles,
    cpdTarget: year.cpdTarget,
    today,
    revalidationCycle: cycleOf(year),
    defaultInclusion: 'full',
  });
  const revalidation = buildRevalidationView(year.entries, cycleOf(year), today, false, year.cpdTarget);
  const training = buildTrainingReview(year.entries, period, { defaultInclusion: 'full' });
  const revalidationYear = revalidation.years.find((each) => each.start === period.start && each.end === period.end);
  if (!revalidationYear) throw new Error(`${year.name}: the appraisal year is not a year of the cycle`);
  const check = (id: string): Check => {
    const found = revalidationYear.checks.find((each) => each.id === id);
    if (!found) throw new Error(`no ${id} check`);
    return found;
  };
  return { summary, revalidation, training, check };
}

const lastCheck = (doc: AnySummary, sectionId: string) => {
  const item = doc.sections.find((section) => section.id === sectionId)?.items.find((each) => each.type === 'check');
  return item?.type === 'check' ? item.check : undefined;
};

describe.each(USER_YEARS)('one journal through every view and export: the $name', (year) => {
  const period = periodOf(year);
  const onTheDay = year.appraisalDate;
  const dayAfter = addDays(period.end, 1);

  it.each([onTheDay, dayAfter])('agrees on the year’s appraisal meeting when today is %s', (today) => {
    const { summary, check } = views(year, today);
    expect(lastCheck(summary, 'previous-appraisals')).toEqual(check('appraisal'));
    const gap = summary.gaps.some((each) => each.code === 'no-appraisal-meeting');
    expect(gap).toBe(check('appraisal').status === 'missing');
    expect(gap).toBe(today === dayAfter && year.expected.meetingGapOnceOver);
  });

  it('agrees on the year’s CPD, in the same words everywhere', async () => {
    const { summary, revalidation, check } = views(year, dayAfter);
    expect(summary.totals.cpdHours).toBe(year.expected.cpdHours);
    expect(check('cpd').hours).toBe(year.expected.cpdHours);
    expect(check('cpd').status === 'met').toBe(year.expected.cpdMet);
    expect(summary.gaps.some((gap) => gap.code === 'cpd-below-target')).toBe(!year.expected.cpdMet);
    for (const doc of [summary, revalidation]) {
      for (const [format, text] of Object.entries(await everyExport(doc))) {
        expect(text, `${doc.kind} as ${format}`).toContain(year.expected.cpdWords);
      }
    }
  });

  it('says every gap and check the same way in every export', async () => {
    const { summary, revalidation } = views(year, dayAfter);
    for (const code of year.expected.gapCodes) expect(summary.gaps.map((gap) => gap.code)).toContain(code);
    const summaryExports = Object.entries(await everyExport(summary));
    for (const gap of summary.gaps) {
      for (const [format, text] of summaryExports) expect(text, format).toContain(gap.message);
    }
    const viewExports = Object.entries(await everyExport(revalidation));
    for (const check of revalidation.years.flatMap((each) => each.checks)) {
      const line = checkLine(check);
      for (const [format, text] of viewExports) {
        if (format !== 'json') expect(text.replace(/\*/g, ''), format).toContain(`${line.title} ${line.rest}`);
      }
    }
  });

  it('names every role typed on an entry in the scope of work', () => {
    const { summary } = views(year, dayAfter);
    const scope = toPlainText(summary, 'scope');
    for (const role of year.expected.rolesNamed) expect(scope).toContain(`${role}: `);
    expect(scope).not.toContain('Other roles');
  });

  it('counts under each GPC domain only the entries linked to it, and says how many link only leadership', () => {
    const { training } = views(year, dayAfter);
    const counted = Object.fromEntries(
      training.domains.filter((domain) => domain.count > 0).map((domain) => [domain.id, domain.count]),
    );
    expect(counted).toEqual(year.expected.gpcCounts);
    expect(training.totals.leadershipOnly).toBe(year.expected.leadershipOnly);
    const text = toPlainText(training);
    if (year.expected.leadershipOnly > 0) {
      expect(text).toContain(`linked only to leadership frameworks (MLCF or HLM) and could be linked to a GPC domain`);
    }
    expect(text).not.toContain('showing leadership');
    expect(training.totals.entries).toBe(views(year, dayAfter).summary.totals.entries);
  });
});
