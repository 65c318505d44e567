import { formatIsoDate } from '../../dates';
import type { SummarySection } from '../model';
import { section } from './context';

/**
 * The doctor's own probity and health declarations, in Lantern's words, pointing to the GMC's Good
 * Medical Practice. The Academy of Medical Royal Colleges, Medical Appraisal Template 2022, asks for both.
 */
export const DECLARATIONS = {
  probity: {
    label: 'Probity',
    text: 'I accept my professional obligations about probity as the GMC’s Good Medical Practice sets them out, and I know of nothing about my honesty or conduct that I ought to declare and have not.',
  },
  health: {
    label: 'Health',
    text: 'I accept my professional obligations about my own health as the GMC’s Good Medical Practice sets them out, and I know of no health matter that could put patients at risk that I have not raised with the right person.',
  },
} as const;

export type DeclarationKind = keyof typeof DECLARATIONS;
export const DECLARATION_KINDS = Object.keys(DECLARATIONS) as DeclarationKind[];

/** When each declaration was made (ISO dates), from Settings. */
export interface Declarations {
  probityDeclaredOn?: string;
  healthDeclaredOn?: string;
}

/** Where each declaration's date is kept: the one field Settings and the appraisal summary both write. */
export const DECLARATION_DATE_FIELDS = {
  probity: 'probityDeclaredOn',
  health: 'healthDeclaredOn',
} as const satisfies Record<DeclarationKind, keyof Declarations>;

/** Made, and made for this appraisal year: on or after the year's first day (`yearStart`, ISO). */
export function declarationIsCurrent(date: string | undefined, yearStart: string | undefined): boolean {
  return date !== undefined && (yearStart === undefined || date >= yearStart);
}

function declarationLine(kind: DeclarationKind, date: string | undefined, yearStart: string | undefined): string {
  const { label, text } = DECLARATIONS[kind];
  if (date === undefined)
    return `${label}: not yet declared. Make it on the appraisal summary or in Settings (Preferences: Open Settings).`;
  if (!declarationIsCurrent(date, yearStart))
    return `${label}: last declared on ${formatIsoDate(date)}, before this appraisal year. Declare it again for this appraisal.`;
  return `${label}: “${text}” Declared on ${formatIsoDate(date)}.`;
}

/**
 * Each declaration with its date; or, when it is not made or was made before the appraisal year
 * beginning on `yearStart`, a line saying so and where to make it.
 */
export function probitySection(declarations: Declarations = {}, yearStart?: string): SummarySection {
  const items = DECLARATION_KINDS.map((kind) => ({
    type: 'line' as const,
    text: declarationLine(kind, declarations[DECLARATION_DATE_FIELDS[kind]], yearStart),
  }));
  return section('probity-health', 'Probity and health statements', items);
}
