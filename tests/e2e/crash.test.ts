import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, expect, it } from 'vitest';
import { launchWithExtension, makeProfile, openLantern } from './harness';
import { LanternPage } from './lantern';

/*
 * The browser is killed while the doctor types without a pause (SIGKILL: no unload, no flush, as
 * in a crash or a power cut of the browser alone). Relaunched on the same profile, the entry holds
 * everything typed until at most 2 seconds before the kill.
 */

const TYPING_MS = 10_000;
const MAX_LOST_MS = 2000;

let profile = makeProfile();
afterEach(() => {
  profile.dispose();
  profile = makeProfile();
});

/**
 * The browser's own process for a profile. A persistent context gives no process handle, so it is
 * found by its command line: the one process with this profile that is no helper (`--type=…`).
 */
function browserPid(profileDir: string): number {
  const found = readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((pid) => {
      let args: string[];
      try {
        args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
      } catch {
        return false; // gone meanwhile
      }
      return args.includes(`--user-data-dir=${profileDir}`) && !args.some((arg) => arg.startsWith('--type='));
    });
  expect(found, 'browser processes for the profile').toHaveLength(1);
  return Number(found[0]);
}

it('loses at most 2 seconds of continuous typing when the browser is killed', async () => {
  const launched = await launchWithExtension(profile.dir);
  const lantern = new LanternPage(await openLantern(launched));
  await lantern.runCommand('Journal: New Entry');
  await lantern.page.keyboard.type('Crash test');
  await lantern.page.keyboard.press('Tab');

  // Numbered words, a key every 40 ms: never the 500 ms pause autosave waits for.
  const typedAt: number[] = [];
  const started = Date.now();
  for (let word = 0; Date.now() - started < TYPING_MS; word += 1) {
    await lantern.page.keyboard.type(`w${word} `, { delay: 40 });
    typedAt.push(Date.now());
  }
  const closed = new Promise((resolve) => launched.context.once('close', resolve));
  process.kill(browserPid(profile.dir), 'SIGKILL');
  const killedAt = Date.now();
  await closed;

  const again = await launchWithExtension(profile.dir);
  try {
    const reopened = new LanternPage(await openLantern(again));
    await reopened.entryInTree('Crash test').click();
    const body = await reopened.body().inputValue();
    const words = body.trim().split(/\s+/).filter(Boolean);
    // Words were saved in order: the body is w0 … wN, the last perhaps cut part way.
    const wholeWords = body.endsWith(' ') ? words.length - 1 : words.length - 2;
    const savedUpTo = wholeWords < 0 ? started : (typedAt[wholeWords] ?? started);
    const lostSeconds = (killedAt - savedUpTo) / 1000;
    console.log(
      `SIGKILL after ${((killedAt - started) / 1000).toFixed(1)} s of typing: ${typedAt.length} words typed, ${wholeWords + 1} saved, ${lostSeconds.toFixed(2)} s of text lost`,
    );
    expect(words.slice(0, -1)).toEqual(words.slice(0, -1).map((_, i) => `w${i}`));
    expect(lostSeconds).toBeLessThanOrEqual(MAX_LOST_MS / 1000);
  } finally {
    await again.context.close();
  }
}, 90_000);
