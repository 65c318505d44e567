import { describe, expect, it } from 'vitest';
import { findElement } from '../../lib/frameworks';
import { PROMPT_THEMES, PROMPTS, promptById, promptOfTheDay } from '../../lib/prompts';
import { Prompt, SEED_FILES } from '../../lib/prompts/schema';
import { entryFromPrompt, promptCaret } from '../../lib/prompts/start';
import { runDigest, runsOf } from '../support/shingles.mjs';
import fingerprint from './fixtures/seed-fingerprint.json';

// The source articles are not in the repository: their runs of eight words are, as digests made by
// tests/support/fingerprint-seeds.mjs, so the copy check runs on a fresh clone.
const seedRuns = new Map(Object.entries(fingerprint.articles).map(([file, runs]) => [file, new Set(runs)] as const));

describe('shipped prompts', () => {
  it('has at least 40 prompts, each matching the schema', () => {
    expect(PROMPTS.length).toBeGreaterThanOrEqual(40);
    for (const prompt of PROMPTS) expect(() => Prompt.parse(prompt), prompt.id).not.toThrow();
  });

  it('never uses the same id twice', () => {
    const ids = PROMPTS.map((prompt) => prompt.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(promptById(ids[0] ?? '')).toBe(PROMPTS[0]);
    expect(promptById('p-no-such-prompt')).toBeUndefined();
  });

  it.each(SEED_FILES.map((file) => [file]))('draws at least six prompts from the seed %s, which exists', (file) => {
    expect(seedRuns.has(file)).toBe(true);
    expect(PROMPTS.filter((prompt) => prompt.source === file).length).toBeGreaterThanOrEqual(6);
  });

  it('links every prompt only to competencies that exist', () => {
    for (const prompt of PROMPTS) {
      for (const id of prompt.competencies) expect(findElement(id), `${prompt.id} → ${id}`).toBeDefined();
    }
  });

  it('groups prompts into themes, most of which hold several prompts', () => {
    const sizes = PROMPT_THEMES.map((theme) => PROMPTS.filter((prompt) => prompt.theme === theme).length);
    expect(new Set(PROMPT_THEMES).size).toBe(PROMPT_THEMES.length);
    expect(sizes.filter((size) => size >= 2).length).toBeGreaterThan(PROMPT_THEMES.length / 2);
  });
});

describe('prompts are written in our own words', () => {
  it('compares against the runs of every source article', () => {
    expect([...seedRuns.keys()].sort()).toEqual([...SEED_FILES].sort());
    for (const runs of seedRuns.values()) expect(runs.size).toBeGreaterThan(100);
  });

  it.each(PROMPTS.map((prompt) => [prompt.id, prompt] as const))(
    '%s shares no run of eight words with any seed',
    (_, prompt) => {
      for (const text of [prompt.text, ...prompt.followUps]) {
        for (const [file, runs] of seedRuns) {
          const copied = runsOf(text).filter((run) => runs.has(runDigest(run)));
          expect(copied, `${prompt.id} repeats ${file}`).toEqual([]);
        }
      }
    },
  );
});

describe('promptOfTheDay', () => {
  it('gives the same prompt all day for the same date', () => {
    expect(promptOfTheDay('2026-11-22')).toBe(promptOfTheDay('2026-11-22'));
  });

  it.each([['2026-11-22'], ['2026-12-28'], ['2027-02-25']])(
    'shows at least five different prompts over the seven days from %s',
    (start) => {
      const first = new Date(`${start}T12:00:00Z`);
      const week = Array.from({ length: 7 }, (_, i) => {
        const day = new Date(first.getTime() + i * 86_400_000);
        return promptOfTheDay(day.toISOString().slice(0, 10)).id;
      });
      expect(new Set(week).size).toBeGreaterThanOrEqual(5);
    },
  );

  it('always returns one of the shipped prompts', () => {
    for (const date of ['2026-01-01', '2030-06-15', 'not-a-date', '']) {
      expect(PROMPTS).toContain(promptOfTheDay(date));
    }
  });
});

describe('an entry started from a prompt', () => {
  it('starts the caret on the empty line under the first follow-up question, for every prompt', () => {
    for (const prompt of PROMPTS) {
      const { body } = entryFromPrompt(prompt);
      const caret = promptCaret(body);
      const [first] = prompt.followUps;
      if (!first) {
        expect(caret).toBeUndefined();
        continue;
      }
      expect(body.slice(0, caret)).toBe(`> ${prompt.text}\n\n## ${first}\n`);
    }
  });

  it('leaves the caret alone once anything is written', () => {
    const prompt = PROMPTS.find((each) => each.followUps.length > 0);
    if (!prompt) throw new Error('No prompt has follow-up questions');
    const { body } = entryFromPrompt(prompt);
    expect(promptCaret(body.replace(/\n\n## /, '\n\nI listened first.\n\n## '))).toBeUndefined();
    expect(promptCaret(`${body}A closing thought.`)).toBeUndefined();
  });
});
