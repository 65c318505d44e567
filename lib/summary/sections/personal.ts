import { formatIsoDate } from '../../dates';
import type { SummaryItem, SummarySection } from '../model';
import { section } from './context';

/** The doctor's own details from Settings, each optional (lib/settings' `person` record). */
export interface PersonalDetails {
  fullName?: string;
  gmcNumber?: string;
  designatedBody?: string;
  responsibleOfficer?: string;
  /** ISO date: when revalidation is due. */
  revalidationDate?: string;
}

/** Each detail: its label when given, how it is named when missing, how it is shown. */
const FIELDS: readonly {
  key: keyof PersonalDetails;
  label: string;
  missing: string;
  show?: (value: string) => string;
}[] = [
  { key: 'fullName', label: 'Name', missing: 'your name' },
  { key: 'gmcNumber', label: 'GMC number', missing: 'GMC number' },
  { key: 'designatedBody', label: 'Designated body', missing: 'designated body' },
  { key: 'responsibleOfficer', label: 'Responsible officer', missing: 'responsible officer' },
  { key: 'revalidationDate', label: 'Revalidation due', missing: 'revalidation date', show: formatIsoDate },
];

/**
 * Personal details, where the Academy of Medical Royal Colleges, Medical Appraisal Template 2022, begins:
 * what the doctor has filled in Settings, then one line naming what is not, and where to add it. Never a gap:
 * every detail is optional.
 */
export function personalSection(person: PersonalDetails = {}): SummarySection {
  const items: SummaryItem[] = [];
  const missing: string[] = [];
  for (const { key, label, missing: name, show } of FIELDS) {
    const value = person[key]?.trim();
    if (value) items.push({ type: 'line', text: `${label}: ${show ? show(value) : value}` });
    else missing.push(name);
  }
  if (missing.length > 0) {
    items.push({
      type: 'line',
      text: `Not yet given: ${missing.join(', ')}. Add them in Settings (Preferences: Open Settings) if you want them here.`,
    });
  }
  return section('personal-details', 'Personal details', items);
}
