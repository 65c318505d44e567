import type { Period } from '../dates';
import type { SummaryKind } from './model';

/** `lantern-appraisal-2026.docx`: the kind of summary and the year the period ends. */
export function summaryFilename(kind: SummaryKind, period: Pick<Period, 'end'>, ext: string): string {
  return `lantern-${kind}-${period.end.slice(0, 4)}.${ext.replace(/^\.+/, '')}`;
}
