import { formatIsoDate, inPeriod, type Period } from '../dates';
import { ENTRY_KINDS } from '../entries/kinds';
import { displayTitle, type Entry } from '../entries/schema';
import { withoutComments } from '../text';
import { type ElementIndex, linkedElements } from './elements';
import { type EntryRef, INCLUSIONS, type Inclusion, type LeafItem, type SummaryEntry } from './model';

/** What the user chose to share, entry by entry, at export time. */
export interface InclusionOptions {
  inclusion?: Record<string, Inclusion>;
  /** For entries not named in `inclusion`; title and learning points unless said otherwise. */
  defaultInclusion?: Inclusion;
  attachments?: Record<string, { name: string; size: number }[]>;
  includeAttachments?: Record<string, boolean>;
}

// Entry ids are the user's data; a plain lookup would find `constructor` on every object.
function own<T>(record: Record<string, T> | undefined, key: string): T | undefined {
  return record && Object.hasOwn(record, key) ? record[key] : undefined;
}

export function inclusionOf(entryId: string, options: InclusionOptions): Inclusion {
  const chosen = own(options.inclusion, entryId) ?? options.defaultInclusion;
  return chosen !== undefined && INCLUSIONS.includes(chosen) ? chosen : 'title';
}

/** Not in Trash, and happened in the period. */
export function isLiveIn(entry: Entry, period: Period): boolean {
  return entry.deletedAt === undefined && inPeriod(entry.occurredOn, period);
}

/** Live entries that happened in the period, oldest first, as an appraisal reads them. */
export function liveInPeriod(entries: readonly Entry[], period: Period): Entry[] {
  return entries
    .filter((entry) => isLiveIn(entry, period))
    .sort((a, b) => a.occurredOn.localeCompare(b.occurredOn) || a.createdAt - b.createdAt);
}

// A year's entries share a few hundred dates; formatting each once keeps big summaries quick.
const dateLabels = new Map<string, string>();
function dateLabel(iso: string): string {
  let label = dateLabels.get(iso);
  if (label === undefined) {
    label = formatIsoDate(iso);
    if (dateLabels.size > 5000) dateLabels.clear();
    dateLabels.set(iso, label);
  }
  return label;
}

export function entryRef(entry: Entry): EntryRef {
  return {
    id: entry.id,
    title: displayTitle(entry),
    date: entry.occurredOn,
    dateLabel: dateLabel(entry.occurredOn),
    kind: entry.kind,
    kindLabel: ENTRY_KINDS[entry.kind].label,
  };
}

const cleanList = (items: readonly string[]) => items.map((item) => item.trim()).filter((item) => item !== '');

function fullText(entry: Entry): string | undefined {
  const body = (entry.body.includes('<!--') ? withoutComments(entry.body) : entry.body).trim();
  return body === '' ? undefined : body;
}

/**
 * The entry with exactly what its inclusion allows, and never more. One object literal with every key (left
 * undefined when not allowed, which JSON drops): adding keys one by one made V8 slow these objects down
 * twentyfold.
 */
export function summaryEntry(
  entry: Entry,
  inclusion: 'title' | 'full',
  options: InclusionOptions,
  index: ElementIndex,
): SummaryEntry {
  const full = inclusion === 'full';
  const listFiles = own(options.includeAttachments, entry.id) === true;
  return {
    id: entry.id,
    title: displayTitle(entry),
    date: entry.occurredOn,
    dateLabel: dateLabel(entry.occurredOn),
    kind: entry.kind,
    kindLabel: ENTRY_KINDS[entry.kind].label,
    inclusion,
    learningPoints: cleanList(entry.learningPoints),
    starred: entry.starred,
    cpdHours: entry.cpdHours,
    feedbackFrom: entry.feedbackFrom,
    feedbackExercise: entry.feedbackExercise,
    body: full ? fullText(entry) : undefined,
    actions: full ? cleanList(entry.actions) : undefined,
    role: full ? entry.role?.trim() || undefined : undefined,
    competencies: full ? linkedElements(entry.competencies, index).map((place) => place.element.name) : undefined,
    attachments: listFiles ? (own(options.attachments, entry.id) ?? []).map((file) => file.name) : undefined,
  };
}

export interface Presenter {
  include(entry: Entry): Inclusion;
  /** The item for an entry in a section, or null when the user left it out. */
  present(entry: Entry, sectionId: string): LeafItem | null;
  /** References only (title, date, kind) to the entries not left out. */
  refs(entries: readonly Entry[]): EntryRef[];
}

/**
 * Hands out entries to sections in reading order: in full the first time a summary shows one, as a reference
 * (pointing back) after that, so a reflection linked to three domains is not printed three times.
 */
export function createPresenter(options: InclusionOptions, index: ElementIndex): Presenter {
  const home = new Map<string, string>();
  const include = (entry: Entry) => inclusionOf(entry.id, options);
  return {
    include,
    present(entry, sectionId) {
      const inclusion = include(entry);
      if (inclusion === 'none') return null;
      const seeSection = home.get(entry.id);
      if (seeSection !== undefined) return { type: 'ref', entry: entryRef(entry), seeSection };
      home.set(entry.id, sectionId);
      return { type: 'entry', entry: summaryEntry(entry, inclusion, options, index) };
    },
    refs: (entries) => entries.filter((entry) => include(entry) !== 'none').map(entryRef),
  };
}
