/*
 * Mentoring's fixed words and numbers, apart from the schemas (schema.ts) so that the mentor's page
 * (lib/mentoring/page), which must stay small, writes the same files without zod.
 */

export const SHARE_FORMAT = 'lantern-share';
export const SHARE_VERSION = 1;
export const FEEDBACK_FORMAT = 'lantern-feedback';
export const FEEDBACK_VERSION = 1;

export const MAX_NAME_LENGTH = 100;
export const MAX_COMMENT_LENGTH = 20_000;

export const MAX_GOAL_TITLE_LENGTH = 300;

/** Shown wherever a mentee's name is: it is what they typed. */
export const SELF_DECLARED_NOTE =
  'The name on a shared summary is the one the sender typed. Lantern cannot check who sent it.';

/**
 * What the doctor typed, checked with a sentence they can act on when it does not fit: the form
 * keeps their text on screen and shows the message, rather than a schema's error.
 */
export const INPUT_MESSAGES = {
  name: `Enter a name for the other person to see, up to ${MAX_NAME_LENGTH} characters.`,
  comment: `Write a comment of up to ${MAX_COMMENT_LENGTH.toLocaleString('en-GB')} characters.`,
  goal: `Give the suggested goal a title of up to ${MAX_GOAL_TITLE_LENGTH} characters.`,
} as const;
