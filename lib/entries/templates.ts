import { countWords } from '../text';

/**
 * Reflective-writing templates. Each section is a heading with a one-line hint, in Lantern's own
 * words. Only the heading goes into the text; the hint is guidance the editor shows beside it, so it
 * is never part of what the doctor wrote, counted or exported. (Entries made before this kept their
 * hints as HTML comments: `withoutTemplateHints` hides them.)
 */
export interface TemplateSection {
  heading: string;
  hint: string;
}

export interface Template {
  id: string;
  name: string;
  description: string;
  sections: readonly TemplateSection[];
}

export const TEMPLATES: readonly Template[] = [
  { id: 'free', name: 'Free writing', description: 'A blank page: write it your way.', sections: [] },
  {
    id: 'what-so-what',
    name: 'What? So what? Now what?',
    description: 'Three questions for a quick, complete reflection (after Rolfe and colleagues).',
    sections: [
      { heading: 'What?', hint: 'Say plainly what happened and what your part was.' },
      { heading: 'So what?', hint: 'Why it matters: what it shows about you, the team or the system.' },
      { heading: 'Now what?', hint: 'What you will do differently, and how you will know it worked.' },
    ],
  },
  {
    id: 'gibbs',
    name: "Gibbs' reflective cycle",
    description: 'Six stages for a fuller reflection on something significant (after Gibbs, 1988).',
    sections: [
      { heading: 'Description', hint: 'The facts: where, when, who was involved (no patient details).' },
      { heading: 'Feelings', hint: 'What you were thinking and feeling at the time, honestly.' },
      { heading: 'Evaluation', hint: 'What went well and what did not.' },
      { heading: 'Analysis', hint: 'Why it went the way it did; what helped and what got in the way.' },
      { heading: 'Conclusion', hint: 'What else you could have done, and what you have learned.' },
      { heading: 'Action plan', hint: 'What you will do if it happens again, and by when.' },
    ],
  },
  {
    id: 'leadership-moment',
    name: 'Leadership moment',
    description: 'Two minutes on a moment when you led, or saw leadership that mattered.',
    sections: [
      { heading: 'The moment', hint: 'One or two sentences on what happened.' },
      { heading: 'What I did', hint: 'The choice you made, and what you were weighing up.' },
      { heading: 'What it showed', hint: 'What it says about leading well, for you or for the team.' },
      { heading: 'Next time', hint: 'One thing to keep or change.' },
    ],
  },
];

export function templateById(id: string): Template | undefined {
  return TEMPLATES.find((template) => template.id === id);
}

function sectionMarkdown(section: TemplateSection): string {
  return `## ${section.heading}\n\n`;
}

/** The body a new entry from this template starts with. */
export function templateBody(template: Template): string {
  return template.sections.map(sectionMarkdown).join('');
}

/**
 * Where the caret starts in a body still as its template wrote it: the empty line under the first section's
 * heading, so the doctor writes the sections in order. Undefined for a template with no sections, and
 * once the body differs from the template's (written in, or changed elsewhere).
 */
export function templateCaret(templateId: string, body: string): number | undefined {
  const template = templateById(templateId);
  const first = template?.sections[0];
  if (!template || !first || body !== templateBody(template)) return undefined;
  // Just after the heading's line break: the start of the empty line beneath it.
  return sectionMarkdown(first).trimEnd().length + 1;
}

/**
 * An ATX heading line as CommonMark reads it: up to three spaces, 1–6 hashes, a space or tab, the
 * text, then an optional closing run of hashes. Matched line by line, so a bare `#` is never read as
 * a heading of the line after it.
 */
const ATX_HEADING = /^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;

function headingsIn(body: string): Set<string> {
  const headings = new Set<string>();
  for (const line of body.split(/\r\n|\r|\n/)) {
    const text = ATX_HEADING.exec(line)?.[1];
    if (text) headings.add(text.toLowerCase());
  }
  return headings;
}

/**
 * Changes an entry's template without losing a word: the existing text stays as it is, and the
 * new template's sections that are not already there are added after it.
 */
export function applyTemplate(body: string, template: Template): string {
  const present = headingsIn(body);
  const missing = template.sections.filter((section) => !present.has(section.heading.toLowerCase()));
  if (!missing.length) return body;
  const text = body.trimEnd();
  return `${text}${text ? '\n\n' : ''}${missing.map(sectionMarkdown).join('')}`;
}

const ALL_SECTIONS = TEMPLATES.flatMap((template) => template.sections);
const SECTION_BY_HEADING = new Map(ALL_SECTIONS.map((section) => [section.heading.toLowerCase(), section]));
const HINT_LINES = new Set(ALL_SECTIONS.map((section) => `<!-- ${section.hint} -->`));

/**
 * A body without the hint comments earlier versions of Lantern wrote under template headings: lines
 * that hold exactly one of the templates' hints. A comment the doctor wrote themselves stays.
 */
export function withoutTemplateHints(body: string): string {
  if (!body.includes('<!--')) return body;
  return body
    .split('\n')
    .filter((line) => !HINT_LINES.has(line.trim()))
    .join('\n');
}

/**
 * The template section the caret is writing in: the nearest template heading above it. Undefined above
 * the first heading, or under a heading of the doctor's own.
 */
export function sectionAt(body: string, caret: number): TemplateSection | undefined {
  // Line by line back from the caret, so a long entry is not split whole on every key.
  const lineStart = (at: number) => (at > 0 ? body.lastIndexOf('\n', at - 1) + 1 : 0);
  let end = Math.min(Math.max(caret, 0), body.length);
  let start = lineStart(end);
  for (;;) {
    const heading = ATX_HEADING.exec(body.slice(start, end).replace(/\r$/, ''))?.[1];
    if (heading !== undefined) return SECTION_BY_HEADING.get(heading.toLowerCase());
    if (start === 0) return undefined;
    end = start - 1;
    start = lineStart(end);
  }
}

/** The doctor's own words: the templates' section headings and hints are not counted. */
export function countOwnWords(body: string): number {
  if (!body.includes('#')) return countWords(body);
  const own = body
    .split(/\r\n|\r|\n/)
    .filter((line) => {
      const heading = ATX_HEADING.exec(line)?.[1];
      return heading === undefined || !SECTION_BY_HEADING.has(heading.toLowerCase());
    })
    .join('\n');
  return countWords(own);
}
