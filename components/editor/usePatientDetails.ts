import { useEffect, useState } from 'preact/hooks';
import { detectPatientDetails } from '../../lib/privacy';
import type { FieldFinding } from './PatientDetails';

/** Scans title and body shortly after typing pauses (a scan of a long entry takes a few ms). */
export function usePatientDetails(title: string, body: string, ignored: readonly string[]): FieldFinding[] {
  const [findings, setFindings] = useState<FieldFinding[]>(() => scan(title, body, ignored));
  useEffect(() => {
    const timer = setTimeout(() => setFindings(scan(title, body, ignored)), 250);
    return () => clearTimeout(timer);
  }, [title, body, ignored]);
  return findings;
}

function scan(title: string, body: string, ignored: readonly string[]): FieldFinding[] {
  return [
    ...detectPatientDetails(title, { ignored }).map((finding) => ({ field: 'title' as const, finding })),
    ...detectPatientDetails(body, { ignored }).map((finding) => ({ field: 'body' as const, finding })),
  ];
}
