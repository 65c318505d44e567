import { cleanup, configure, fireEvent, render, screen } from '@testing-library/preact';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { registerCommands } from '../../app/workbench/commands';
import { Workbench } from '../../app/workbench/workbench';
import { App } from '../../components/App';
import { LanternDB, setDb } from '../../lib/db';

// The whole app renders in these tests, and a busy machine (CI, or several suites at once) can take more than
// the default second to show what a step waits for: waiting longer changes no outcome, only how soon a real
// failure is reported.
configure({ asyncUtilTimeout: 4000 });

/** A fresh database whose writes can be made to fail, to test what the user sees when saving fails. */
export function freshDb(): { db: LanternDB; failWrites(error: Error | null): void } {
  let failure: Error | null = null;
  const db = new LanternDB(`test-${crypto.randomUUID()}`);
  db.use({
    stack: 'dbcore',
    name: 'failing-writes',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (request) => (failure ? Promise.reject(failure) : table.mutate(request)),
        };
      },
    }),
  });
  setDb(db);
  return { db, failWrites: (error) => (failure = error) };
}

export function renderLantern(options: { isMac?: boolean } = {}) {
  const opened: string[] = [];
  const workbench = new Workbench({
    isMac: options.isMac ?? false,
    openInTab: async () => {
      opened.push('tab');
    },
  });
  registerCommands(workbench);
  const view = render(<App workbench={workbench} />);
  return { ...view, workbench, opened };
}

/**
 * Each test in a file gets a fresh database and its own rendering of Lantern; afterwards the open
 * editor writes what it holds before the page and its database go.
 */
export function componentSession() {
  let current: ReturnType<typeof renderLantern> | undefined;
  let fresh: ReturnType<typeof freshDb> | undefined;
  // The editor loads the patient-detail detector 250 ms after an entry opens. Loaded here first, that
  // import resolves from the module cache, never as a module load after the file's tests have ended.
  beforeAll(async () => {
    await import('../../lib/privacy');
  });
  beforeEach(() => {
    fresh = freshDb();
  });
  // Preact runs effects after the next frame, or 100 ms later where none comes, and then cancels the frame it
  // asked for: let the last test's run out before the test environment, and its cancelAnimationFrame, goes.
  afterAll(() => new Promise<void>((resolve) => setTimeout(resolve, 150)));
  afterEach(async () => {
    await current?.workbench.flushEditor();
    current = undefined;
    cleanup();
    fresh?.db.close();
    await fresh?.db.delete();
  });
  const session = (): ReturnType<typeof freshDb> => {
    if (!fresh) throw new Error('componentSession is only usable inside a test');
    return fresh;
  };
  return {
    get db(): LanternDB {
      return session().db;
    },
    failWrites: (error: Error | null) => session().failWrites(error),
    render(options?: { isMac?: boolean }) {
      current = renderLantern(options);
      return current;
    },
  };
}

export function press(key: string, init: KeyboardEventInit = {}): void {
  fireEvent.keyDown(document.activeElement ?? document.body, { key, ...init });
}

/** Runs a command the way a keyboard user does: F1, its title, Enter. */
export async function runFromPalette(title: string): Promise<void> {
  press('F1', { code: 'F1' });
  const input = await screen.findByRole('combobox', { name: 'Command palette' });
  fireEvent.input(input, { target: { value: title } });
  fireEvent.keyDown(input, { key: 'Enter' });
}
