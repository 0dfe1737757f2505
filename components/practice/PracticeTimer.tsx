import { useEffect, useState } from 'preact/hooks';
import { request } from '@/utils/api/client';
import { type MessageKey, t } from '@/utils/i18n';
import type { Id, PracticeSession } from '@/utils/model';
import { type BandStatus, formatDuration, speakingBand } from '@/utils/practice/practice';
import { SPEAKING_BAND_MINUTES } from '@/utils/stories/hints';

const RATINGS: Array<{ value: PracticeSession['rating']; label: MessageKey }> = [
  { value: 1, label: 'practiceRating1' },
  { value: 2, label: 'practiceRating2' },
  { value: 3, label: 'practiceRating3' },
  { value: 4, label: 'practiceRating4' },
];

const BAND_TEXT: Record<BandStatus, MessageKey> = {
  short: 'rehearsalBandShort',
  ok: 'rehearsalBandOk',
  long: 'rehearsalBandLong',
};

/** A stopwatch against the 1.5-3 minute band, then a self-rating of delivery that is saved to the practice log. */
export function PracticeTimer({ storyId, question }: { storyId: Id; question: string }) {
  const [startedAt, setStartedAt] = useState<number | null>(null);
  const [seconds, setSeconds] = useState<number | null>(null);
  const [now, setNow] = useState(Date.now());
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved' | 'error'>('idle');

  useEffect(() => {
    if (startedAt === null) return;
    const interval = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(interval);
  }, [startedAt]);

  const running = startedAt !== null;
  const elapsed = running ? (now - startedAt) / 1000 : (seconds ?? 0);
  const band = speakingBand(elapsed);

  const start = () => {
    const at = Date.now();
    setStartedAt(at);
    setNow(at);
    setSeconds(null);
    setStatus('idle');
  };
  const stop = () => {
    if (startedAt === null) return;
    setSeconds(Math.round((Date.now() - startedAt) / 1000));
    setStartedAt(null);
  };
  /** Rating is the last step of a rehearsal, so choosing one saves it. */
  const save = async (rating: PracticeSession['rating']) => {
    if (seconds === null) return;
    setStatus('saving');
    try {
      await request('practice.record', { storyId, question, seconds, rating });
      setStatus('saved');
      setSeconds(null);
    } catch {
      setStatus('error');
    }
  };

  return (
    <div class="rehearsal stack">
      <p class="muted">
        {t('rehearsalBand', [
          formatDuration(SPEAKING_BAND_MINUTES.min * 60),
          formatDuration(SPEAKING_BAND_MINUTES.max * 60),
        ])}
      </p>
      <div class="row">
        <span class={`stopwatch band-${band}`} role="timer" aria-label={t('rehearsalElapsed')}>
          {formatDuration(elapsed)}
        </span>
        <span class={`band band-${band}`}>{running || seconds !== null ? t(BAND_TEXT[band]) : ''}</span>
      </div>
      <div class="row">
        {running ? (
          <button type="button" class="primary" onClick={stop}>
            {t('rehearsalStop')}
          </button>
        ) : (
          <button type="button" class="primary" onClick={start}>
            {seconds === null ? t('practiceTimerStart') : t('rehearsalRestart')}
          </button>
        )}
      </div>
      {seconds !== null && !running && (
        <fieldset class="rating" aria-describedby="practice-rating-help">
          <legend>{t('practiceRatingLegend')}</legend>
          <div class="row">
            {RATINGS.map(({ value, label }) => (
              <button key={value} type="button" disabled={status === 'saving'} onClick={() => void save(value)}>
                {t(label)}
              </button>
            ))}
          </div>
          <p id="practice-rating-help" class="muted">
            {t('practiceRatingHelp')}
          </p>
        </fieldset>
      )}
      <p role="status" class="status">
        {status === 'saved' ? t('practiceSaved') : status === 'error' ? t('practiceSaveFailed') : ''}
      </p>
    </div>
  );
}
