import { useState } from 'preact/hooks';
import { formatIsoDate } from '../../lib/dates';
import { displayTitle, type Entry } from '../../lib/entries/schema';
import type { Inclusion } from '../../lib/summary';

const INCLUSION_LABELS: Record<Inclusion, string> = {
  none: 'Leave out',
  title: 'Title and learning points',
  full: 'Full text',
};
const LEVELS = Object.keys(INCLUSION_LABELS) as Inclusion[];

function InclusionOptions() {
  return (
    <>
      {LEVELS.map((value) => (
        <option key={value} value={value}>
          {INCLUSION_LABELS[value]}
        </option>
      ))}
    </>
  );
}

type Props = {
  entries: readonly Entry[];
  inclusionOf(id: string): Inclusion;
  setInclusion(ids: readonly string[], value: Inclusion): void;
  listsAttachments(id: string): boolean;
  setAttachments(id: string, value: boolean): void;
};

/**
 * "Choose what leaves": what each entry in the period gives the summary. Its rows are made only while it is
 * open, so a year of a thousand entries does not slow the summary's first paint.
 */
export function SummaryChoices(props: Props) {
  const { entries, inclusionOf } = props;
  const [open, setOpen] = useState(false);
  const shared = new Set(entries.map((entry) => inclusionOf(entry.id)));
  const allInclusion = shared.size === 1 ? [...shared][0] : 'mixed';
  return (
    <details class="summary__choices no-print" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        Choose what leaves: {entries.length} {entries.length === 1 ? 'entry' : 'entries'} in this period
      </summary>
      {open ? (
        <>
          <p class="page__muted">
            Entries are private. By default a summary shows each entry's title and learning points; choose the full text
            or leave an entry out. The preview below shows exactly what will be exported.
          </p>
          <label class="field field--inline">
            <span class="field__label">Every entry in this period</span>
            <select
              value={allInclusion}
              onChange={(event) => {
                const value = event.currentTarget.value;
                if (value !== 'mixed')
                  props.setInclusion(
                    entries.map((entry) => entry.id),
                    value as Inclusion,
                  );
              }}
            >
              {allInclusion === 'mixed' ? (
                <option value="mixed" disabled>
                  As chosen below
                </option>
              ) : null}
              <InclusionOptions />
            </select>
          </label>
          <table class="compare">
            <thead>
              <tr>
                <th scope="col">Entry</th>
                <th scope="col">Include</th>
                <th scope="col">Attachments</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.id}>
                  <th scope="row">
                    {displayTitle(entry)} <span class="page__muted">{formatIsoDate(entry.occurredOn)}</span>
                  </th>
                  <td>
                    <select
                      aria-label={`Include “${displayTitle(entry)}”`}
                      value={inclusionOf(entry.id)}
                      onChange={(event) => props.setInclusion([entry.id], event.currentTarget.value as Inclusion)}
                    >
                      <InclusionOptions />
                    </select>
                  </td>
                  <td>
                    <label class="field--inline">
                      <input
                        type="checkbox"
                        checked={props.listsAttachments(entry.id)}
                        onChange={(event) => props.setAttachments(entry.id, event.currentTarget.checked)}
                      />
                      <span>List by name</span>
                    </label>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </details>
  );
}
