import type { EntryText, FieldFinding } from '../../lib/privacy/fields';

/** The page asks the detector's worker (detect.worker.ts) to scan an entry's fields. */
export interface DetectAsk {
  entry: EntryText;
  ignored: readonly string[];
}

export interface DetectReply {
  findings: FieldFinding[];
}
