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
