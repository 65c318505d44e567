// When the journal cache's background work (reading, indexing) runs, so the page stays responsive.
import { pageTurn } from '../../lib/page-turn';

/** The longest a view being built may hold the background work: search must never wait on it for long. */
const MOST_HELD_MS = 3000;
const holds = new Set<symbol>();
let waiting: (() => void)[] = [];

/**
 * Holds the journal's background work (reading, indexing) at its next turn, until the function returned is called
 * or MOST_HELD_MS have passed: a view being built in front (a summary of a long journal) gets the page to itself.
 */
export function holdBackgroundWork(): () => void {
  const hold = Symbol('hold');
  holds.add(hold);
  const release = () => {
    clearTimeout(timer);
    if (!holds.delete(hold) || holds.size > 0) return;
    const resume = waiting;
    waiting = [];
    for (const go of resume) go();
  };
  const timer = setTimeout(release, MOST_HELD_MS);
  return release;
}

/** Gives the page a turn (input, rendering, timers); while a view holds the background work, waits until it lets go. */
export async function yieldToPage(): Promise<void> {
  await pageTurn();
  if (holds.size > 0) await new Promise<void>((resolve) => waiting.push(resolve));
}

/** After the next frame is painted (or a quarter of a second, when no frames come: a hidden page). */
export function afterPaint(task: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    task();
  };
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(once, 0));
  setTimeout(once, 250);
}

export function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 500 });
  else setTimeout(task, 1);
}
