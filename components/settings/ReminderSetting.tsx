import { useEffect, useState } from 'preact/hooks';
import { DAY_NAMES, type ReminderSettings } from '../../lib/reminders';
import { useWorkbench } from '../workbench/context';

/** The opt-in weekly reminder: off until switched on; day and time chosen. */
export function ReminderSetting() {
  const wb = useWorkbench();
  const [reminder, setReminder] = useState<ReminderSettings | null>(null);
  useEffect(() => {
    void wb.platform.loadReminder?.().then(setReminder);
  }, [wb]);
  if (!reminder || !wb.platform.saveReminder) return null;

  const save = async (patch: Partial<ReminderSettings>) => {
    const next = { ...reminder, ...patch };
    setReminder(next);
    await wb.platform.saveReminder?.(next);
  };

  return (
    <fieldset class="setting rating">
      <legend class="field__label">Reminder to reflect</legend>
      <label class="field--inline">
        <input
          type="checkbox"
          checked={reminder.enabled}
          onChange={(event) => void save({ enabled: event.currentTarget.checked })}
        />
        <span>Remind me each week</span>
      </label>
      {reminder.enabled ? (
        <div class="plan__row">
          <label class="field">
            <span class="field__label">Day</span>
            <select value={reminder.day} onChange={(event) => void save({ day: Number(event.currentTarget.value) })}>
              {DAY_NAMES.map((name, day) => (
                <option key={name} value={day}>
                  {name}
                </option>
              ))}
            </select>
          </label>
          <label class="field">
            <span class="field__label">Time</span>
            <input
              type="time"
              value={reminder.time}
              onChange={(event) => {
                if (/^\d\d:\d\d$/.test(event.currentTarget.value)) void save({ time: event.currentTarget.value });
              }}
            />
          </label>
        </div>
      ) : null}
      <span class="field__hint">A notification from the browser; nothing is sent anywhere.</span>
    </fieldset>
  );
}
