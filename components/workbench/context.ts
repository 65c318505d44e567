import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { WorkbenchState } from '../../app/workbench/state';
import type { Workbench } from '../../app/workbench/workbench';
import { useStore } from '../hooks/useStore';

export const WorkbenchContext = createContext<Workbench | null>(null);

export function useWorkbench(): Workbench {
  const wb = useContext(WorkbenchContext);
  if (!wb) throw new Error('useWorkbench needs a <WorkbenchContext.Provider>');
  return wb;
}

/** A slice of the workbench state; the view re-renders when it changes. */
export function useWorkbenchState<S>(select: (state: WorkbenchState) => S): S {
  return useStore(useWorkbench().store, select);
}
