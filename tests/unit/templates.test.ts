import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyTemplate,
  countOwnWords,
  sectionAt,
  TEMPLATES,
  type Template,
  templateBody,
  templateById,
  withoutTemplateHints,
} from '../../lib/entries/templates';
import { withoutComments } from '../../lib/text';
import { legacyTemplateBody } from './fixtures/legacy-template';

const withSections = TEMPLATES.filter((template) => template.sections.length > 0);

function template(id: string): Template {
  const found = templateById(id);
  if (!found) throw new Error(`No template ${id}`);
  return found;
}

/** ATX heading texts as CommonMark reads them (the test's own reading, independent of the code). */
function headingTexts(markdown: string): string[] {
  return markdown
    .split(/\r\n|\r|\n/)
    .map((line) => /^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/.exec(line)?.[1])
    .filter((text): text is string => !!text);
}

const lower = (texts: string[]) => texts.map((text) => text.toLowerCase());

/** Bodies a doctor might have: free text, and lines that are (or nearly are) the templates' headings. */
const line = fc.oneof(
  fc.string(),
  fc
    .constantFrom(...TEMPLATES.flatMap((item) => item.sections.map((section) => section.heading)))
    .chain((heading) =>
      fc
        .tuple(
          fc.constantFrom('', ' ', '   ', '    '),
          fc.constantFrom('#', '##', '###', '######', '####### ', ''),
          fc.constantFrom(' ', '\t', '', '\n'),
          fc.constantFrom(heading, heading.toUpperCase(), heading.toLowerCase()),
          fc.constantFrom('', ' ', ' ##', '#', ' and more'),
        )
        .map((parts) => parts.join('')),
    ),
);
const body = fc.oneof(
  fc.string({ unit: 'grapheme' }),
  fc
    .array(line, { maxLength: 8 })
    .chain((lines) => fc.constantFrom('\n', '\r\n', '\n\n').map((separator) => lines.join(separator))),
);
const anyTemplate = fc.constantFrom(...TEMPLATES);

