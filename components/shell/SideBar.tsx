import { CompetenciesView } from '../competencies/CompetenciesView';
import { JournalView } from '../journal/JournalView';
import { PromptsView } from '../prompts/PromptsView';
import { SettingsView } from '../settings/SettingsView';
import { SummariesView } from '../summary/SummariesView';
import { useWorkbenchState } from '../workbench/context';
import { PlaceholderView } from './PlaceholderView';

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
        <PlaceholderView
          title="Mentoring"
          text="Summaries shared with a mentor, and their feedback, will appear here."
        />
      )}
    </aside>
  );
}
