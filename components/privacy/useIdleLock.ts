import { useEffect } from 'preact/hooks';
import { lock } from '../../app/workbench/lock';
import type { Workbench } from '../../app/workbench/workbench';

/** What counts as using Lantern: any key, click, touch or scroll in this page. */
const ACTIVITY = ['keydown', 'pointerdown', 'wheel', 'touchstart'] as const;
const CHECK_EVERY_MS = 5_000;

/** Locks a journal with a passphrase after `minutes` without use (0: never). */
export function useIdleLock(wb: Workbench, enabled: boolean, locked: boolean, minutes: number): void {
  useEffect(() => {
    if (!enabled || locked || minutes <= 0) return;
    let last = Date.now();
    const seen = () => {
      last = Date.now();
    };
    const controller = new AbortController();
    for (const type of ACTIVITY)
      window.addEventListener(type, seen, { capture: true, passive: true, signal: controller.signal });
    const timer = setInterval(() => {
      if (Date.now() - last >= minutes * 60_000) void lock(wb, 'idle');
    }, CHECK_EVERY_MS);
    return () => {
      controller.abort();
      clearInterval(timer);
    };
  }, [wb, enabled, locked, minutes]);
}
