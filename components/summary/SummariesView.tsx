import { useState } from 'preact/hooks';
import {
  appraisalYear,
  customPeriod,
  lastTwelveMonths,
  localIsoDate,
  type Period,
  revalidationCycle,
} from '../../lib/dates';
import { CommandButton } from '../shell/CommandButton';
import { ViewHeader } from '../shell/ViewHeader';
import { useWorkbench, useWorkbenchState } from '../workbench/context';

type PeriodChoice = 'appraisal' | 'last12' | 'revalidation' | 'custom';

/** Summaries: the period they cover, and the summary, review and plan pages. */
export function SummariesView() {
  const wb = useWorkbench();
  const period = useWorkbenchState((state) => state.summaryPeriod);
  const preferences = useWorkbenchState((state) => state.preferences);
  const [choice, setChoice] = useState<PeriodChoice>('last12');
  const [from, setFrom] = useState(period.start);
  const [to, setTo] = useState(period.end);

  const choose = (next: PeriodChoice, range = { from, to }) => {
    setChoice(next);
    let summaryPeriod: Period = lastTwelveMonths(localIsoDate());
    if (next === 'appraisal' && preferences.appraisalDate) summaryPeriod = appraisalYear(preferences.appraisalDate);
    if (next === 'revalidation' && preferences.revalidationDate)
      summaryPeriod = revalidationCycle(preferences.revalidationDate);
    if (next === 'custom' && range.from && range.to) summaryPeriod = customPeriod(range.from, range.to);
    wb.store.set({ summaryPeriod });
  };

  return (
    <section class="view" aria-labelledby="summaries-view-title">
      <ViewHeader titleId="summaries-view-title" title="Summaries" />
      <div class="view__body">
        <label class="field">
          <span class="field__label">Period</span>
          <select value={choice} onChange={(event) => choose(event.currentTarget.value as PeriodChoice)}>
            <option value="last12">Last 12 months</option>
            <option value="appraisal" disabled={!preferences.appraisalDate}>
              Appraisal year{preferences.appraisalDate ? '' : ' (set the date in Settings)'}
            </option>
            <option value="revalidation" disabled={!preferences.revalidationDate}>
              Revalidation cycle{preferences.revalidationDate ? '' : ' (set the date in Settings)'}
            </option>
            <option value="custom">Custom dates</option>
          </select>
          <span class="field__hint">{period.label}</span>
        </label>
        {choice === 'custom' ? (
          <div class="plan__row">
            <label class="field">
              <span class="field__label">From</span>
              <input
                type="date"
                value={from}
                onChange={(event) => {
                  setFrom(event.currentTarget.value);
                  choose('custom', { from: event.currentTarget.value, to });
                }}
              />
            </label>
            <label class="field">
              <span class="field__label">To</span>
              <input
                type="date"
                value={to}
                onChange={(event) => {
                  setTo(event.currentTarget.value);
                  choose('custom', { from, to: event.currentTarget.value });
                }}
              />
            </label>
          </div>
        ) : null}
        <ul class="summaries__list">
          <li>
            <CommandButton command="summary.openAppraisal" class="link-button" label="Appraisal summary" />
          </li>
          <li>
            <CommandButton command="summary.openRevalidation" class="link-button" label="Revalidation view" />
          </li>
          <li>
            <CommandButton command="summary.openTraining" class="link-button" label="Training review (ARCP)" />
          </li>
          <li>
            <CommandButton command="summary.reviewPlan" class="link-button" label="Development plan" />
          </li>
        </ul>
      </div>
    </section>
  );
}
