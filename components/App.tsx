import { useEffect, useLayoutEffect } from 'preact/hooks';
import { installFocusRescue } from '../app/workbench/focusRescue';
import type { Workbench } from '../app/workbench/workbench';
import { LinkPicker } from './competencies/LinkPicker';
import { EditorArea } from './editor/EditorArea';
import { CommandPalette } from './palette/CommandPalette';
import { useIdleLock } from './privacy/useIdleLock';
import { ActivityBar } from './shell/ActivityBar';
import { ConfirmDialog } from './shell/ConfirmDialog';
import { lazy } from './shell/lazy';
import { Notices } from './shell/Notices';
import { SideBar } from './shell/SideBar';
import { StatusBar } from './shell/StatusBar';
import { useTheme } from './shell/useTheme';
import { useWorkbenchState, WorkbenchContext } from './workbench/context';

/** Shown only while the journal is locked, so it loads only then. */
const LockScreen = lazy(() => import('./privacy/LockScreen').then((module) => module.LockScreen));

/** The whole page: activity bar, side bar, editor, status bar; keys go through the command registry. */
export function App(props: { workbench: Workbench }) {
  return (
    <WorkbenchContext.Provider value={props.workbench}>
      <Shell workbench={props.workbench} />
    </WorkbenchContext.Provider>
  );
}

function Shell({ workbench }: { workbench: Workbench }) {
  const theme = useWorkbenchState((state) => state.preferences.theme);
  const fontSize = useWorkbenchState((state) => state.preferences.fontSize);
  const narrowPart = useWorkbenchState((state) => state.narrowPart);
  const lock = useWorkbenchState((state) => state.lock);
  const autoLockMinutes = useWorkbenchState((state) => state.preferences.autoLockMinutes);
  useTheme(theme);
  useIdleLock(workbench, lock.enabled, lock.locked, autoLockMinutes);
  useEffect(() => {
    document.documentElement.dataset.fontSize = fontSize;
  }, [fontSize]);
  useKeybindings(workbench);
  useEffect(() => installFocusRescue(document.body, () => workbench.sideBarFirst()), [workbench]);

  return (
    <div class={lock.locked ? 'workbench workbench--locked' : 'workbench'} data-narrow-part={narrowPart}>
      <ActivityBar />
      {lock.locked ? (
        // Locked: nothing that reads the journal is mounted, so nothing of it is in the page.
        <LockScreen />
      ) : (
        <>
          <SideBar />
          <EditorArea />
        </>
      )}
      <StatusBar />
      <CommandPalette />
      <LinkPicker />
      <Notices />
      <ConfirmDialog />
    </div>
  );
}

function useKeybindings(wb: Workbench): void {
  // Layout effect: listening from the moment the page is on screen, so a key pressed at once is not lost.
  useLayoutEffect(() => {
    const controller = new AbortController();
    window.addEventListener(
      'keydown',
      (event) => {
        if (event.defaultPrevented || event.isComposing) return;
        // While a dialog is up, only it handles keys.
        if (wb.state.confirm || wb.state.linkPicker) return;
        const command = wb.registry.forKey(event, wb);
        if (!command) return;
        event.preventDefault();
        event.stopPropagation();
        void wb.run(command.id);
      },
      { capture: true, signal: controller.signal },
    );
    return () => controller.abort();
  }, [wb]);
}
