import { formatKeybinding } from '../../lib/commands';
import { AssessmentPage } from '../competencies/AssessmentPage';
import { CompetencyPage } from '../competencies/CompetencyPage';
import { CoverageGrid } from '../competencies/CoverageGrid';
import { BackupPage } from '../data/BackupPage';
import { ImportNotesPage } from '../data/ImportNotesPage';
import { ShortcutsPage } from '../help/ShortcutsPage';
import { WelcomePage } from '../help/WelcomePage';
import { MenteePage } from '../mentoring/MenteePage';
import { FeedbackPage, OpenBundlePage } from '../mentoring/MentoringPages';
import { SharePage } from '../mentoring/SharePage';
import { PromptPage } from '../prompts/PromptPage';
import { CommandButton } from '../shell/CommandButton';
import { PlanPage } from '../summary/PlanPage';
import { SummaryPage } from '../summary/SummaryPage';
import { useWorkbench, useWorkbenchState } from '../workbench/context';
import { EntryEditor } from './EntryEditor';
import { HistoryPage } from './HistoryPage';
import { TrashView } from './TrashView';

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
  const key = (binding: string) => formatKeybinding(binding, wb.platform.isMac);
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
          <kbd>{key('F1')}</kbd> or <kbd>{key('Mod+Shift+P')}</kbd>
        </dd>
        <dt>Go to an entry</dt>
        <dd>
          <kbd>{key('Mod+P')}</kbd>
        </dd>
        <dt>New entry</dt>
        <dd>
          <kbd>{key('Alt+N')}</kbd>
        </dd>
      </dl>
    </div>
  );
}
