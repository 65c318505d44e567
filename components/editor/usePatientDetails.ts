import { useEffect, useState } from 'preact/hooks';
import { detectOffThread } from '../../app/privacy/detectOffThread';
import type { EntryText, FieldFinding } from '../../lib/privacy/fields';

/**
 * Scans every field the user types into (title, text, role, tags, learning points, actions) shortly
 * after typing pauses, through the same `detectInEntry` the export gate uses: a detail that holds back
 * a summary is always shown here. The scan runs in a worker (app/privacy/detectOffThread.ts): for a long
 * entry it takes tens of milliseconds, which typing never waits for.
 */
export function usePatientDetails(entry: EntryText, ignored: readonly string[]): FieldFinding[] {
  const [findings, setFindings] = useState<FieldFinding[]>([]);
  const { title, body, role, tags, learningPoints, actions } = entry;
  useEffect(() => {
    let live = true;
    const timer = setTimeout(
      () =>
        void detectOffThread({ title, body, role, tags, learningPoints, actions }, ignored).then(
          (found) => live && setFindings(found),
        ),
      250,
    );
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [title, body, role, tags, learningPoints, actions, ignored]);
  return findings;
}
