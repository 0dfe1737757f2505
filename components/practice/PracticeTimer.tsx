import { useEffect, useRef, useState } from 'preact/hooks';
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

/** An unrated rehearsal kept in the form backup, so leaving the view or the story does not drop it silently. */
const pendingKey = (storyId: Id) => `practice:${storyId}`;

interface Pending {
  question: string;
  seconds: number;
}

function readPending(value: unknown): Pending | null {
  const v = value as Partial<Pending> | null;
  return typeof v?.seconds === 'number' && Number.isFinite(v.seconds) && typeof v.question === 'string'
    ? { question: v.question, seconds: v.seconds }
    : null;
}

/**
 * A stopwatch against the 1.5-3 minute band, then a self-rating of delivery, saved to the practice log with "Save
 * rating". A stopped rehearsal not yet rated is kept (in the form backup) until it is saved or knowingly dropped.
 */
export function PracticeTimer({ storyId, question }: { storyId: Id; question: string }) {
  const [startedAt, setStartedAt] = useState<number | null>(null);
  const [stopped, setStopped] = useState<Pending | null>(null);
  const [rating, setRating] = useState<PracticeSession['rating'] | null>(null);
  const [confirmDrop, setConfirmDrop] = useState(false);
  const [now, setNow] = useState(Date.now());
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved' | 'error'>('idle');
  /** The user started a run here: a kept rehearsal arriving late must not replace it. */
  const started = useRef(false);

  useEffect(() => {
    if (startedAt === null) return;
    const interval = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(interval);
  }, [startedAt]);

  // A rehearsal stopped and left unrated last time comes back, waiting for its rating.
  useEffect(() => {
    let current = true;
    request('formBackup.get', pendingKey(storyId))
      .then((value) => {
        const pending = readPending(value);
        if (current && pending && !started.current) setStopped(pending);
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [storyId]);

  const keep = (pending: Pending | null) => {
    setStopped(pending);
    const key = pendingKey(storyId);
    void (pending ? request('formBackup.put', { key, value: pending }) : request('formBackup.delete', key)).catch(
      () => undefined,
    );
  };

  const running = startedAt !== null;
  const seconds = stopped?.seconds ?? null;
  const elapsed = running ? (now - startedAt) / 1000 : (seconds ?? 0);
  const band = speakingBand(elapsed);

  const start = () => {
    // An unrated rehearsal is not thrown away on the first click: the user is told, and a second click drops it.
    if (stopped && !confirmDrop) {
      setConfirmDrop(true);
      return;
    }
    started.current = true;
    const at = Date.now();
    setStartedAt(at);
    setNow(at);
    keep(null);
    setRating(null);
    setConfirmDrop(false);
    setStatus('idle');
  };
  const stop = () => {
    if (startedAt === null) return;
    keep({ question, seconds: Math.round((Date.now() - startedAt) / 1000) });
    setStartedAt(null);
  };
  const save = async (event: Event) => {
    event.preventDefault();
    if (!stopped || rating === null) return;
    setStatus('saving');
    try {
      await request('practice.record', { storyId, question: stopped.question, seconds: stopped.seconds, rating });
      setStatus('saved');
      keep(null);
      setRating(null);
      setConfirmDrop(false);
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
          <button type="button" class={seconds === null ? 'primary' : undefined} onClick={start}>
            {seconds === null ? t('practiceTimerStart') : t('rehearsalRestart')}
          </button>
        )}
      </div>
      {seconds !== null && !running && (
        <form class="stack" onSubmit={save}>
          <fieldset class="rating" aria-describedby="practice-rating-help">
            <legend>{t('practiceRatingLegend')}</legend>
            <div class="row">
              {RATINGS.map(({ value, label }) => (
                <button
                  key={value}
                  type="button"
                  aria-pressed={rating === value}
                  onClick={() => {
                    setRating(value);
                    setConfirmDrop(false);
                  }}
                >
                  {t(label)}
                </button>
              ))}
            </div>
            <p id="practice-rating-help" class="muted">
              {t('practiceRatingHelp')}
            </p>
          </fieldset>
          <div>
            <button type="submit" class="primary" disabled={rating === null || status === 'saving'}>
              {t('practiceSaveRating')}
            </button>
          </div>
        </form>
      )}
      <p role="status" class="status">
        {confirmDrop
          ? t('practiceUnratedDrop')
          : status === 'saved'
            ? t('practiceSaved')
            : status === 'error'
              ? t('practiceSaveFailed')
              : ''}
      </p>
    </div>
  );
}
