import { WelcomePage } from '../help/WelcomePage';
import { CommandButton } from '../shell/CommandButton';
import { lazy } from '../shell/lazy';
import { useWorkbench, useWorkbenchState } from '../workbench/context';
import { EntryEditor } from './EntryEditor';
import { TrashView } from './TrashView';

// Pages other than the entry editor load when first opened, keeping the first paint small.
const AssessmentPage = lazy(() => import('../competencies/AssessmentPage').then((module) => module.AssessmentPage));
const CompetencyPage = lazy(() => import('../competencies/CompetencyPage').then((module) => module.CompetencyPage));
const CoverageGrid = lazy(() => import('../competencies/CoverageGrid').then((module) => module.CoverageGrid));
const BackupPage = lazy(() => import('../data/BackupPage').then((module) => module.BackupPage));
const ImportNotesPage = lazy(() => import('../data/ImportNotesPage').then((module) => module.ImportNotesPage));
const ShortcutsPage = lazy(() => import('../help/ShortcutsPage').then((module) => module.ShortcutsPage));
const MenteePage = lazy(() => import('../mentoring/MenteePage').then((module) => module.MenteePage));
const SharePage = lazy(() => import('../mentoring/SharePage').then((module) => module.SharePage));
const PassphrasePage = lazy(() => import('../privacy/PassphrasePage').then((module) => module.PassphrasePage));
const PromptPage = lazy(() => import('../prompts/PromptPage').then((module) => module.PromptPage));
const PlanPage = lazy(() => import('../summary/PlanPage').then((module) => module.PlanPage));
const SummaryPage = lazy(() => import('../summary/SummaryPage').then((module) => module.SummaryPage));
const HistoryPage = lazy(() => import('./HistoryPage').then((module) => module.HistoryPage));
const FeedbackPage = lazy(() => import('../mentoring/MentoringPages').then((module) => module.FeedbackPage));
const SyncPages = lazy(() => import('../sync/SyncPages').then((module) => module.SyncPages));
const OpenBundlePage = lazy(() => import('../mentoring/MentoringPages').then((module) => module.OpenBundlePage));

/** The main area: the open entry, Trash, or a short note on how to start. */
export function EditorArea() {
  const editor = useWorkbenchState((state) => state.editor);
  return (
    <main class="editor-area" aria-label="Editor">
      {editor.type === 'entry' ? (
        <EntryEditor
          key={editor.entryId}
          entryId={editor.entryId}
          draft={editor.draft}
          focusTitle={editor.focusTitle}
        />
      ) : editor.type === 'trash' ? (
        <TrashView />
      ) : editor.type === 'competency' ? (
        <CompetencyPage elementId={editor.elementId} />
      ) : editor.type === 'coverage' ? (
        <CoverageGrid />
      ) : editor.type === 'assessment' ? (
        <AssessmentPage />
      ) : editor.type === 'prompt' ? (
        <PromptPage promptId={editor.promptId} />
      ) : editor.type === 'history' ? (
        <HistoryPage entryId={editor.entryId} />
      ) : editor.type === 'share' ? (
        <SharePage />
      ) : editor.type === 'openBundle' ? (
        <OpenBundlePage />
      ) : editor.type === 'mentee' ? (
        <MenteePage key={editor.menteeId} menteeId={editor.menteeId} />
      ) : editor.type === 'feedback' ? (
        <FeedbackPage />
      ) : editor.type === 'importNotes' ? (
        <ImportNotesPage />
      ) : editor.type === 'welcome' ? (
        <WelcomePage />
      ) : editor.type === 'shortcuts' ? (
        <ShortcutsPage />
      ) : editor.type === 'summary' ? (
        <SummaryPage key={editor.kind} kind={editor.kind} />
      ) : editor.type === 'plan' ? (
        <PlanPage />
      ) : editor.type === 'passphrase' ? (
        <PassphrasePage key={editor.mode} mode={editor.mode} />
      ) : editor.type === 'sync' ? (
        <SyncPages page={editor.page} />
      ) : editor.type === 'backup' ? (
        <BackupPage key={editor.focus} focus={editor.focus} />
      ) : (
        <EmptyEditor />
      )}
    </main>
  );
}

function EmptyEditor() {
  const wb = useWorkbench();
  return (
    <div class="empty-editor">
      <h2>Lantern</h2>
      <p>A private journal for your reflections. Everything stays in this browser; nothing is sent anywhere.</p>
      <div class="empty-editor__actions">
        <CommandButton command="journal.newEntry" label="New entry" />
        <CommandButton command="workbench.showCommands" label="Show all commands" />
      </div>
      <dl class="empty-editor__keys">
        <dt>All commands</dt>
        <dd>
          <kbd>{wb.keyLabel('workbench.showCommands', 1)}</kbd> or <kbd>{wb.keyLabel('workbench.showCommands')}</kbd>
        </dd>
        <dt>Go to an entry</dt>
        <dd>
          <kbd>{wb.keyLabel('journal.quickOpen')}</kbd>
        </dd>
        <dt>New entry</dt>
        <dd>
          <kbd>{wb.keyLabel('journal.newEntry')}</kbd>
        </dd>
      </dl>
    </div>
  );
}
