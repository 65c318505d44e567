import { useEffect, useState } from 'preact/hooks';
import type { EntryText, FieldFinding } from '../../lib/privacy/fields';

/**
 * Scans every field the user types into (title, text, role, tags, learning points, actions) shortly
 * after typing pauses, through the same `detectInEntry` the export gate uses: a detail that holds back
 * a summary is always shown here. A scan of a long entry takes a few ms.
 */
type DetectInEntry = typeof import('../../lib/privacy').detectInEntry;

// The detector loads with the first entry opened, not with the journal's first paint.
let detector: Promise<DetectInEntry> | undefined;
const loadDetector = () => {
  detector ??= import('../../lib/privacy').then((module) => module.detectInEntry);
  return detector;
};

export function usePatientDetails(entry: EntryText, ignored: readonly string[]): FieldFinding[] {
  const [findings, setFindings] = useState<FieldFinding[]>([]);
  const { title, body, role, tags, learningPoints, actions } = entry;
  useEffect(() => {
    let live = true;
    const timer = setTimeout(
      () =>
        void loadDetector().then(
          (detectInEntry) =>
            live && setFindings(detectInEntry({ title, body, role, tags, learningPoints, actions }, { ignored })),
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
