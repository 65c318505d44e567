import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type Autosaver, createAutosaver, type SaveState } from '../../lib/autosave';

const DELAY = 500;

/** A save the test finishes by hand, to see what happens while it is under way. */
function deferred() {
  let resolve!: () => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

interface Harness {
  saver: Autosaver<string>;
  saved: string[];
  states: SaveState[];
  errors: unknown[];
  save: ReturnType<typeof vi.fn<(value: string) => Promise<void>>>;
}

function setUp(save: (value: string) => Promise<void> = async () => undefined, maxWaitMs?: number): Harness {
  const saved: string[] = [];
  const states: SaveState[] = [];
  const errors: unknown[] = [];
  const spy = vi.fn(async (value: string) => {
    await save(value);
    saved.push(value);
  });
  const saver = createAutosaver<string>({
    delayMs: DELAY,
    maxWaitMs,
    save: spy,
    onState(state, error) {
      states.push(state);
      if (error !== undefined) errors.push(error);
    },
  });
  return { saver, saved, states, errors, save: spy };
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('createAutosaver', () => {
  it('knows which change is not yet written: pending, then under way, then none; and keeps it after a failure', async () => {
    const first = deferred();
    const { saver } = setUp(() => first.promise);
    expect(saver.unsaved).toBeUndefined();
    saver.change('a');
    expect(saver.unsaved).toBe('a');
    await vi.advanceTimersByTimeAsync(DELAY);
    // Being written, not yet written: a page closing now must still keep it.
    expect(saver.state).toBe('saving');
    expect(saver.unsaved).toBe('a');
    saver.change('ab');
    expect(saver.unsaved).toBe('ab');
    first.reject(new Error('disk full'));
    await vi.advanceTimersByTimeAsync(0);
    expect(saver.unsaved).toBe('ab');
  });

  it('has nothing unsaved once the latest change is written', async () => {
    const { saver } = setUp();
    saver.change('a');
    await saver.flush();
    expect(saver.state).toBe('saved');
    expect(saver.unsaved).toBeUndefined();
  });

  it('starts idle and writes nothing until something changes', async () => {
    const { saver, save } = setUp();
    expect(saver.state).toBe('idle');
    await vi.advanceTimersByTimeAsync(DELAY * 10);
    await saver.flush();
    expect(save).not.toHaveBeenCalled();
    expect(saver.state).toBe('idle');
  });

  it('saves once typing has paused for the delay', async () => {
    const { saver, saved, states } = setUp();
    saver.change('Ward round');
    expect(saver.state).toBe('pending');
    await vi.advanceTimersByTimeAsync(DELAY - 1);
    expect(saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(saved).toEqual(['Ward round']);
    expect(saver.state).toBe('saved');
    expect(states).toEqual(['pending', 'saving', 'saved']);
  });

  it('writes only the latest text when typing continues, waiting for the pause', async () => {
    const { saver, saved } = setUp();
    saver.change('W');
    await vi.advanceTimersByTimeAsync(DELAY - 100);
    saver.change('Wa');
    await vi.advanceTimersByTimeAsync(DELAY - 100);
    saver.change('War');
    await vi.advanceTimersByTimeAsync(DELAY - 1);
    expect(saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(saved).toEqual(['War']);
  });

  it('writes a pending change at once on flush, without waiting for the delay', async () => {
    const { saver, saved } = setUp();
    saver.change('Closing the panel');
    await saver.flush();
    expect(saved).toEqual(['Closing the panel']);
    expect(saver.state).toBe('saved');
    await vi.advanceTimersByTimeAsync(DELAY * 2);
    expect(saved).toEqual(['Closing the panel']);
  });

  it('keeps the text pending when a save fails, and retries on the next change', async () => {
    let failing = true;
    const problem = new Error('QuotaExceededError');
    const { saver, saved, states, errors } = setUp(async () => {
      if (failing) throw problem;
    });
    saver.change('First thought');
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(saver.state).toBe('error');
    expect(errors).toEqual([problem]);
    expect(saved).toEqual([]);

    failing = false;
    saver.change('First thought, continued');
    // The error stays on show until a save succeeds.
    expect(saver.state).toBe('error');
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(saved).toEqual(['First thought, continued']);
    expect(saver.state).toBe('saved');
    expect(states).toEqual(['pending', 'saving', 'error', 'saving', 'saved']);
  });

  it('retries the failed text on flush even without another change', async () => {
    let failing = true;
    const { saver, saved } = setUp(async () => {
      if (failing) throw new Error('offline');
    });
    saver.change('Do not lose me');
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(saver.state).toBe('error');

    failing = false;
    await saver.flush();
    expect(saved).toEqual(['Do not lose me']);
    expect(saver.state).toBe('saved');
  });

  it('keeps the newer text, not the failed one, when the user typed during a save that failed', async () => {
    const first = deferred();
    const { saver, saved, save } = setUp();
    save.mockImplementationOnce(() => first.promise);
    saver.change('old');
    await vi.advanceTimersByTimeAsync(DELAY);
    saver.change('newer');
    first.reject(new Error('failed'));
    await vi.advanceTimersByTimeAsync(0);
    expect(saver.state).toBe('error');
    await saver.flush();
    expect(saved).toEqual(['newer']);
    expect(save).toHaveBeenCalledTimes(2);
    expect(save).toHaveBeenLastCalledWith('newer');
  });

  it('writes one save at a time, in order, and then the text typed meanwhile', async () => {
    const first = deferred();
    const { saver, saved, save } = setUp();
    save.mockImplementationOnce(async (value) => {
      await first.promise;
      saved.push(value);
    });
    saver.change('one');
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(saver.state).toBe('saving');

    saver.change('one two');
    expect(saver.state).toBe('pending');
    await vi.advanceTimersByTimeAsync(DELAY);
    // The second write waits for the first.
    expect(save).toHaveBeenCalledTimes(1);

    first.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(saved).toEqual(['one', 'one two']);
    expect(save).toHaveBeenCalledTimes(2);
    expect(saver.state).toBe('saved');
  });

  it('reports pending, not saved, when a save finishes with newer text still to write', async () => {
    const first = deferred();
    const { saver, save, states } = setUp();
    save.mockImplementationOnce(() => first.promise);
    saver.change('one');
    await vi.advanceTimersByTimeAsync(DELAY);
    saver.change('one two');
    first.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(saver.state).toBe('pending');
    expect(states.at(-1)).toBe('pending');
    expect(states).not.toContain('saved');
  });

  it('makes flush wait for a save already under way and then write what is pending', async () => {
    const first = deferred();
    const { saver, saved, save } = setUp();
    save.mockImplementationOnce(async (value) => {
      await first.promise;
      saved.push(value);
    });
    saver.change('one');
    await vi.advanceTimersByTimeAsync(DELAY);
    saver.change('one two');

    let flushed = false;
    const flushing = saver.flush().then(() => {
      flushed = true;
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(flushed).toBe(false);

    first.resolve();
    await flushing;
    expect(saved).toEqual(['one', 'one two']);
    await vi.advanceTimersByTimeAsync(DELAY * 2);
    expect(save).toHaveBeenCalledTimes(2);
  });

  it('stops the timer on dispose, so nothing is written afterwards', async () => {
    const { saver, save } = setUp();
    saver.change('abandoned');
    saver.dispose();
    await vi.advanceTimersByTimeAsync(DELAY * 2);
    expect(save).not.toHaveBeenCalled();
  });

  it('writes at least every 2 seconds while someone types without ever pausing', async () => {
    const { saver, saved } = setUp(undefined, 2000);
    const writtenAt: number[] = [];
    let text = '';
    // 10 seconds of typing, a key every 100 ms: never the 500 ms pause the debounce waits for.
    for (let ms = 0; ms < 10_000; ms += 100) {
      text += 'a';
      saver.change(text);
      const before = saved.length;
      await vi.advanceTimersByTimeAsync(100);
      if (saved.length > before) writtenAt.push(ms + 100);
    }
    expect(writtenAt).toEqual([2000, 4000, 6000, 8000, 10_000]);
    // Each write holds everything typed up to it.
    expect(saved.map((value) => value.length)).toEqual([20, 40, 60, 80, 100]);
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(saved.at(-1)).toBe(text);
  });

  it('still waits only for the pause when typing stops sooner than the maximum wait', async () => {
    const { saver, saved } = setUp(undefined, 2000);
    saver.change('Ward');
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(saved).toEqual(['Ward']);
    saver.change('Ward round');
    await vi.advanceTimersByTimeAsync(1999);
    expect(saved).toEqual(['Ward', 'Ward round']);
  });

  it('stops the maximum wait on dispose too', async () => {
    const { saver, save } = setUp(undefined, 2000);
    saver.change('abandoned');
    await vi.advanceTimersByTimeAsync(300);
    saver.change('abandoned still');
    saver.dispose();
    await vi.advanceTimersByTimeAsync(5000);
    expect(save).not.toHaveBeenCalled();
  });
});
