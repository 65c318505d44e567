import { CompetenciesView } from '../competencies/CompetenciesView';
import { JournalView } from '../journal/JournalView';
import { MentoringView } from '../mentoring/MentoringView';
import { PromptsView } from '../prompts/PromptsView';
import { SettingsView } from '../settings/SettingsView';
import { SummariesView } from '../summary/SummariesView';
import { useWorkbenchState } from '../workbench/context';

/** The view chosen in the activity bar. */
export function SideBar() {
  const view = useWorkbenchState((state) => state.view);
  return (
    <aside class="side-bar" aria-label="Side bar">
      {view === 'journal' ? (
        <JournalView />
      ) : view === 'settings' ? (
        <SettingsView />
      ) : view === 'competencies' ? (
        <CompetenciesView />
      ) : view === 'prompts' ? (
        <PromptsView />
      ) : view === 'summaries' ? (
        <SummariesView />
      ) : (
        <MentoringView />
      )}
    </aside>
  );
}
