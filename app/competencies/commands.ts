import { defineCommands } from '../workbench/command';

/** The competency pages, also on the Competencies view's title bar. */
export const COMPETENCY_COMMANDS = defineCommands([
  {
    id: 'competencies.showCoverage',
    title: 'Competencies: Show Coverage',
    icon: 'grid',
    menus: [{ menu: 'view.title.competencies', label: 'Coverage grid' }],
    run: (wb) => wb.showPage({ type: 'coverage' }),
  },
  {
    id: 'competencies.assess',
    title: 'Competencies: Rate Yourself…',
    icon: 'gauge',
    menus: [{ menu: 'view.title.competencies', label: 'Rate yourself' }],
    run: (wb) => wb.showPage({ type: 'assessment' }),
  },
]);
