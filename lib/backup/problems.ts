import type { z } from 'zod';
import { formatPath } from '../json';
import { BACKUP_TABLES, type BackupTableName, type BackupTableSpec, isBackupTableName } from './tables';

/** What is wrong with a file the doctor chose, and where: a message to show, a path for support. */
export interface BackupProblem {
  kind: 'not-backup' | 'damaged' | 'needs-passphrase' | 'wrong-passphrase' | 'newer-version' | 'invalid';
  message: string;
  /** Where in the file, as a path: `tables.entries[11].occurredOn`. */
  where?: string;
}

type Path = readonly PropertyKey[];

function valueAt(root: unknown, path: Path): unknown {
  let value = root;
  for (const part of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, part)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  return value;
}

function shortKey(key: string): string {
  return key.length > 12 ? `${key.slice(0, 8)}…` : key;
}

/** A record's own name as a message quotes it: on one line, and short. */
function shortName(name: string): string {
  const line = name.replace(/\s+/g, ' ').trim();
  return line.length > 40 ? `${line.slice(0, 40)}…` : line;
}

/**
 * "Entry 12 (id 3f2a9c1b…)": the record's position counted from 1, and its key when it has one.
 * Tables with a `nameField` add the record's name: "Attachment 2 “ECG.pdf” (id 3f2a9c1b…)".
 */
export function nameRecord(table: BackupTableName, index: number, record: unknown): string {
  const spec: BackupTableSpec = BACKUP_TABLES[table];
  const { label, key, nameField } = spec;
  const value = valueAt(record, [key]);
  const shown = typeof value === 'string' || typeof value === 'number' ? ` (${key} ${shortKey(String(value))})` : '';
  const name = nameField === undefined ? undefined : valueAt(record, [nameField]);
  const named = typeof name === 'string' && shortName(name) !== '' ? ` “${shortName(name)}”` : '';
  return `${label} ${index + 1}${named}${shown}`;
}

function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return `the value ${value}`;
  if (value === null) return 'an empty value (null)';
  return Array.isArray(value) ? 'a list' : 'a record';
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a record',
};

/** The predicate after the record's name: "has an invalid date "2026-02-30" in occurredOn". */
function describe(issue: z.core.$ZodIssue, value: unknown, field: string): string {
  const inField = field ? ` in ${field}` : '';
  if (value === undefined) return field ? `is missing ${field}` : 'is missing';
  switch (issue.code) {
    case 'invalid_type': {
      const expected = EXPECTED[issue.expected] ?? `a ${issue.expected}`;
      return field
        ? `has ${show(value)} in ${field} instead of ${expected}`
        : `is ${show(value)} instead of ${expected}`;
    }
    case 'too_small':
      if (issue.origin === 'string') {
        return Number(issue.minimum) <= 1
          ? `has an empty ${field}`
          : `has ${field} shorter than ${issue.minimum} characters`;
      }
      if (issue.origin === 'array') return `has fewer than ${issue.minimum} items${inField}`;
      return `has ${show(value)}${inField}, below the minimum of ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'string') return `has ${field} longer than ${issue.maximum} characters`;
      if (issue.origin === 'array') return `has more than ${issue.maximum} items${inField}`;
      return `has ${show(value)}${inField}, above the maximum of ${issue.maximum}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `has ${show(value)}${inField} instead of ${JSON.stringify(issue.values[0])}`
        : `has an unknown value ${show(value)}${inField}`;
    case 'custom':
      // Checks that word their own sentence (attachments.ts) give it as `params.predicate`.
      if (typeof issue.params?.predicate === 'string') return issue.params.predicate;
      // Refinements (such as the calendar-date check) say what they expected in their message.
      return `has an invalid ${/date/i.test(issue.message) ? 'date' : 'value'} ${show(value)}${inField}`;
    default:
      return `has an invalid value ${show(value)}${inField}`;
  }
}

/**
 * Who a message is about and which field: the record a path lies in ("Entry 3 (id a1…)", field
 * "tags[2]"), or "The backup" and the whole path for anything outside the tables.
 */
export function placeOf(root: unknown, path: Path): { subject: string; field: string } {
  const [first, table, index] = path;
  const inRecord = first === 'tables' && isBackupTableName(table) && typeof index === 'number';
  return {
    subject: inRecord ? nameRecord(table, index, valueAt(root, path.slice(0, 3))) : 'The backup',
    field: formatPath(inRecord ? path.slice(3) : path),
  };
}

/** Turns zod's first issue into one sentence naming the record and the field. */
export function describeIssues(issues: readonly z.core.$ZodIssue[], root: unknown): BackupProblem {
  const [issue] = issues;
  if (!issue) return { kind: 'invalid', message: 'This backup file is not valid.' };
  const { path } = issue;
  const value = valueAt(root, path);
  const { subject, field } = placeOf(root, path);
  const more = issues.length - 1;
  const tail = more === 0 ? '' : ` ${more === 1 ? 'There is 1 more problem' : `There are ${more} more problems`} too.`;
  return { kind: 'invalid', message: `${subject} ${describe(issue, value, field)}.${tail}`, where: formatPath(path) };
}
