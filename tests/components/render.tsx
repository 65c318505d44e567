import { render } from '@testing-library/preact';
import { App } from '../../components/App';
import { registerCommands } from '../../components/workbench/commands';
import { Workbench } from '../../components/workbench/workbench';
import { LanternDB, setDb } from '../../lib/db';

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
