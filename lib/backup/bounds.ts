import { MAX_BODY_LENGTH } from '../entries/schema';
import { formatPath } from '../json';
import { type BackupProblem, placeOf } from './problems';

/**
 * Limits every value in a backup must keep before the schema looks at it. Lantern's own records
 * nest a few levels deep and hold no text longer than an entry's body; a file beyond these was
 * edited or damaged, and walking it further (comparing, copying into IndexedDB) could exhaust the
 * stack or memory. Checked by walking with a list rather than recursion, so depth cannot hurt here.
 */
export const MAX_NESTING = 32;
export const MAX_TEXT_LENGTH = MAX_BODY_LENGTH;

/** Names that reach an object's prototype when copied: no Lantern record has a field called these. */
const PROTOTYPE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

interface Visit {
  value: unknown;
  key: string | number | undefined;
  parent: Visit | undefined;
  depth: number;
}

function pathOf(visit: Visit): (string | number)[] {
  const path: (string | number)[] = [];
  for (let at: Visit | undefined = visit; at?.key !== undefined; at = at.parent) path.unshift(at.key);
  return path;
}

/** An attachment's file, as base64: its own cap (attachments.ts) is checked before it is decoded. */
function isFileData(path: readonly (string | number)[]): boolean {
  return path.length === 4 && path[0] === 'tables' && path[1] === 'attachments' && path[3] === 'data';
}

const count = (value: number) => value.toLocaleString('en-GB');

function refuse(root: unknown, path: (string | number)[], predicate: (field: string) => string): BackupProblem {
  const { subject, field } = placeOf(root, path);
  return { kind: 'invalid', message: `${subject} ${predicate(field)}`, where: formatPath(path) };
}

/** The first value in a parsed backup file beyond the limits above, as a problem to show; undefined when none. */
export function findHostileValue(root: unknown): BackupProblem | undefined {
  const stack: Visit[] = [{ value: root, key: undefined, parent: undefined, depth: 0 }];
  for (let visit = stack.pop(); visit; visit = stack.pop()) {
    const { value, depth } = visit;
    if (typeof value === 'string' && value.length > MAX_TEXT_LENGTH) {
      const path = pathOf(visit);
      if (isFileData(path)) continue;
      return refuse(
        root,
        path,
        (field) =>
          `has ${count(value.length)} characters in ${field}, more than the ${count(MAX_TEXT_LENGTH)} Lantern keeps.`,
      );
    }
    if (typeof value !== 'object' || value === null || value instanceof Blob) continue;
    if (depth >= MAX_NESTING) {
      // Only the record's own field is named: the full path would be as deep as the nesting.
      return refuse(
        root,
        pathOf(visit).slice(0, 4),
        (field) =>
          `holds values nested more than ${MAX_NESTING} levels deep${field ? ` in ${field}` : ''}. Lantern never writes that, so the file has been edited or damaged.`,
      );
    }
    const keys: (string | number)[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
    for (const key of keys) {
      if (typeof key === 'string' && PROTOTYPE_KEYS.has(key)) {
        const path = pathOf(visit);
        return refuse(
          root,
          path,
          (field) =>
            `has a field named “${key}”${field ? ` in ${field}` : ''}. Lantern never writes one, and it could change how Lantern works, so the file is refused.`,
        );
      }
      stack.push({ value: (value as Record<string | number, unknown>)[key], key, parent: visit, depth: depth + 1 });
    }
  }
  return undefined;
}
