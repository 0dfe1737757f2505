import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useLive } from '@/components/ui/use-live';
import { request } from '@/utils/api/client';
import { t } from '@/utils/i18n';

/**
 * Heads-ups before interviews: off by default; turning them on asks for the optional `notifications` permission
 * (in the click's own task, or the browser refuses), and they stay on only if it was granted.
 */
export function HeadsUpSettings() {
  const settings = useLive('settings.get', undefined);
  const [status, setStatus] = useState('');
  const ready = settings.status === 'ready';

  /**
   * Heads-ups and follow-up reminders share the one permission: switching one off gives it back only when the other
   * is off too. Follow-up reminders have their own switch since a nudge about a thank-you note a day after the call
   * is not what everyone who wants a heads-up before the call wants.
   */
  const toggle = (key: 'headsUp' | 'followUpReminders', on: boolean) => {
    const other = key === 'headsUp' ? 'followUpReminders' : 'headsUp';
    const keep = ready && settings.value[other];
    const asked = on
      ? browser.permissions.request({ permissions: ['notifications'] })
      : keep
        ? Promise.resolve(false)
        : browser.permissions.remove({ permissions: ['notifications'] }).then(() => false);
    void asked
      .then(async (granted) => {
        await request('settings.update', { [key]: on && granted });
        setStatus(on && !granted ? t(key === 'headsUp' ? 'headsUpDenied' : 'followUpRemindersDenied') : '');
      })
      .catch(() => setStatus(t('headsUpFailed')));
  };

  return (
    <fieldset class="card stack">
      <legend>{t('headsUpHeading')}</legend>
      <label class="check">
        <input
          type="checkbox"
          checked={ready && settings.value.headsUp}
          disabled={!ready}
          onChange={(event) => toggle('headsUp', event.currentTarget.checked)}
        />
        {t('headsUpToggle')}
      </label>
      <label class="check">
        <input
          type="checkbox"
          checked={ready && settings.value.followUpReminders}
          disabled={!ready}
          onChange={(event) => toggle('followUpReminders', event.currentTarget.checked)}
        />
        {t('followUpRemindersToggle')}
      </label>
      <div class="field">
        <label for="heads-up-minutes">{t('headsUpMinutesLabel')}</label>
        <input
          id="heads-up-minutes"
          type="number"
          min={1}
          max={24 * 60}
          value={ready ? settings.value.headsUpMinutes : ''}
          disabled={!ready}
          onChange={(event) => {
            const minutes = Number(event.currentTarget.value);
            if (Number.isInteger(minutes) && minutes >= 1 && minutes <= 24 * 60) {
              void request('settings.update', { headsUpMinutes: minutes });
            }
          }}
        />
      </div>
      <p role="status" class="status">
        {status}
      </p>
    </fieldset>
  );
}
