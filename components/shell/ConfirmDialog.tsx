import { useLayoutEffect, useRef } from 'preact/hooks';
import { useWorkbenchState } from '../workbench/context';

/** A native modal dialog for "are you sure?"; Escape or Cancel says no, focus returns afterwards. */
export function ConfirmDialog() {
  const request = useWorkbenchState((state) => state.confirm);
  const dialog = useRef<HTMLDialogElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);

  // Layout effect: the dialog opens and closes in the same commit as the state that asks for it, so no key
  // pressed in between reaches a page still made inert by it.
  useLayoutEffect(() => {
    const element = dialog.current;
    if (!request || !element) return;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!element.open) element.showModal?.();
    cancelButton.current?.focus();
    return () => {
      const active = document.activeElement;
      const focusWasHere = !active || active === document.body || element.contains(active);
      if (element.open) element.close();
      // Only focus that was in the dialog goes back: a palette opened the moment it closed keeps its own.
      if (focusWasHere && previous?.isConnected) previous.focus();
    };
  }, [request]);

  if (!request) return null;
  return (
    <dialog
      ref={dialog}
      class="confirm"
      aria-labelledby="confirm-message"
      onCancel={(event) => {
        event.preventDefault();
        request.resolve(false);
      }}
    >
      <p id="confirm-message">{request.message}</p>
      <div class="confirm__actions">
        <button
          ref={cancelButton}
          type="button"
          class="button button--secondary"
          onClick={() => request.resolve(false)}
        >
          Cancel
        </button>
        <button type="button" class="button button--danger" onClick={() => request.resolve(true)}>
          {request.confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
