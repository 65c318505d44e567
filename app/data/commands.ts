import { defineCommands } from '../workbench/command';

/** Backups in and out. */
export const DATA_COMMANDS = defineCommands([
  {
    id: 'data.exportBackup',
    title: 'Data: Export Backup…',
    run: (wb) => wb.showPage({ type: 'backup', focus: 'export' }),
  },
  {
    id: 'data.importBackup',
    title: 'Data: Import Backup…',
    run: (wb) => wb.showPage({ type: 'backup', focus: 'import' }),
  },
]);
