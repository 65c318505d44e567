/**
 * What an entry records, and which of the six types of supporting information for appraisal and
 * revalidation (GMC; the `si` framework in lib/frameworks) it counts as. Kinds that are not
 * supporting information in themselves (a reflection, a meeting) count as none; a doctor's
 * reflection on any of them is what appraisal asks for.
 */
export const SUPPORTING_INFORMATION = {
  'si.1.1': 'Continuing professional development',
  'si.1.2': 'Quality improvement activity',
  'si.1.3': 'Significant events',
  'si.1.4': 'Feedback from colleagues',
  'si.1.5': 'Feedback from patients',
  'si.1.6': 'Review of complaints and compliments',
} as const;

export type SupportingInformationType = keyof typeof SUPPORTING_INFORMATION;

interface KindInfo {
  label: string;
  /** Kept so older entries stay valid, but not offered for new ones. */
  legacy?: true;
  /** The supporting-information type, or null when the kind is not one by itself. */
  supports: SupportingInformationType | null;
  /** A one-line hint shown when the kind is chosen. */
  hint: string;
}

export const ENTRY_KINDS = {
  reflection: { label: 'Reflection', supports: null, hint: 'Your thinking about something that happened.' },
  cpd: {
    label: 'CPD activity',
    supports: 'si.1.1',
    hint: 'A course, conference, reading or e-learning: record the hours and what you learned.',
  },
  qi: {
    label: 'Quality improvement activity',
    supports: 'si.1.2',
    hint: 'An audit, QI project or review of outcomes: what you measured and changed.',
  },
  'significant-event': {
    label: 'Significant event',
    supports: 'si.1.3',
    hint: 'An incident or near miss you were involved in, and what was learned (no patient details).',
  },
  feedback: {
    label: 'Feedback',
    supports: 'si.1.4',
    hint: 'A single comment, or a colleague or patient feedback exercise with its report.',
  },
  compliment: {
    label: 'Compliment',
    supports: 'si.1.6',
    hint: 'Thanks or praise for you or your team: what was said and what you take from it.',
  },
  complaint: {
    label: 'Complaint',
    supports: 'si.1.6',
    hint: 'A complaint about your care or your team: what was said, how it was handled, what you changed.',
  },
  // Before database version 9 compliments and complaints were one kind (see lib/db-kind-split.ts).
  'compliment-complaint': {
    label: 'Compliment or complaint (not yet sorted)',
    supports: 'si.1.6',
    hint: 'Written before compliments and complaints were kept apart: choose Compliment or Complaint.',
    legacy: true,
  },
  leadership: {
    label: 'Leadership or management activity',
    supports: null,
    hint: 'Chairing, managing a service, a business case, leading a change.',
  },
  teaching: { label: 'Teaching', supports: 'si.1.1', hint: 'Teaching you gave, and the feedback on it.' },
  meeting: { label: 'Meeting or one-to-one', supports: null, hint: 'A meeting or conversation worth keeping.' },
  'supervisor-meeting': {
    label: 'Supervisor meeting',
    supports: null,
    hint: 'A meeting with your educational or clinical supervisor.',
  },
  'appraisal-meeting': {
    label: 'Appraisal meeting',
    supports: null,
    hint: 'Your annual appraisal or annual review (ARCP) and what was agreed.',
  },
} as const satisfies Record<string, KindInfo>;

export type EntryKind = keyof typeof ENTRY_KINDS;
export const ENTRY_KIND_IDS = Object.keys(ENTRY_KINDS) as [EntryKind, ...EntryKind[]];

/** The kinds offered for an entry: every kind but the legacy ones, unless the entry already has one. */
export function kindsToChoose(current?: EntryKind): EntryKind[] {
  return ENTRY_KIND_IDS.filter((kind) => !('legacy' in ENTRY_KINDS[kind]) || kind === current);
}

/** The supporting-information type an entry counts as: patient feedback is told apart from colleague feedback. */
export function supportingInformationOf(entry: {
  kind: EntryKind;
  feedbackFrom?: 'colleague' | 'patient' | 'other';
}): SupportingInformationType | null {
  if (entry.kind === 'feedback' && entry.feedbackFrom === 'patient') return 'si.1.5';
  return ENTRY_KINDS[entry.kind].supports;
}
