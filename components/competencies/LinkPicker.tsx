import { lazy } from '../shell/lazy';
import { useWorkbenchState } from '../workbench/context';

const PickerDialog = lazy(() => import('./PickerDialog').then((module) => module.PickerDialog), { quiet: true });

/**
 * Loads the picker (and the frameworks it lists) ahead of need: called when an entry is open for
 * editing, so `Entry: Link Competencies…` mounts in the same render that opens it, its search box
 * takes focus at once, and no key typed straight after the command is lost to the editor.
 */
export function preloadLinkPicker(): void {
  void PickerDialog.preload();
}

/** `Entry: Link Competencies…` (the dialog in PickerDialog.tsx, loaded when first wanted). */
export function LinkPicker() {
  const open = useWorkbenchState((state) => state.linkPicker);
  return open ? <PickerDialog /> : null;
}
