import { useEffect, useState } from 'preact/hooks';
import type { DetectOptions, Finding } from '../../lib/privacy';
import type { FieldFinding } from './PatientDetails';

/** Scans title and body shortly after typing pauses (a scan of a long entry takes a few ms). */
type Detect = (text: string, options?: DetectOptions) => Finding[];

// The detector loads with the first entry opened, not with the journal's first paint.
let detector: Promise<Detect> | undefined;
const loadDetector = () => {
  detector ??= import('../../lib/privacy').then((module) => module.detectPatientDetails);
  return detector;
};

export function usePatientDetails(title: string, body: string, ignored: readonly string[]): FieldFinding[] {
  const [findings, setFindings] = useState<FieldFinding[]>([]);
  useEffect(() => {
    let live = true;
    const timer = setTimeout(
      () => void loadDetector().then((detect) => live && setFindings(scan(detect, title, body, ignored))),
      250,
    );
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [title, body, ignored]);
  return findings;
}

function scan(detectPatientDetails: Detect, title: string, body: string, ignored: readonly string[]): FieldFinding[] {
  return [
    ...detectPatientDetails(title, { ignored }).map((finding) => ({ field: 'title' as const, finding })),
    ...detectPatientDetails(body, { ignored }).map((finding) => ({ field: 'body' as const, finding })),
  ];
}
