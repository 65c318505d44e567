import type { FindingKind, Severity } from './types';

interface KindWording {
  readonly severity: Severity;
  readonly message: string;
  readonly placeholder: string;
}

const MUST_NOT = 'Remove it: reflections must not identify patients.';

/** How each kind is shown: warnings ask for removal; hints suggest a vaguer wording and never block. */
export const WORDING: Readonly<Record<FindingKind, KindWording>> = {
  'nhs-number': {
    severity: 'warning',
    message: `This looks like an NHS number. ${MUST_NOT}`,
    placeholder: '[NHS number]',
  },
  'date-of-birth': {
    severity: 'warning',
    message: `This looks like a date of birth. ${MUST_NOT}`,
    placeholder: '[date of birth]',
  },
  'record-number': {
    severity: 'warning',
    message: `This looks like a hospital or record number. ${MUST_NOT}`,
    placeholder: '[record number]',
  },
  postcode: { severity: 'warning', message: `This looks like a postcode. ${MUST_NOT}`, placeholder: '[postcode]' },
  address: {
    severity: 'warning',
    message: `This looks like a home address. ${MUST_NOT}`,
    placeholder: '[address]',
  },
  phone: { severity: 'warning', message: `This looks like a phone number. ${MUST_NOT}`, placeholder: '[phone number]' },
  email: { severity: 'warning', message: `This looks like an email address. ${MUST_NOT}`, placeholder: '[email]' },
  name: {
    severity: 'warning',
    message: 'This looks like the name of a patient or relative. Remove it or write "the patient" instead.',
    placeholder: '[name]',
  },
  'age-and-sex': {
    severity: 'hint',
    message: 'An exact age with sex can help identify a patient. Consider a life stage instead.',
    placeholder: '[age]',
  },
  place: {
    severity: 'hint',
    message: 'Naming the hospital or ward can help identify a patient. Consider leaving it out.',
    placeholder: '[place]',
  },
  'seen-date': {
    severity: 'hint',
    message: 'The date a patient was seen can help identify them. Consider "recently" or leave the date out.',
    placeholder: '[date]',
  },
  combination: {
    severity: 'hint',
    message: 'Details like these can identify a patient together. Consider leaving one or two out.',
    placeholder: '[combination of details]',
  },
};

/**
 * Why nothing left a summary: one wording for a refused export command and a refused "Copy section" alike.
 */
export function exportRefusal(blockedBy: number): string {
  return `Not exported: the summary holds ${blockedBy} possible patient ${blockedBy === 1 ? 'detail' : 'details'}. Resolve each, or mark it “not a patient detail”, then export.`;
}
