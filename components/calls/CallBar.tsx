import { useState } from 'preact/hooks';
import { type ClockState, formatClock, PLANNED_LENGTH_PRESETS } from '@/utils/closing/clock';
import { t } from '@/utils/i18n';
import type { Call } from '@/utils/model';
import { endsManually } from '../../utils/cue-card/cue-card';

interface CallBarProps {
  call: Call | null;
  clock: ClockState | null;
  /** The call's planned length as the clock uses it, to show which preset applies. */
  plannedMinutes: number;
  /** A manual start is possible here (there is a tab to start it in). */
  canStart: boolean;
  onStart(): Promise<void>;
  onEnd(): Promise<void>;
  onPreset(minutes: number): Promise<void>;
}

/** Call state, the discreet clock, the length presets, and manual start/end for calls no adapter follows. */
export function CallBar({ call, clock, plannedMinutes, canStart, onStart, onEnd, onPreset }: CallBarProps) {
  const [failed, setFailed] = useState(false);
  const live = call !== null && call.endedAt === undefined;
  const attempt = (action: () => Promise<void>) => async () => {
    setFailed(false);
    try {
      await action();
    } catch {
      setFailed(true);
    }
  };

  return (
    <div class="call-bar stack">
      <div class="row call-status">
        <span class={live ? 'badge live' : 'badge'}>
          {live ? t('panelInCall') : call ? t('panelCallEnded') : t('panelNoCall')}
        </span>
        {clock && (
          <span class="call-clock" role="timer">
            <span>{t('panelClockElapsed', formatClock(clock.elapsedMs))}</span>
            {' · '}
            <span class={clock.phase === 'early' ? '' : 'closing'}>
              {clock.remainingMs >= 0
                ? t('panelClockRemaining', formatClock(clock.remainingMs))
                : t('panelClockOvertime', formatClock(-clock.remainingMs))}
            </span>
          </span>
        )}
      </div>
      {live && (
        <div class="row call-controls">
          <fieldset class="presets">
            <legend>{t('panelLengthLabel')}</legend>
            {PLANNED_LENGTH_PRESETS.map((minutes) => (
              <button
                key={minutes}
                type="button"
                class="small"
                aria-pressed={plannedMinutes === minutes}
                onClick={attempt(() => onPreset(minutes))}
              >
                {t('panelLengthPreset', minutes)}
              </button>
            ))}
          </fieldset>
          {endsManually(call) && (
            <button type="button" class="small end-call" onClick={attempt(onEnd)}>
              {t('panelEndCall')}
            </button>
          )}
        </div>
      )}
      {!live && (
        <div class="row">
          <button type="button" class="primary" disabled={!canStart} onClick={attempt(onStart)}>
            {t('panelStartCall')}
          </button>
        </div>
      )}
      {failed && <p class="error-text">{t('panelActionFailed')}</p>}
    </div>
  );
}
