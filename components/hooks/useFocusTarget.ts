import type { RefObject } from 'preact';
import { useCallback, useRef } from 'preact/hooks';
import type { FocusTargetName } from '../../app/workbench/focus';
import { useWorkbench } from '../workbench/context';

/**
 * A ref that makes its element the focus target `name` while it is on screen (and, when given,
 * also fills `ref`, for the view's own use of the element).
 */
export function useFocusTarget<T extends HTMLElement>(
  name: FocusTargetName,
  ref?: RefObject<T | null>,
): (element: T | null) => void {
  const wb = useWorkbench();
  const unregister = useRef<(() => void) | null>(null);
  return useCallback(
    (element: T | null) => {
      if (ref) ref.current = element;
      unregister.current?.();
      unregister.current = element ? wb.focusTargets.register(name, element) : null;
    },
    [wb, name, ref],
  );
}
