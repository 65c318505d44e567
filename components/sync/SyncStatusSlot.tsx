import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { syncViewOf } from '../../app/sync/syncView';
import { useStore } from '../hooks/useStore';
import { useWorkbench } from '../workbench/context';

let loaded: ComponentType | undefined;

/** Sync's place in the status bar: empty with sync off; its item's code loads only when sync is set up. */
export function SyncStatusSlot() {
  const on = useStore(syncViewOf(useWorkbench()), (view) => view.config !== null);
  const [Item, setItem] = useState<ComponentType | undefined>(() => loaded);
  useEffect(() => {
    if (!on || Item) return;
    let live = true;
    void import('./SyncStatusItem').then((module) => {
      loaded = module.SyncStatusItem;
      if (live) setItem(() => module.SyncStatusItem);
    });
    return () => {
      live = false;
    };
  }, [on, Item]);
  return on && Item ? <Item /> : null;
}
