import { useWorkbench } from '../workbench/context';

/** Shown over an entry that is in Trash: it is read-only until restored. */
export function TrashBanner(props: { entryId: string }) {
  const wb = useWorkbench();
  return (
    <div class="editor__banner" role="status">
      <span>This entry is in Trash. Restore it to keep editing.</span>
      <button type="button" class="button" onClick={() => void wb.run('entry.restore', props.entryId)}>
        Restore
      </button>
      <button
        type="button"
        class="button button--secondary"
        onClick={() => void wb.run('entry.deleteForGood', props.entryId)}
      >
        Delete for good
      </button>
    </div>
  );
}
