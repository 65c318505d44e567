import type { SummaryKind } from '../../lib/summary';
import { defineCommands, type LanternCommand } from '../workbench/command';
import type { SummaryAction } from '../workbench/workbench';

function open<const Id extends string>(id: Id, title: string, kind: SummaryKind): LanternCommand<Id> {
  return { id, title, run: (wb) => wb.showPage({ type: 'summary', kind }) };
}

/** An export of the open summary (the appraisal summary when none is open); its button shows `label`. */
function exporting<const A extends SummaryAction>(
  action: A,
  title: string,
  label: string,
): LanternCommand<`summary.${A}`> {
  return {
    id: `summary.${action}`,
    title,
    menus: [{ menu: 'summary.export', label }],
    run: (wb) => wb.exportSummary(action),
  };
}

/** Summaries for appraisal, revalidation and training review, and every way they leave. */
export const SUMMARY_COMMANDS = defineCommands([
  open('summary.openAppraisal', 'Summary: Open Appraisal Summary', 'appraisal'),
  open('summary.openRevalidation', 'Summary: Open Revalidation View', 'revalidation'),
  open('summary.openTraining', 'Summary: Open Training Review', 'training'),
  exporting('copyPlainText', 'Summary: Copy as Plain Text', 'Copy as plain text'),
  exporting('exportMarkdown', 'Summary: Export as Markdown', 'Markdown'),
  exporting('exportWord', 'Summary: Export as Word', 'Word'),
  exporting('exportJson', 'Summary: Export as JSON', 'JSON'),
  exporting('print', 'Summary: Print…', 'Print…'),
  { id: 'summary.reviewPlan', title: 'Summary: Review Development Plan', run: (wb) => wb.showPage({ type: 'plan' }) },
]);
