import { CommandButton } from '../shell/CommandButton';
import { useWorkbench } from '../workbench/context';

/** First run (and `Help: Show Welcome`): what Lantern is, the privacy promise, how to start. */
export function WelcomePage() {
  const wb = useWorkbench();
  return (
    <article class="page welcome" aria-labelledby="welcome-title">
      <h2 id="welcome-title">Welcome to Lantern</h2>
      <p>
        A private journal for your reflections as a doctor and a leader: write in two minutes between jobs, link what
        you write to leadership competencies, and take a clear summary to appraisal, revalidation or your annual review.
      </p>
      <p>
        <strong>Everything stays in this browser; nothing is sent anywhere.</strong>
      </p>
      <p>
        <CommandButton command="prompts.today" class="button" label="Start your first reflection" />{' '}
        <CommandButton command="journal.newEntry" class="button button--secondary" label="Blank entry" />
      </p>
      <h3>Find your way</h3>
      <ul>
        <li>
          Every action is in the command palette: press <kbd>{wb.keyLabel('workbench.showCommands', 1)}</kbd> (or{' '}
          <kbd>{wb.keyLabel('workbench.showCommands')}</kbd>), or choose <em>Commands</em> in the status bar.
        </li>
        <li>
          <kbd>{wb.keyLabel('journal.newEntry')}</kbd> starts a new entry; <kbd>{wb.keyLabel('journal.quickOpen')}</kbd>{' '}
          goes to an entry by its title.
        </li>
        <li>
          The strip on the left switches between the journal, competencies, prompts, summaries, mentoring and settings.
        </li>
      </ul>
      <h3>Keep it safe</h3>
      <p>
        Removing Lantern or clearing this browser profile deletes your journal unless you have a backup.{' '}
        <CommandButton command="data.exportBackup" class="link-button" label="Export a backup" /> now and then, and keep
        it somewhere safe.
      </p>
      <p class="page__muted">
        Reflections must not identify patients: Lantern warns you about details such as NHS numbers, dates of birth and
        names as you write.
      </p>
    </article>
  );
}
