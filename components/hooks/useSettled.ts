import { useEffect, useState } from 'preact/hooks';

/**
 * `value` once it has stopped changing for `delayMs`. Work derived from what the user types (competency
 * suggestions over a long entry take 12 ms and more) then runs when typing pauses, not on every key.
 */
export function useSettled<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}
