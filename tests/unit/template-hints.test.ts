import { describe, expect, it } from 'vitest';
import { TEMPLATES, templateBody, templateById, templateCaret } from '../../lib/entries/templates';
import { snippet } from '../../lib/search';
import { excerpt } from '../../lib/text';
import { legacyTemplateBody } from './fixtures/legacy-template';

const gibbs = templateById('gibbs');
if (!gibbs) throw new Error('No Gibbs template');
const gibbsBody = templateBody(gibbs);
/** A Gibbs body as earlier versions of Lantern wrote it: each heading with its hint in a comment beneath. */
const legacyGibbsBody = legacyTemplateBody(gibbs);

describe('where the caret starts in a body from a template', () => {
  it('is the empty line under the first section’s heading, not after the last section', () => {
    const caret = templateCaret('gibbs', gibbsBody);
    expect(caret).toBeDefined();
    const before = gibbsBody.slice(0, caret);
    expect(before).toBe('## Description\n');
    // The line it sits on is empty, and the next section follows it.
    expect(gibbsBody.slice(caret).startsWith('\n## Feelings')).toBe(true);
  });

  it.each(TEMPLATES.filter((template) => template.sections.length > 0).map((template) => [template.id]))(
    'lands under the first heading of %s',
    (id) => {
      const template = templateById(id);
      if (!template) throw new Error(id);
      const body = templateBody(template);
      const caret = templateCaret(id, body) ?? -1;
      const lines = body.slice(0, caret).split('\n');
      expect(lines).toEqual([`## ${template.sections[0]?.heading}`, '']);
    },
  );

  it('leaves the caret alone for free writing, unknown templates, and bodies already written in', () => {
    expect(templateCaret('free', '')).toBeUndefined();
    expect(templateCaret('no-such-template', gibbsBody)).toBeUndefined();
    expect(templateCaret('gibbs', `${gibbsBody}More.`)).toBeUndefined();
    expect(templateCaret('what-so-what', gibbsBody)).toBeUndefined();
  });
});

describe('plain-text excerpts of a body written with hints in its text leave them out', () => {
  const written = legacyGibbsBody.replace(
    '## Feelings',
    'I was the registrar on call during a difficult night.\n\n## Feelings',
  );

  it('in search result snippets', () => {
    const text = snippet(written, ['difficult']);
    expect(text).toContain('difficult night');
    expect(text).not.toMatch(/<!--|-->|The facts|patient details/);
  });

  it('in search result snippets, not matching words that are only in a hint', () => {
    const text = snippet(written, ['patient']);
    expect(text).not.toMatch(/<!--|-->|patient/);
    expect(text.startsWith('Description I was the registrar')).toBe(true);
  });

  it('in a snippet cut from a long body', () => {
    const long = `${written}${'More words about the night. '.repeat(40)}`;
    expect(snippet(long, ['difficult'], 60)).not.toMatch(/<!--|-->|The facts/);
  });

  it('in one-line excerpts', () => {
    expect(excerpt(written)).toBe(
      'Description I was the registrar on call during a difficult night. Feelings Evaluation Analysis Conclusion Action plan',
    );
  });

  it('in an excerpt sliced from within a hint, as the palette’s search slices around a match', () => {
    const at = written.indexOf('patient') - 30;
    expect(excerpt(written.slice(at))).toBe(
      'I was the registrar on call during a difficult night. Feelings Evaluation Analysis Conclusion Action plan',
    );
  });

  it('keeps arrows and comment-like text that are not comments', () => {
    // Hyphens go as markup in an excerpt, as before; the words around them stay.
    expect(excerpt('Escalated --> consultant came in. Then <!-- unclosed in a line')).toBe(
      'Escalated consultant came in. Then <! unclosed in a line',
    );
    expect(excerpt('Handover --> night team\nwent well')).toBe('Handover night team went well');
  });
});
