import { useEffect, useState } from 'preact/hooks';
import { useLive } from '@/components/ui/use-live';
import { request } from '@/utils/api/client';
import { t } from '@/utils/i18n';

export const REMINDER_RANGE = { min: 1, max: 60 } as const;
export const LENGTH_RANGE = { min: 10, max: 240 } as const;

/** A whole number of minutes inside the range, or null: "8.5", "", "-3" and "600" are not accepted. */
export function minutesInRange(text: string, range: { min: number; max: number }): number | null {
  if (!/^\s*\d+\s*$/.test(text)) return null;
  const value = Number(text);
  return value >= range.min && value <= range.max ? value : null;
}

type Status = { kind: 'ok' | 'error'; text: string } | null;

/** When the closing checklist comes forward, and how long a call is planned when its plan does not say. */
export function CallDefaults() {
  const settings = useLive('settings.get', undefined);
  const [reminder, setReminder] = useState('');
  const [length, setLength] = useState('');
  const [status, setStatus] = useState<Status>(null);
  const loaded = settings.status === 'ready';

  // Filled once from the stored values; later pushes must not overwrite what the user is typing.
  useEffect(() => {
    if (settings.status !== 'ready') return;
    setReminder((value) => value || String(settings.value.reminderMinutes));
    setLength((value) => value || String(settings.value.defaultPlannedMinutes));
  }, [loaded]);

  const save = async (event: Event) => {
    event.preventDefault();
    const reminderMinutes = minutesInRange(reminder, REMINDER_RANGE);
    const defaultPlannedMinutes = minutesInRange(length, LENGTH_RANGE);
    if (reminderMinutes === null) {
      setStatus({ kind: 'error', text: t('settingsReminderInvalid', [REMINDER_RANGE.min, REMINDER_RANGE.max]) });
      return;
    }
    if (defaultPlannedMinutes === null) {
      setStatus({ kind: 'error', text: t('settingsLengthInvalid', [LENGTH_RANGE.min, LENGTH_RANGE.max]) });
      return;
    }
    try {
      await request('settings.update', { reminderMinutes, defaultPlannedMinutes });
      setStatus({ kind: 'ok', text: t('settingsSaved') });
    } catch {
      setStatus({ kind: 'error', text: t('checklistEditorFailed') });
    }
  };

  return (
    <section class="card stack" aria-labelledby="call-defaults-heading">
      <h2 id="call-defaults-heading">{t('settingsCallDefaultsHeading')}</h2>
      {/* Our own check, so the reason is written in the page rather than in a transient browser bubble. */}
      <form class="stack" noValidate onSubmit={save}>
        <div class="field">
          <label for="setting-reminder">{t('settingsReminderMinutes')}</label>
          <input
            id="setting-reminder"
            type="number"
            inputMode="numeric"
            min={REMINDER_RANGE.min}
            max={REMINDER_RANGE.max}
            step={1}
            value={reminder}
            disabled={!loaded}
            onInput={(event) => setReminder(event.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for="setting-length">{t('settingsDefaultLength')}</label>
          <input
            id="setting-length"
            type="number"
            inputMode="numeric"
            min={LENGTH_RANGE.min}
            max={LENGTH_RANGE.max}
            step={1}
            value={length}
            disabled={!loaded}
            onInput={(event) => setLength(event.currentTarget.value)}
          />
        </div>
        <div class="row">
          <button type="submit" class="primary" disabled={!loaded}>
            {t('settingsSave')}
          </button>
        </div>
        <p role="status" class={status?.kind === 'error' ? 'status error-text' : 'status'}>
          {status?.text ?? ''}
        </p>
      </form>
    </section>
  );
}
