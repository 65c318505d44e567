import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, formatIsoDate, localIsoDate } from '../../lib/dates';
import { readSummaryJson, TEMPLATE_SECTION_KEYS } from '../../lib/summary';
import { lanternSession } from './harness';
import type { LanternPage } from './lantern';

const session = lanternSession();
const TODAY = localIsoDate();
const ago = (days: number) => addDays(TODAY, -days);
const AT = Date.now() - 86_400_000;

function entry(id: string, days: number, fields: Record<string, unknown>) {
  return { id, title: id, body: '', occurredOn: ago(days), createdAt: AT, updatedAt: AT, ...fields };
}

/**
 * A year of entries ending today, with the revalidation date a year away, so that the default period
 * (the last 12 months) is also year 4 of the revalidation cycle: every view looks at the same year.
 */
const BACKUP = {
  format: 'lantern-backup',
  version: 1,
  exportedAt: AT,
  app: { name: 'Lantern', schemaVersion: 9 },
  tables: {
    entries: [
      entry('Resuscitation course', 30, { kind: 'cpd', cpdHours: 20, competencies: ['gpc.2.1'] }),
      entry('Taught the F1s', 60, { kind: 'teaching', cpdHours: 9 }),
      entry('This year’s appraisal', 100, { kind: 'appraisal-meeting' }),
      entry('Last year’s appraisal', 400, { kind: 'appraisal-meeting' }),
      entry('Ran the winter rota', 50, { kind: 'leadership', competencies: ['mlcf.3.1'] }),
      entry('Complaint about a delay', 70, { kind: 'complaint' }),
      entry('Card from a family', 80, { kind: 'compliment' }),
    ],
    revisions: [],
    settings: [{ key: 'person', value: { revalidationDate: addMonths(TODAY, 12) } }],
    assessments: [],
    goals: [],
    attachments: [],
    mentees: [],
    mentorComments: [],
    suggestedGoals: [],
    feedback: [],
  },
};

async function importYear(): Promise<LanternPage> {
  const lantern = await session.start();
  await lantern.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await lantern.runCommand('Data: Import Backup…');
  await lantern.page.getByLabel('Backup file').setInputFiles({
    name: 'year.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(BACKUP)),
  });
  await lantern.page.getByRole('button', { name: 'Merge backup' }).click();
  await lantern.entryInTree('Resuscitation course').waitFor();
  return lantern;
}

async function download(lantern: LanternPage, command: string, name: string): Promise<Buffer> {
  const started = lantern.page.waitForEvent('download');
  await lantern.runCommand(command);
  const path = `${session.profileDir}/${name}`;
  await (await started).saveAs(path);
  return readFileSync(path);
}

const CPD = '29 of 50 hours recorded';
const MEETING = `Appraisal meeting: Done. Recorded on ${formatIsoDate(ago(100))}.`;

describe('a year imported from a backup, through every view', () => {
  it('says the same of it in the appraisal summary, the Revalidation view and the training review, and exports it in the template’s order', async () => {
    const lantern = await importYear();
    const { page } = lantern;

    await lantern.runCommand('Summary: Open Revalidation View');
    await page.getByRole('heading', { name: 'Revalidation view' }).waitFor();
    await page.getByText(CPD, { exact: false }).first().waitFor();
    await page.getByText(MEETING).first().waitFor();

    await lantern.runCommand('Summary: Open Training Review');
    await page.getByRole('heading', { name: 'Training review' }).waitFor();
    await page.getByText('1 entry is linked only to leadership frameworks', { exact: false }).first().waitFor();

    await lantern.runCommand('Summary: Open Appraisal Summary');
    await page.getByRole('heading', { name: 'Appraisal summary' }).waitFor();
    await page.getByText(`CPD: ${CPD}`).first().waitFor();
    await page.getByText(MEETING).first().waitFor();
    await page.getByText('Earlier appraisal meetings:', { exact: false }).waitFor();
    await page.getByText('1 complaint, 1 compliment.').waitFor();

    const word = unzipSync(new Uint8Array(await download(lantern, 'Summary: Export as Word', 'summary.docx')));
    const xml = strFromU8(word['word/document.xml'] ?? new Uint8Array());
    const headings = [...xml.matchAll(/<w:p>(?:(?!<\/w:p>).)*?w:val="Heading1"(?:(?!<\/w:p>).)*<\/w:p>/g)].map(
      (match) => [...match[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((text) => text[1]).join(''),
    );
    const summaryJson = JSON.parse(String(await download(lantern, 'Summary: Export as JSON', 'summary.json')));
    // The health and wellbeing reflection is private unless the doctor includes it.
    expect(summaryJson.sections).not.toHaveProperty('healthAndWellbeing');
    const present = Object.keys(TEMPLATE_SECTION_KEYS).filter((key) => key !== 'healthAndWellbeing');
    const titles = present.map((key) => summaryJson.sections[key].title);
    expect(headings).toEqual(titles);
    expect(titles.slice(0, 5)).toEqual([
      'Personal details',
      'Scope of work',
      'Record of previous appraisals',
      'Development plan: goals reviewed',
      'Continuing professional development',
    ]);

    const schema = JSON.parse(readFileSync('lib/summary/lantern-summary.schema.json', 'utf8'));
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
    expect(validate(summaryJson) ? [] : validate.errors).toEqual([]);
    const read = readSummaryJson(JSON.stringify(summaryJson));
    expect(read.kind === 'appraisal' && read.totals.cpdHours).toBe(29);

    await lantern.runCommand('Summary: Copy as Plain Text');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain(CPD);
    const plain = await page.evaluate(() => navigator.clipboard.readText());
    expect(plain).toContain(MEETING);
    const order = titles.map((title) => plain.indexOf(`\n${title.toLocaleUpperCase('en-GB')}\n`));
    expect(order.every((at, i) => at > 0 && (i === 0 || at > (order[i - 1] ?? 0)))).toBe(true);
  });
});
