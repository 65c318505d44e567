import type { Period } from '../../dates';
import type { Entry } from '../../entries/schema';
import type { Framework } from '../../frameworks/schema';
import type { Goal } from '../../goals/schema';
import type { ElementIndex } from '../elements';
import type { Presenter } from '../inclusion';
import type { LeafItem, SummarySection } from '../model';

/** What every appraisal section builder reads. Sections are built in reading order through one presenter. */
export interface SummaryContext {
  period: Period;
  /** Live entries in the period, oldest first. */
  entries: readonly Entry[];
  goals: readonly Goal[];
  framework: Framework;
  index: ElementIndex;
  presenter: Presenter;
  /** "this year" or "in this period". */
  phrase: string;
  roles: readonly string[];
  cpdTarget: number;
}

import { plural } from '../plural';

export { plural };

/** Numbers count every entry, shown or not; the note says so whenever some were left out. */
export function leftOutNote(entries: readonly Entry[], presenter: Presenter): string | undefined {
  const leftOut = entries.filter((entry) => presenter.include(entry) === 'none').length;
  if (leftOut === 0) return undefined;
  return `Numbers include ${plural(leftOut, 'entry', 'entries')} left out of this summary.`;
}

/** The items for entries in a section, skipping those left out. */
export function entryItems(entries: readonly Entry[], sectionId: string, presenter: Presenter): LeafItem[] {
  const items: LeafItem[] = [];
  for (const entry of entries) {
    const item = presenter.present(entry, sectionId);
    if (item) items.push(item);
  }
  return items;
}

export function section(id: string, title: string, items: SummarySection['items'], note?: string): SummarySection {
  return note === undefined ? { id, title, items } : { id, title, items, note };
}
