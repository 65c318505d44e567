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

/** When each declaration was made (ISO dates), from Settings. */
export interface Declarations {
  probityDeclaredOn?: string;
  healthDeclaredOn?: string;
}

const DATE_FIELD = { probity: 'probityDeclaredOn', health: 'healthDeclaredOn' } as const;

/** Each declaration with its date, or a line saying it is not yet made and where to make it. */
export function probitySection(declarations: Declarations = {}): SummarySection {
  const items = (Object.keys(DECLARATIONS) as DeclarationKind[]).map((kind) => {
    const { label, text } = DECLARATIONS[kind];
    const date = declarations[DATE_FIELD[kind]];
    return {
      type: 'line' as const,
      text: date
        ? `${label}: “${text}” Declared on ${formatIsoDate(date)}.`
        : `${label}: not yet declared. Make the declaration in Settings (Preferences: Open Settings).`,
    };
  });
  return section('probity-health', 'Probity and health statements', items);
}
