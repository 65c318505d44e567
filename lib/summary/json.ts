import { z } from 'zod';
import {
  type AnySummary,
  AppraisalSummary,
  RevalidationView,
  SummarySection as SectionShape,
  type SummarySection,
  TrainingReview,
} from './model';
import {
  APPRAISAL_TEMPLATE,
  OPTIONAL_TEMPLATE_KEYS,
  TEMPLATE_KEYS,
  TEMPLATE_SECTION_KEYS,
  type TemplateSectionKey,
} from './template';

export const SUMMARY_FORMAT = 'lantern-summary';
/** Version 2 keys the appraisal summary's sections to the Medical Appraisal Template 2022; version 1 files still read. */
export const SUMMARY_VERSION = 2;

const format = z.literal(SUMMARY_FORMAT);

/** Version 1: the summary model itself, stamped with its format and version. */
const SummaryJsonV1 = z.discriminatedUnion('kind', [
  AppraisalSummary.extend({ format, version: z.literal(1) }),
  RevalidationView.extend({ format, version: z.literal(1) }),
  TrainingReview.extend({ format, version: z.literal(1) }),
]);

/** Every template section under its key; the ones the doctor chooses to include (health and wellbeing) may be absent. */
const templateSections = z.object(
  Object.fromEntries(
    TEMPLATE_KEYS.map((key) => [key, OPTIONAL_TEMPLATE_KEYS.includes(key) ? SectionShape.optional() : SectionShape]),
  ) as Record<TemplateSectionKey, typeof SectionShape>,
);

/** Version 2: as version 1, but an appraisal summary's sections sit under the template's keys. */
export const SummaryJson = z.discriminatedUnion('kind', [
  AppraisalSummary.extend({
    format,
    version: z.literal(2),
    template: z.object({
      name: z.literal(APPRAISAL_TEMPLATE.name),
      publisher: z.literal(APPRAISAL_TEMPLATE.publisher),
    }),
    sections: templateSections,
  }),
  RevalidationView.extend({ format, version: z.literal(2) }),
  TrainingReview.extend({ format, version: z.literal(2) }),
]);
export type SummaryJson = z.infer<typeof SummaryJson>;

function keyedSections(sections: readonly SummarySection[]): Partial<Record<TemplateSectionKey, SummarySection>> {
  const byId = new Map(sections.map((section) => [section.id, section]));
  const keyed: Partial<Record<TemplateSectionKey, SummarySection>> = {};
  for (const key of TEMPLATE_KEYS) {
    const section = byId.get(TEMPLATE_SECTION_KEYS[key]);
    if (section) keyed[key] = section;
    else if (!OPTIONAL_TEMPLATE_KEYS.includes(key))
      throw new Error(`The appraisal summary has no “${TEMPLATE_SECTION_KEYS[key]}” section to export.`);
  }
  return keyed;
}

export function toJson(summary: AnySummary): string {
  const stamp = { format: SUMMARY_FORMAT, version: SUMMARY_VERSION };
  const file =
    summary.kind === 'appraisal'
      ? { ...stamp, ...summary, template: APPRAISAL_TEMPLATE, sections: keyedSections(summary.sections) }
      : { ...stamp, ...summary };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Reads an exported summary back (version 1 or 2), checking every field; throws a ZodError naming what is wrong. */
export function readSummaryJson(text: string): AnySummary {
  const value: unknown = JSON.parse(text);
  if ((value as { version?: unknown } | null)?.version === 1) {
    const { format: _format, version: _version, ...summary } = SummaryJsonV1.parse(value);
    return summary;
  }
  const parsed = SummaryJson.parse(value);
  if (parsed.kind !== 'appraisal') {
    const { format: _format, version: _version, ...summary } = parsed;
    return summary;
  }
  const { format: _format, version: _version, template: _template, sections, ...summary } = parsed;
  const present = TEMPLATE_KEYS.flatMap((key) => (sections[key] === undefined ? [] : [sections[key]]));
  return { ...summary, sections: present };
}

/** The JSON Schema of a version 2 file, as committed in lantern-summary.schema.json. */
export function summaryJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(SummaryJson, { reused: 'ref' }),
    title: 'Lantern summary, version 2',
    description:
      'An appraisal summary, Revalidation view or training review exported by Lantern. An appraisal summary’s sections are keyed to the Academy of Medical Royal Colleges’ Medical Appraisal Template 2022.',
  };
}
