import { describe, expect, it } from 'vitest';
import { parseTags } from '../../lib/entries/tags';

describe('tags typed into an entry', () => {
  it('keeps each tag once, in the order typed, without the # a doctor may add', () => {
    expect(parseTags(' #teaching, Sepsis ,, teaching, SEPSIS, handover')).toEqual(['teaching', 'Sepsis', 'handover']);
  });

  it('cuts a tag pasted by mistake to 60 characters', () => {
    expect(parseTags('a'.repeat(80))).toEqual(['a'.repeat(60)]);
  });
});
