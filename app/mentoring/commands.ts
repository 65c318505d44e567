import { defineCommands } from '../workbench/command';
import type { Workbench } from '../workbench/workbench';

/** Goes to the feedback form of the open shared summary, or of the first one kept. */
async function exportFeedback(wb: Workbench): Promise<void> {
  const { editor } = wb.state;
  if (editor.type === 'mentee') return wb.focus('mentee.feedback');
  const { listMentees } = await import('../../lib/mentoring');
  const mentees = await listMentees();
  const first = mentees[0];
  if (!first) return wb.notify('Open a shared summary first: feedback goes back to the mentee who sent it.');
  await wb.showPage({ type: 'mentee', menteeId: first.menteeId });
  wb.focus('mentee.feedback');
}

/** Sharing with a mentor, and a mentor's side of it. */
export const MENTORING_COMMANDS = defineCommands([
  { id: 'mentoring.share', title: 'Mentoring: Share with Mentor…', run: (wb) => wb.showPage({ type: 'share' }) },
  {
    id: 'mentoring.openBundle',
    title: 'Mentoring: Open Shared Bundle…',
    run: (wb) => wb.showPage({ type: 'openBundle' }),
  },
  { id: 'mentoring.exportFeedback', title: 'Mentoring: Export Feedback…', run: exportFeedback },
  {
    id: 'mentoring.importFeedback',
    title: 'Mentoring: Import Feedback…',
    run: (wb) => wb.showPage({ type: 'feedback' }),
  },
]);