describe('the templates', () => {
  it('each have their own id, a name and a description', () => {
    const ids = TEMPLATES.map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const item of TEMPLATES) {
      expect(item.name.trim()).not.toBe('');
      expect(item.description.trim()).not.toBe('');
      expect(templateById(item.id)).toBe(item);
    }
  });

  it('include a blank page and some with sections', () => {
    expect(template('free').sections).toEqual([]);
    expect(withSections.length).toBeGreaterThan(0);
  });

  it.each(withSections.map((item) => [item.name, item] as const))(
    '%s has sections with distinct headings, each with a hint that can sit inside a comment',
    (_name, item) => {
      for (const section of item.sections) {
        expect(section.heading.trim()).not.toBe('');
        expect(section.hint.trim()).not.toBe('');
        // `--` would end (or break) the HTML comment the hint is written in.
        expect(section.hint).not.toContain('--');
        expect(section.heading).not.toMatch(/[\n#]/);
      }
      const headings = lower(item.sections.map((section) => section.heading));
      expect(new Set(headings).size).toBe(headings.length);
    },
  );

  it('knows no template by an unknown id', () => {
    expect(templateById('no-such-template')).toBeUndefined();
  });
});

describe('templateBody', () => {
  it('starts a Gibbs entry with its six headings, in order, and nothing else: the hints are not text', () => {
    const markdown = templateBody(template('gibbs'));
    expect(headingTexts(markdown)).toEqual([
      'Description',
      'Feelings',
      'Evaluation',
      'Analysis',
      'Conclusion',
      'Action plan',
    ]);
    expect(markdown).toContain('## Feelings\n\n## Evaluation');
    expect(markdown).not.toContain('honestly');
  });

  it.each(TEMPLATES.map((item) => [item.name, item] as const))(
    '%s: only the headings are in the text, none of the hints',
    (_name, item) => {
      const seen = withoutComments(templateBody(item));
      expect(headingTexts(seen)).toEqual(item.sections.map((section) => section.heading));
      for (const section of item.sections) expect(seen).not.toContain(section.hint);
      expect(seen.replace(/^## .*$/gm, '').trim()).toBe('');
    },
  );

  it('is empty for free writing', () => {
    expect(templateBody(template('free'))).toBe('');
  });
});

describe('applyTemplate', () => {
  it('on an empty entry gives the template body', () => {
    for (const item of TEMPLATES) {
      expect(applyTemplate('', item)).toBe(templateBody(item));
      expect(applyTemplate('  \n\n', item).trim()).toBe(templateBody(item).trim());
    }
  });

  it('keeps the text and adds the sections after it, separated by a blank line', () => {
    expect(applyTemplate('Busy night on call.\n', template('what-so-what'))).toBe(
      `Busy night on call.\n\n${templateBody(template('what-so-what'))}`,
    );
  });

  it('adds only the sections that are missing, whatever the heading level or case', () => {
    const result = applyTemplate('# description\nIt was busy.\n\n### FEELINGS ###\nTired.', template('gibbs'));
    expect(headingTexts(result)).toEqual([
      'description',
      'FEELINGS',
      'Evaluation',
      'Analysis',
      'Conclusion',
      'Action plan',
    ]);
  });

  it('leaves the text untouched when every section is already there', () => {
    const text = '## What?\nA.\n## So what?\nB.\n## Now what?\nC.  \n\n';
    expect(applyTemplate(text, template('what-so-what'))).toBe(text);
  });

  it('changes nothing for free writing', () => {
    expect(applyTemplate('Anything at all.\n\n', template('free'))).toBe('Anything at all.\n\n');
  });

  it.each([
    ['a paragraph under an empty heading', '#\nWhat?'],
    ['a line starting with # and no space', '#What?'],
    ['an indented code line', '    ## What?'],
    ['a heading with more after the words', '## What? happened'],
    ['a heading ending in a hash that is part of it', '## What?#'],
  ])('does not mistake %s for the section heading', (_case, text) => {
    const result = applyTemplate(text, template('what-so-what'));
    expect(result.startsWith(text)).toBe(true);
    expect(lower(headingTexts(result.slice(text.length)))).toContain('what?');
  });

  it('never removes a character of existing text, only trailing space at the very end', () => {
    fc.assert(
      fc.property(body, anyTemplate, (text, item) => {
        const result = applyTemplate(text, item);
        expect(result.startsWith(text.trimEnd())).toBe(true);
        for (const original of text.trimEnd().split('\n')) expect(result).toContain(original);
      }),
    );
  });

  it('adds exactly the missing sections, once each, in the template order', () => {
    fc.assert(
      fc.property(body, anyTemplate, (text, item) => {
        const result = applyTemplate(text, item);
        const present = new Set(lower(headingTexts(text)));
        const missing = item.sections.filter((section) => !present.has(section.heading.toLowerCase()));
        const added = result.slice(text.trimEnd().length);
        if (!missing.length) expect(result).toBe(text);
        else expect(added.trimStart()).toBe(templateBody({ ...item, sections: missing }));
      }),
    );
  });

  it('is idempotent: applying a template twice is the same as once', () => {
    fc.assert(
      fc.property(body, anyTemplate, (text, item) => {
        const once = applyTemplate(text, item);
        expect(applyTemplate(once, item)).toBe(once);
      }),
    );
  });

  it('after any template, then another, keeps the first one’s sections and adds the second’s', () => {
    fc.assert(
      fc.property(body, anyTemplate, anyTemplate, (text, first, second) => {
        const result = applyTemplate(applyTemplate(text, first), second);
        const headings = new Set(lower(headingTexts(result)));
        for (const section of [...first.sections, ...second.sections]) {
          expect(headings.has(section.heading.toLowerCase())).toBe(true);
        }
      }),
    );
  });
});

describe('text written before hints left the text', () => {
  const gibbs = template('gibbs');
  // The doctor's words under the first section's hint.
  const legacy = (body: string) => legacyTemplateBody(gibbs).replace('-->\n', `-->\n${body}`);

  it('shows without its hints, keeping every word the doctor wrote and their own comments', () => {
    const body = `${legacy('The night was busy.')}<!-- my own note -->\n`;
    const shown = withoutTemplateHints(body);
    expect(shown).not.toMatch(/The facts|honestly/);
    expect(shown).toContain('## Description\nThe night was busy.');
    expect(shown).toContain('<!-- my own note -->');
    expect(headingTexts(shown)).toEqual(gibbs.sections.map((section) => section.heading));
  });

  it('counts only the doctor’s words, not the headings or hints', () => {
    expect(countOwnWords(legacy(''))).toBe(0);
    expect(countOwnWords(legacy('The night was busy.'))).toBe(4);
  });
});

describe('the doctor’s own words', () => {
  it('are none in a new entry from any template', () => {
    for (const item of TEMPLATES) expect(countOwnWords(templateBody(item))).toBe(0);
  });

  it('count headings the doctor wrote themselves, and everything under the template’s', () => {
    const body = `${templateBody(template('what-so-what'))}## My own heading\nTwo words`;
    expect(countOwnWords(body)).toBe(5);
    expect(countOwnWords('## What?\nI stayed late.')).toBe(3);
  });
});

describe('the section the caret is writing in', () => {
  const body = templateBody(template('what-so-what')).replace('## So what?\n', '## So what?\nIt mattered.\n');

  it('is the nearest template heading above the caret', () => {
    expect(sectionAt(body, body.indexOf('It mattered'))?.heading).toBe('So what?');
    expect(sectionAt(body, body.length)?.heading).toBe('Now what?');
    expect(sectionAt(body, 'What?'.length + 4)?.heading).toBe('What?');
  });

  it('is none above the first heading or under a heading of the doctor’s own', () => {
    expect(sectionAt(`Intro\n${body}`, 2)).toBeUndefined();
    const own = `${body}\n## My plan\nText`;
    expect(sectionAt(own, own.length)).toBeUndefined();
  });
});

describe('the section at the caret, for any body and caret', () => {
  /** The test's own reading: the last ATX heading among the lines up to the caret. */
  function reference(text: string, caret: number): string | undefined {
    const heading = headingTexts(text.slice(0, Math.max(caret, 0)))
      .reverse()
      .at(0);
    const known = TEMPLATES.flatMap((item) => item.sections).find(
      (section) => section.heading.toLowerCase() === heading?.toLowerCase(),
    );
    return heading === undefined ? undefined : known?.heading;
  }

  it('is the nearest heading above it when that is a template’s', () => {
    fc.assert(
      fc.property(body, fc.integer({ min: -2, max: 400 }), (text, caret) => {
        expect(sectionAt(text, caret)?.heading).toBe(reference(text, caret));
      }),
    );
  });
});
