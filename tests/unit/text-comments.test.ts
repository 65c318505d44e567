import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TEMPLATES, templateBody } from '../../lib/entries/templates';
import { countWords, withoutComments } from '../../lib/text';
import { legacyTemplateBody } from './fixtures/legacy-template';

describe('withoutComments', () => {
  it.each([
    ['text with no comment', 'Ward round went well.', 'Ward round went well.'],
    ['a template hint', '## What?\n<!-- Say plainly what happened. -->\n\nI led.', '## What?\n\n\nI led.'],
    ['a comment inside a line', 'Before <!-- hidden --> after', 'Before  after'],
    ['a comment over several lines', 'A\n<!-- one\ntwo\nthree -->\nB', 'A\n\nB'],
    ['two comments, keeping the text between them', '<!-- a -->kept<!-- b -->', 'kept'],
    ['a comment that is empty', 'x<!---->y', 'xy'],
    [
      'an unclosed comment starting a line, to the end (the preview hides it all)',
      'Kept\n<!-- never closed\n\nmore',
      'Kept\n',
    ],
  ])('removes %s', (_case, markdown, expected) => {
    expect(withoutComments(markdown)).toBe(expected);
  });

  it('removes only the comment when it is indented, keeping the text after it', () => {
    expect(withoutComments('Before\n  <!-- hint -->\nAfter')).toBe('Before\n  \nAfter');
    expect(withoutComments(' <!---->')).toBe(' ');
  });

  it('hides the rest after an indented unclosed comment starting a line, as the preview does', () => {
    expect(withoutComments('Kept\n   <!-- never closed\nmore')).toBe('Kept\n   ');
  });

  it('keeps an unclosed <!-- within a line, which the preview shows as typed', () => {
    expect(withoutComments('Kept <!-- started but never finished\nmore')).toBe(
      'Kept <!-- started but never finished\nmore',
    );
    expect(countWords('Scores went <!-- up\nthen down')).toBe(5);
  });

  it('leaves text that only looks like part of a comment', () => {
    expect(withoutComments('a --> b <! -- c - d')).toBe('a --> b <! -- c - d');
  });

  it('leaves nothing of a comment behind and never adds text', () => {
    const plain = fc.string().filter((text) => !text.includes('<!--'));
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            plain,
            plain.filter((text) => !text.includes('-->')),
          ),
        ),
        (parts) => {
          const markdown = parts.map(([text, hidden]) => `${text}<!--${hidden}-->`).join('');
          expect(withoutComments(markdown)).toBe(parts.map(([text]) => text).join(''));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('returns text without comments as it is', () => {
    fc.assert(
      fc.property(
        fc.string().filter((text) => !text.includes('<!--')),
        (text) => {
          expect(withoutComments(text)).toBe(text);
        },
      ),
    );
  });
});

describe('countWords with template hints', () => {
  it.each([
    ['a hint', '<!-- What you were thinking and feeling at the time, honestly. -->', 0],
    ['a heading and its hint', '## Feelings\n<!-- What you were thinking and feeling. -->', 1],
    ['words around a hint', 'I was <!-- hint words here --> anxious', 3],
    ['words after a hint on the next line', '## What?\n<!-- Say plainly. -->\nI stayed late.', 4],
  ])('does not count %s', (_case, text, words) => {
    expect(countWords(text)).toBe(words);
  });

  it.each(TEMPLATES.map((template) => [template.name, template] as const))(
    'counts only the headings of a new %s entry',
    (_name, template) => {
      const headingWords = template.sections.reduce((sum, section) => sum + countWords(section.heading), 0);
      expect(countWords(templateBody(template))).toBe(headingWords);
    },
  );

  it('counts what the doctor wrote under the template, and nothing of the hints', () => {
    const template = TEMPLATES.find((item) => item.id === 'what-so-what');
    if (!template) throw new Error('No What? So what? template');
    const legacy = legacyTemplateBody(template);
    const written = legacy.replace('-->\n', '-->\nThe handover was rushed.\n');
    expect(countWords(written)).toBe(countWords(templateBody(template)) + 4);
  });
});
