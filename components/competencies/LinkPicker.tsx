import { lazy } from '../shell/lazy';
import { useWorkbenchState } from '../workbench/context';

const loadDialog = () => import('./PickerDialog').then((module) => module.PickerDialog);
const PickerDialog = lazy(loadDialog, { quiet: true });

/**
 * Loads the picker (and the frameworks it lists) ahead of need: called when an entry is open for
 * editing, so `Entry: Link Competencies…` opens at once and no key typed into it is lost.
 */
export function preloadLinkPicker(): void {
  void loadDialog();
}

/** `Entry: Link Competencies…` (the dialog in PickerDialog.tsx, loaded when first wanted). */
export function LinkPicker() {
  const open = useWorkbenchState((state) => state.linkPicker);
  return open ? <PickerDialog /> : null;
}
