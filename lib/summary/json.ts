import { z } from 'zod';
import { type AnySummary, AppraisalSummary, RevalidationView, TrainingReview } from './model';

export const SUMMARY_FORMAT = 'lantern-summary';
export const SUMMARY_VERSION = 1;

const versioned = { format: z.literal(SUMMARY_FORMAT), version: z.literal(SUMMARY_VERSION) };

/** The exported file: the summary model itself, stamped with its format and version. */
export const SummaryJson = z.discriminatedUnion('kind', [
  AppraisalSummary.extend(versioned),
  RevalidationView.extend(versioned),
  TrainingReview.extend(versioned),
]);
export type SummaryJson = z.infer<typeof SummaryJson>;

export function toJson(summary: AnySummary): string {
  return `${JSON.stringify({ format: SUMMARY_FORMAT, version: SUMMARY_VERSION, ...summary }, null, 2)}\n`;
}

/** Reads an exported summary back, checking every field; throws a ZodError naming what is wrong. */
export function readSummaryJson(text: string): AnySummary {
  const { format: _format, version: _version, ...summary } = SummaryJson.parse(JSON.parse(text));
  return summary;
}
