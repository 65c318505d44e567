import type { Prompt } from './schema';

/** What a new entry started from a prompt holds: the prompt quoted, its follow-ups as headings. */
export function entryFromPrompt(prompt: Prompt): {
  title: string;
  body: string;
  competencies: string[];
  promptId: string;
} {
  const theme = prompt.theme.charAt(0).toUpperCase() + prompt.theme.slice(1);
  const sections = prompt.followUps.map((question) => `## ${question}\n\n`).join('');
  return {
    title: theme,
    body: `> ${prompt.text}\n\n${sections}`,
    competencies: [...prompt.competencies],
    promptId: prompt.id,
  };
}

/** A body still as `entryFromPrompt` wrote it: the quoted prompt, then follow-up headings with nothing under them. */
const UNTOUCHED = /^> [^\n]*\n\n(?:## [^\n]*\n\n)+$/;

/**
 * Where the caret starts in a body still as its prompt wrote it: the empty line under the first follow-up
 * question, so the doctor answers the questions in order. Undefined once anything is written in it.
 */
export function promptCaret(body: string): number | undefined {
  if (!UNTOUCHED.test(body)) return undefined;
  const heading = body.indexOf('\n## ') + 1;
  return body.indexOf('\n', heading) + 1;
}
