/** What the detector can find. Warnings identify a patient outright; hints narrow one down. */
export type FindingKind =
  | 'nhs-number'
  | 'date-of-birth'
  | 'record-number'
  | 'postcode'
  | 'address'
  | 'phone'
  | 'email'
  | 'name'
  | 'age-and-sex'
  | 'place'
  | 'seen-date'
  | 'combination';

export type Severity = 'warning' | 'hint';

export interface Finding {
  /** Stable while the same text sits at the same place: kind, start and matched text. */
  readonly id: string;
  readonly kind: FindingKind;
  readonly severity: Severity;
  /** Offsets into the text, `end` exclusive, so `text.slice(start, end) === finding.text`. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly message: string;
  /** What `redact` puts in place of the span: a neutral label, or for an age a life stage. */
  readonly placeholder: string;
}

/** What a detector reports; `finding` adds the id, severity and wording. */
export interface Match {
  readonly kind: FindingKind;
  readonly start: number;
  readonly end: number;
  /** Only when the wording depends on what was found (an age's life stage, a ward or a hospital). */
  readonly placeholder?: string;
  readonly message?: string;
}

export type Detector = (text: string) => Match[];
