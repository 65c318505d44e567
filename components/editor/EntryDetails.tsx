import { useId, useMemo, useState } from 'preact/hooks';
import { rolesInUse } from '../../app/journal/derived';
import { ENTRY_KINDS, type EntryKind, kindsToChoose } from '../../lib/entries/kinds';
import { type EntryPatch, FEEDBACK_SOURCES } from '../../lib/entries/schema';
import { parseTags } from '../../lib/entries/tags';
import { useJournal } from '../hooks/useJournal';
import { useWorkbenchState } from '../workbench/context';

export type DetailsValue = Required<Pick<EntryPatch, 'kind' | 'occurredOn' | 'tags' | 'starred'>> &
  Pick<EntryPatch, 'role' | 'cpdHours' | 'feedbackFrom' | 'feedbackExercise'>;

const FEEDBACK_LABELS = { colleague: 'A colleague', patient: 'A patient or carer', other: 'Someone else' } as const;

/** Kind, date, role, tags and the fields a kind adds (CPD hours, feedback source). */
export function EntryDetails(props: { value: DetailsValue; readOnly: boolean; onChange(patch: EntryPatch): void }) {
  const { value, readOnly, onChange } = props;
  const [tagText, setTagText] = useState(value.tags.join(', '));
  const roles = useRoleSuggestions();
  const countsAsCpd = value.kind === 'cpd' || value.kind === 'teaching';
  const kindId = useId();

  return (
    <fieldset class="entry-details" disabled={readOnly}>
      <legend class="visually-hidden">Entry details</legend>
      <div class="field">
        <label class="field__label" for={`${kindId}-select`}>
          Kind
        </label>
        {/* Named by its label alone: the hint is a description, not part of the name. */}
        <select
          id={`${kindId}-select`}
          value={value.kind}
          aria-describedby={`${kindId}-hint`}
          onChange={(event) => onChange({ kind: event.currentTarget.value as EntryKind })}
        >
          {kindsToChoose(value.kind).map((kind) => (
            <option key={kind} value={kind}>
              {ENTRY_KINDS[kind].label}
            </option>
          ))}
        </select>
        <span class="field__hint" id={`${kindId}-hint`}>
          {ENTRY_KINDS[value.kind].hint}
        </span>
      </div>
      <label class="field">
        <span class="field__label">Date it happened</span>
        <input
          type="date"
          value={value.occurredOn}
          required
          onChange={(event) => {
            if (event.currentTarget.value) onChange({ occurredOn: event.currentTarget.value });
          }}
        />
      </label>
      <label class="field">
        <span class="field__label">Role</span>
        <input
          type="text"
          list="entry-roles"
          placeholder="e.g. consultant, educational supervisor"
          value={value.role ?? ''}
          maxLength={120}
          onInput={(event) =>
            onChange({ role: event.currentTarget.value.trim() ? event.currentTarget.value : undefined })
          }
        />
        <datalist id="entry-roles">
          {roles.map((role) => (
            <option key={role} value={role} />
          ))}
        </datalist>
      </label>
      <label class="field">
        <span class="field__label">Tags</span>
        <input
          type="text"
          placeholder="Separate with commas"
          value={tagText}
          onInput={(event) => {
            setTagText(event.currentTarget.value);
            onChange({ tags: parseTags(event.currentTarget.value) });
          }}
          onBlur={() => setTagText(parseTags(tagText).join(', '))}
        />
      </label>
      {countsAsCpd ? (
        <label class="field">
          <span class="field__label">CPD hours or credits</span>
          <input
            type="number"
            min="0"
            max="1000"
            step="0.25"
            inputMode="decimal"
            value={value.cpdHours ?? ''}
            onInput={(event) => {
              const hours = event.currentTarget.valueAsNumber;
              onChange({ cpdHours: Number.isFinite(hours) && hours >= 0 && hours <= 1000 ? hours : undefined });
            }}
          />
        </label>
      ) : null}
      {value.kind === 'feedback' ? (
        <>
          <label class="field">
            <span class="field__label">Feedback from</span>
            <select
              value={value.feedbackFrom ?? ''}
              onChange={(event) =>
                onChange({
                  feedbackFrom: (event.currentTarget.value || undefined) as DetailsValue['feedbackFrom'],
                })
              }
            >
              <option value="">Not said</option>
              {FEEDBACK_SOURCES.map((source) => (
                <option key={source} value={source}>
                  {FEEDBACK_LABELS[source]}
                </option>
              ))}
            </select>
          </label>
          <label class="field field--inline">
            <input
              type="checkbox"
              checked={!!value.feedbackExercise}
              onChange={(event) => onChange({ feedbackExercise: event.currentTarget.checked })}
            />
            <span>A formal feedback exercise (e.g. multi-source feedback) with its report</span>
          </label>
        </>
      ) : null}
      <label class="field field--inline">
        <input
          type="checkbox"
          checked={value.starred}
          onChange={(event) => onChange({ starred: event.currentTarget.checked })}
        />
        <span>Key entry (starred): an achievement, challenge or aspiration for appraisal</span>
      </label>
    </fieldset>
  );
}

/**
 * Roles from Settings and every role written on an entry. Worked out when the journal or the roles
 * change, never per keystroke: over 50,000 entries the scan took most of each key's time.
 */
function useRoleSuggestions(): string[] {
  const configured = useWorkbenchState((state) => state.preferences.roles);
  const { entries } = useJournal();
  // The roles in use are carried from save to save (app/journal/derived.ts), not gathered from every entry.
  return useMemo(() => [...new Set([...configured, ...rolesInUse(entries ?? [])])].sort(), [configured, entries]);
}

/** A list edited as one item per line: learning points, actions. */
export function LineListField(props: {
  label: string;
  hint: string;
  items: readonly string[];
  readOnly: boolean;
  onChange(items: string[]): void;
}) {
  const [text, setText] = useState(props.items.join('\n'));
  return (
    <label class="field">
      <span class="field__label">{props.label}</span>
      <textarea
        class="line-list"
        rows={Math.min(8, Math.max(2, text.split('\n').length + 1))}
        value={text}
        readOnly={props.readOnly}
        placeholder={props.hint}
        spellcheck
        lang="en-GB"
        onInput={(event) => {
          setText(event.currentTarget.value);
          props.onChange(
            event.currentTarget.value
              .split('\n')
              .map((line) => line.replace(/^\s*[-*•]\s*/, '').trim())
              .filter(Boolean),
          );
        }}
      />
    </label>
  );
}
