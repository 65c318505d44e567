import { JournalView } from '../journal/JournalView';
import { useWorkbenchState } from '../workbench/context';
import { lazy } from './lazy';

// The Journal is the first paint; the other views load when first shown.
const CompetenciesView = lazy(() =>
  import('../competencies/CompetenciesView').then((module) => module.CompetenciesView),
);
const MentoringView = lazy(() => import('../mentoring/MentoringView').then((module) => module.MentoringView));
const PromptsView = lazy(() => import('../prompts/PromptsView').then((module) => module.PromptsView));
const SettingsView = lazy(() => import('../settings/SettingsView').then((module) => module.SettingsView));
const SummariesView = lazy(() => import('../summary/SummariesView').then((module) => module.SummariesView));

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
