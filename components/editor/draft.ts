import type { Entry, EntryPatch } from '../../lib/entries/schema';
import { withoutTemplateHints } from '../../lib/entries/templates';
import type { DetailsValue } from './EntryDetails';

/** What the entry form edits: every field the doctor can change, as one value. */
export type Draft = Required<
  Pick<EntryPatch, 'title' | 'body' | 'competencies' | 'learningPoints' | 'actions' | 'template' | 'privacyExceptions'>
> &
  DetailsValue;

/** The entry as the form shows it; hints that older templates wrote into the text stay out of sight. */
export function draftOf(entry: Entry): Draft {
  return {
    title: entry.title,
    body: withoutTemplateHints(entry.body),
    competencies: entry.competencies,
    learningPoints: entry.learningPoints,
    actions: entry.actions,
    template: entry.template,
    privacyExceptions: entry.privacyExceptions ?? [],
    kind: entry.kind,
    occurredOn: entry.occurredOn,
    tags: entry.tags,
    starred: entry.starred,
    role: entry.role,
    cpdHours: entry.cpdHours,
    feedbackFrom: entry.feedbackFrom,
    feedbackExercise: entry.feedbackExercise,
  };
}
