import { useState } from 'preact/hooks';
import { type ClockState, PLANNED_LENGTH_PRESETS } from '@/utils/closing/clock';
import { endsManually, timeLeftText } from '@/utils/cue-card/cue-card';
import { t } from '@/utils/i18n';
import type { Call } from '@/utils/model';

/** Runs a call action, showing a short error when it fails (the call stays as it was). */
function useAttempt() {
  const [failed, setFailed] = useState(false);
  const attempt = (action: () => Promise<void>) => async () => {
    setFailed(false);
    try {
      await action();
    } catch {
      setFailed(true);
    }
  };
  return { failed, attempt };
}

interface CallBarProps {
  call: Call | null;
  clock: ClockState | null;
  /** A manual start is possible here (there is a tab to start it in). */
  canStart: boolean;
  onStart(): Promise<void>;
  onEnd(): Promise<void>;
}

/**
 * The header's one status line: call state, time left in whole minutes ("12 min left"), and manual start/end for
 * calls no adapter follows. The length presets are folded further down (CallLength): set once, rarely touched.
 */
export function CallBar({ call, clock, canStart, onStart, onEnd }: CallBarProps) {
  const { failed, attempt } = useAttempt();
  const live = call !== null && call.endedAt === undefined;
  return (
    <>
      <div class="row call-status">
        <span class={live ? 'badge live' : 'badge'}>
          {live ? t('panelInCall') : call ? t('panelCallEnded') : t('panelNoCall')}
        </span>
        {live && clock && (
          <span class={clock.phase === 'early' ? 'call-clock' : 'call-clock closing'} role="timer">
            {timeLeftText(clock.remainingMs)}
          </span>
        )}
        {live && endsManually(call) && (
          <button type="button" class="small end-call" onClick={attempt(onEnd)}>
            {t('panelEndCall')}
          </button>
        )}
        {!live && (
          <button type="button" class="primary small" disabled={!canStart} onClick={attempt(onStart)}>
            {t('panelStartCall')}
          </button>
        )}
      </div>
      {failed && <p class="error-text">{t('panelActionFailed')}</p>}
    </>
  );
}

/** The planned length presets (30/45/60), folded: the summary says which applies. */
export function CallLength({
  plannedMinutes,
  onPreset,
}: {
  plannedMinutes: number;
  onPreset(minutes: number): Promise<void>;
}) {
  const { failed, attempt } = useAttempt();
  return (
    <details class="panel-fold call-length">
      <summary>{t('panelLengthSummary', plannedMinutes)}</summary>
      <fieldset class="presets">
        <legend class="visually-hidden">{t('panelLengthLabel')}</legend>
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
      {failed && <p class="error-text">{t('panelActionFailed')}</p>}
    </details>
  );
}
