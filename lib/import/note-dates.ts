import { isIsoDate, localIsoDate } from '../dates';

/** Only a date near the top of a note is taken as its date; one further down is about something else. */
export const DATE_SEARCH_LENGTH = 400;
const DAY_MS = 24 * 60 * 60 * 1000;
const EARLIEST_YEAR = 1900;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const ORDINAL = '(?:st|nd|rd|th)?';

type Parts = [year: string | undefined, month: string | undefined, day: string | undefined];

/** Ways a UK doctor writes a date. Numeric dates are day first: 03/04/2026 is 3 April. */
const DATE_FORMS: { pattern: RegExp; parts(match: RegExpExecArray): Parts }[] = [
  { pattern: /(?<![\d-])(\d{4})-(\d{1,2})-(\d{1,2})(?![\d-])/g, parts: (m) => [m[1], m[2], m[3]] },
  {
    pattern: /(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/-]|\.\d)/g,
    parts: (m) => [m[4], m[3], m[1]],
  },
  {
    pattern: new RegExp(`\\b(\\d{1,2})${ORDINAL}(?:\\s+of)?[\\s-]+${MONTH}\\.?,?[\\s-]+(\\d{4})\\b`, 'gi'),
    parts: (m) => [m[3], monthNumber(m[2]), m[1]],
  },
  {
    pattern: new RegExp(`\\b${MONTH}\\.?\\s+(\\d{1,2})${ORDINAL},?\\s+(\\d{4})\\b`, 'gi'),
    parts: (m) => [m[3], monthNumber(m[1]), m[2]],
  },
];

interface DateMention {
  index: number;
  raw: string;
  iso: string | undefined;
}

/** Every date written in `text`, in order, with the calendar date it names if it names a real one. */
function findDateMentions(text: string): DateMention[] {
  const mentions: DateMention[] = [];
  for (const { pattern, parts } of DATE_FORMS) {
    for (const match of text.matchAll(pattern)) {
      mentions.push({ index: match.index, raw: match[0], iso: toIsoDate(parts(match)) });
    }
  }
  return mentions.sort((a, b) => a.index - b.index);
}

function monthNumber(name: string | undefined): string | undefined {
  const index = MONTHS.indexOf((name ?? '').slice(0, 3).toLowerCase());
  return index < 0 ? undefined : String(index + 1);
}

function toIsoDate([year, month, day]: Parts): string | undefined {
  if (!year || !month || !day) return undefined;
  // Two-digit years are this century's: nobody is importing notes from the 1920s.
  const fullYear = year.length === 2 ? `20${year}` : year;
  const iso = `${fullYear}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isIsoDate(iso) && Number(fullYear) >= EARLIEST_YEAR ? iso : undefined;
}

export interface NoteDate {
  occurredOn: string;
  dateSource: 'text' | 'file';
  warnings: string[];
}

export interface NoteDateSources {
  /** The note's text: a date near its start is taken as the date of the entry. */
  text: string;
  frontMatterDate?: string | undefined;
  lastModified: number;
  now: number;
}

/**
 * The date a note is about: its front matter's date, else the first date near the top of its text,
 * else the day the file was last changed. A date more than a day ahead is a plan, not a note's date
 * (a day's grace covers time zones).
 */
export function resolveNoteDate({ text, frontMatterDate, lastModified, now }: NoteDateSources): NoteDate {
  const latest = localIsoDate(new Date(now + DAY_MS));
  const warnings: string[] = [];
  if (frontMatterDate !== undefined) {
    const [mention] = findDateMentions(frontMatterDate.trim());
    if (mention?.iso && mention.iso <= latest) return { occurredOn: mention.iso, dateSource: 'text', warnings };
    warnings.push(`The front matter date “${frontMatterDate.trim()}” is not a real past date, so it was not used.`);
  }
  // A little past the limit, so that a date straddling it is read whole, not as a shorter date.
  const mentions = findDateMentions(text.slice(0, DATE_SEARCH_LENGTH + 40)).filter(
    (mention) => mention.index < DATE_SEARCH_LENGTH && mention.iso !== undefined,
  );
  const found = mentions.find((mention) => (mention.iso ?? '') <= latest);
  if (found?.iso) return { occurredOn: found.iso, dateSource: 'text', warnings };
  const future = mentions[0];
  if (future) warnings.push(`The note names “${future.raw}”, which is in the future, so the file’s date was used.`);
  const byFile = fileDate(lastModified, now);
  return { ...byFile, warnings: [...warnings, ...byFile.warnings] };
}

function fileDate(lastModified: number, now: number): NoteDate {
  const at = new Date(lastModified);
  if (Number.isFinite(lastModified) && lastModified > 0 && !Number.isNaN(at.getTime())) {
    return { occurredOn: localIsoDate(at), dateSource: 'file', warnings: [] };
  }
  return {
    occurredOn: localIsoDate(new Date(now)),
    dateSource: 'file',
    warnings: ['The file has no date, so today’s was used.'],
  };
}
