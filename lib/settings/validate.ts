import { IsoDate } from '../entries/schema';
import {
  CPD_TARGET_MAX,
  CPD_TARGET_MIN,
  CpdTarget,
  GmcNumber,
  MAX_BODY_LENGTH,
  MAX_NAME_LENGTH,
  MAX_ROLE_LENGTH,
  MAX_ROLES,
  Role,
  Roles,
} from './schema';

/**
 * What the Settings view makes of what the user typed in a free-entry setting: the value to save, or
 * a message saying what to enter instead. Nothing invalid is saved, and nothing is silently changed:
 * the bounds are the schema's (./schema), so the message and what is stored can never disagree.
 */
export type FieldResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly message: string };

const ok = <T>(value: T): FieldResult<T> => ({ ok: true, value });
const problem = <T>(message: string): FieldResult<T> => ({ ok: false, message });
const number = (value: number) => value.toLocaleString('en-GB');

export const CPD_TARGET_MESSAGE = `Enter a number of hours or credits from ${number(CPD_TARGET_MIN)} to ${number(CPD_TARGET_MAX)}.`;

/**
 * The yearly CPD target as typed. `unreadable` is the browser's word that the field holds something
 * that is not a number at all (its value is then empty).
 */
export function parseCpdTarget(text: string, unreadable = false): FieldResult<number> {
  const trimmed = text.trim();
  // Number() would read "" as 0 and "0x10" as 16; only plain decimals are a target.
  if (unreadable || !/^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i.test(trimmed)) return problem(CPD_TARGET_MESSAGE);
  const parsed = CpdTarget.safeParse(Number(trimmed));
  return parsed.success ? ok(parsed.data) : problem(CPD_TARGET_MESSAGE);
}

/** An appraisal or revalidation date as the date field gives it; empty clears the date. */
export function parseSettingDate(text: string, unreadable = false): FieldResult<string | undefined> {
  if (unreadable) return problem('Enter a whole date (day, month and year), or clear the field to leave it unset.');
  if (text.trim() === '') return ok(undefined);
  return IsoDate.safeParse(text.trim()).success
    ? ok(text.trim())
    : problem('Enter a real date (day, month and year), or clear the field to leave it unset.');
}

/** The doctor's roles, one a line; blank lines and repeats are dropped, as they say nothing. */
export function parseRoles(text: string): FieldResult<string[]> {
  const roles = [
    ...new Set(
      text
        .split('\n')
        .map((role) => role.trim())
        .filter(Boolean),
    ),
  ];
  const tooLong = roles.findIndex((role) => !Role.safeParse(role).success);
  if (tooLong >= 0) {
    const length = roles[tooLong]?.length ?? 0;
    return problem(
      `Keep each role to ${number(MAX_ROLE_LENGTH)} characters: “${roles[tooLong]?.slice(0, 40)}…” has ${number(length)}.`,
    );
  }
  if (!Roles.safeParse(roles).success) {
    return problem(`List up to ${number(MAX_ROLES)} roles, one a line: there are ${number(roles.length)}.`);
  }
  return ok(roles);
}

function optionalText(text: string, max: number): FieldResult<string | undefined> {
  const trimmed = text.trim();
  if (trimmed === '') return ok(undefined);
  if (trimmed.length > max) {
    return problem(
      `Keep this to ${number(max)} characters (it has ${number(trimmed.length)}), or clear the field to leave it unset.`,
    );
  }
  return ok(trimmed);
}

/** A name (the doctor's, or the responsible officer's); empty clears it. */
export const parsePersonName = (text: string) => optionalText(text, MAX_NAME_LENGTH);

/** The designated body's name; empty clears it. */
export const parseDesignatedBody = (text: string) => optionalText(text, MAX_BODY_LENGTH);

/** A GMC reference number, spaces allowed as typed; empty clears it. */
export function parseGmcNumber(text: string): FieldResult<string | undefined> {
  const digits = text.replace(/\s+/g, '');
  if (digits === '') return ok(undefined);
  return GmcNumber.safeParse(digits).success
    ? ok(digits)
    : problem('Enter your seven-digit GMC reference number, or clear the field to leave it unset.');
}
