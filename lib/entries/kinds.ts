/**
 * What an entry records. Each kind maps onto one of the six types of supporting information that
 * appraisal and revalidation ask for (Academy of Medical Royal Colleges / GMC guidance).
 */
export const SUPPORTING_INFORMATION = {
  cpd: 'Continuing professional development',
  qi: 'Quality improvement activity',
  'significant-events': 'Significant events',
  feedback: 'Feedback from colleagues and patients',
  'compliments-complaints': 'Compliments and complaints',
  other: 'Other supporting information and reflection',
} as const;

export type SupportingInformationType = keyof typeof SUPPORTING_INFORMATION;

export const ENTRY_KINDS = {
  reflection: { label: 'Reflection', supports: 'other' },
  cpd: { label: 'CPD activity', supports: 'cpd' },
  qi: { label: 'Quality improvement activity', supports: 'qi' },
  'significant-event': { label: 'Significant event', supports: 'significant-events' },
  feedback: { label: 'Feedback', supports: 'feedback' },
  'compliment-complaint': { label: 'Compliment or complaint', supports: 'compliments-complaints' },
  leadership: { label: 'Leadership or management activity', supports: 'other' },
  teaching: { label: 'Teaching', supports: 'cpd' },
  meeting: { label: 'Meeting or one-to-one', supports: 'other' },
  'supervisor-meeting': { label: 'Supervisor meeting', supports: 'other' },
  'appraisal-meeting': { label: 'Appraisal meeting', supports: 'other' },
} as const satisfies Record<string, { label: string; supports: SupportingInformationType }>;

export type EntryKind = keyof typeof ENTRY_KINDS;
export const ENTRY_KIND_IDS = Object.keys(ENTRY_KINDS) as [EntryKind, ...EntryKind[]];
