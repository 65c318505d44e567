import { getDb } from '../db';
import { newId } from '../ids';
import { MenteeId } from './schema';

/** The settings key of this installation's mentee id. */
export const MENTEE_ID_KEY = 'mentee-id';

/**
 * This installation's mentee id: random, made the first time it is asked for, then kept. Share
 * files carry it so a mentor keeps one item per person, and feedback files carry it back so a
 * mentee only takes in feedback on what they shared. It identifies a browser, not a person.
 */
export async function getMenteeId(): Promise<string> {
  const db = getDb();
  return db.transaction('rw', db.settings, async () => {
    const known = await peekMenteeId();
    if (known !== undefined) return known;
    const id = newId();
    await db.settings.put({ key: MENTEE_ID_KEY, value: id });
    return id;
  });
}

/** The mentee id if one was made, without making one: reading a file must write nothing. */
export async function peekMenteeId(): Promise<string | undefined> {
  const record = await getDb().settings.get(MENTEE_ID_KEY);
  const parsed = MenteeId.safeParse(record?.value);
  return parsed.success ? parsed.data : undefined;
}
