import { useWorkbench, useWorkbenchState } from '../workbench/context';

/** Short messages in the corner; errors stay until dismissed, others fade after a few seconds. */
export function Notices() {
  const wb = useWorkbench();
  const notices = useWorkbenchState((state) => state.notices);
  const blocked = useWorkbenchState((state) => state.blocked);
  const saveError = useWorkbenchState((state) => (state.save.state === 'error' ? state.save.message : undefined));
  return (
    <div class="notices">
      {blocked ? (
        <div class="notice notice--error" role="alert">
          <p>{blocked}</p>
          <button type="button" class="button" onClick={() => location.reload()}>
            Reload
          </button>
        </div>
      ) : null}
      {saveError ? (
        <div class="notice notice--error" role="alert">
          <p>{saveError}</p>
          <button type="button" class="button" onClick={() => void wb.flushEditor()}>
            Try again
          </button>
        </div>
      ) : null}
      <div role="status" aria-live="polite" class="notices__list">
        {notices.map((notice) => (
          <div
            key={notice.id}
            class={`notice notice--${notice.tone}`}
            role={notice.tone === 'error' ? 'alert' : undefined}
          >
            <p>{notice.message}</p>
            {notice.action ? (
              <button
                type="button"
                class="button"
                onClick={() => {
                  wb.dismiss(notice.id);
                  void notice.action?.run();
                }}
              >
                {notice.action.label}
              </button>
            ) : null}
            <button
              type="button"
              class="icon-button"
              aria-label="Dismiss"
              title="Dismiss"
              onClick={() => wb.dismiss(notice.id)}
            >
              ✕
            </button>
          </div>
        ))}
      </div>
    </div>
  );
}
