import type { Finding } from './types';

// Kept apart from the detectors, so the editor can resolve a finding without loading them all.

/** The kind and the matched text, normalised, so an exception still holds when the text moves. */
export function findingKey(finding: Pick<Finding, 'kind' | 'text'>): string {
  const text = finding.text.normalize('NFKC').toLowerCase();
  const digitsOnly = finding.kind === 'nhs-number' || finding.kind === 'phone';
  return `${finding.kind}:${digitsOnly ? text.replace(/[^\d+]/g, '') : text.replace(/\s+/g, ' ').trim()}`;
}

/** The text with one finding's span replaced by its placeholder. */
export function redact(text: string, finding: Pick<Finding, 'start' | 'end' | 'placeholder'>): string {
  return text.slice(0, finding.start) + finding.placeholder + text.slice(finding.end);
}
