import { Pencil } from 'lucide-preact';
import './up-next.css';
import { useEffect, useState } from 'preact/hooks';
import { OfferDeadlines } from '@/components/offers/OfferDeadlines';
import { useLive, valueOr } from '@/components/ui/use-live';
import { useNow } from '@/components/ui/use-now';
import { request } from '@/utils/api/client';
import { planCaption } from '@/utils/cue-card/cue-card';
import { formatDate, formatDateTime } from '@/utils/format';
import { t } from '@/utils/i18n';
import { followUpState, type OpenFollowUp } from '@/utils/journal/follow-ups';
import type { Plan, Story } from '@/utils/model';
import { pinnedStoriesOf } from '@/utils/plans/plans';
import { countdownText, nextInterview, stalePinned } from '@/utils/up-next/up-next';
import { GuidedStart } from './GuidedStart';
import { PlanReview } from './PlanReview';
import { reviewHref } from './routes';

const planHref = (plan: Plan) => `#/plans/${encodeURIComponent(plan.id)}`;

/**
 * The dashboard's home: what the candidate has to do next, between interviews. The next interview with a live
 * countdown and what they pinned for it, the journal drafts and follow-ups waiting, and pinned stories gone stale.
 * `#/up-next/review/<planId>` opens a plan's pinned stories as flashcards.
 */
export function UpNextView({ route = [] }: { route?: string[] }) {
  const plansResult = useLive('plans.list', undefined);
  const plans = valueOr(plansResult, []);
  const storiesResult = useLive('stories.list', {});
  const stories = valueOr(storiesResult, []);
  const now = useNow();

  if (route[0] === 'review') {
    const plan = plans.find((candidate) => candidate.id === route[1]);
    if (plansResult.status !== 'ready' || storiesResult.status !== 'ready') return null;
    return plan ? (
      <PlanReview plan={plan} stories={pinnedStoriesOf(plan, stories)} />
    ) : (
      <div class="stack">
        <p class="muted">{t('upNextReviewMissing')}</p>
        <a href="#/up-next">{t('upNextReviewBack')}</a>
      </div>
    );
  }

  return (
    <div class="stack up-next">
      <h1>{t('upNextHeading')}</h1>
      <GuidedStart
        stories={storiesResult.status === 'ready' ? stories : null}
        plans={plansResult.status === 'ready' ? plans : null}
      />
      <NextInterview plan={nextInterview(plans, now)} stories={stories} now={now} />
      <div class="up-next-grid">
        <OfferDeadlines now={now} />
        <FollowUps now={now} />
        <DraftsWaiting />
        <StaleStories plans={plans} stories={stories} now={now} />
      </div>
    </div>
  );
}

function NextInterview({ plan, stories, now }: { plan: Plan | null; stories: readonly Story[]; now: number }) {
  if (!plan) {
    return (
      <section class="card stack" aria-labelledby="up-next-interview">
        <h2 id="up-next-interview">{t('upNextInterviewHeading')}</h2>
        <p class="muted">{t('upNextNoInterview')}</p>
        <a class="button primary" href="#/plans">
          {t('upNextMakePlan')}
        </a>
      </section>
    );
  }
  const pinned = pinnedStoriesOf(plan, stories);
  const countdown =
    plan.scheduledAt === undefined ? null : (countdownText(plan.scheduledAt - now) ?? t('upNextStarted'));
  return (
    <section class="card stack next-interview" aria-labelledby="up-next-interview">
      <h2 id="up-next-interview">{t('upNextInterviewHeading')}</h2>
      <div class="row spread">
        <p class="next-caption">{planCaption(plan) || t('panelPlanUntitled')}</p>
        {countdown !== null && (
          <span class="countdown" role="timer" aria-label={t('upNextCountdownLabel')}>
            {countdown}
          </span>
        )}
      </div>
      <p class="muted">{plan.scheduledAt === undefined ? t('upNextUnscheduled') : formatDateTime(plan.scheduledAt)}</p>
      <h3>{t('upNextPinnedHeading')}</h3>
      {pinned.length === 0 ? (
        <p class="muted">{t('upNextNoPinned')}</p>
      ) : (
        <ol class="list stack" aria-label={t('upNextPinnedHeading')}>
          {pinned.map((story) => (
            <li key={story.id}>
              <strong>{story.title || t('storyUntitled')}</strong>
              {story.hook.trim() && <span class="story-hook"> {story.hook}</span>}
            </li>
          ))}
        </ol>
      )}
      {plan.pitch.trim() && (
        <>
          <h3>{t('upNextPitchHeading')}</h3>
          <p>{plan.pitch}</p>
        </>
      )}
      <div class="row">
        {pinned.length > 0 && (
          <a class="button primary" href={reviewHref(plan)}>
            {t('upNextReviewNow')}
          </a>
        )}
        <a class="button" href={planHref(plan)}>
          <Pencil size={16} aria-hidden="true" focusable="false" />
          {t('upNextEditPlan')}
        </a>
      </div>
    </section>
  );
}

function FollowUps({ now }: { now: number }) {
  const open = valueOr(useLive('journal.followUps', undefined), []);
  const [error, setError] = useState('');
  // Ticked and on its way to the background: shown checked until the live list drops it (the countdown re-renders
  // this list every second, and a checkbox drawn from `done` alone would untick itself meanwhile).
  const [ticking, setTicking] = useState<ReadonlySet<string>>(new Set());
  const keyOf = (followUp: OpenFollowUp) => `${followUp.entryId}-${followUp.index}`;
  // Once the list no longer has it, a ticked key is forgotten (it would show ticked if it ever came back open).
  useEffect(() => {
    const present = new Set(open.map(keyOf));
    setTicking((keys) =>
      [...keys].every((key) => present.has(key)) ? keys : new Set([...keys].filter((key) => present.has(key))),
    );
  }, [open]);
  const soon = open.filter((followUp) => {
    const state = followUpState(followUp, now);
    return state === 'overdue' || state === 'due' || state === 'undated';
  });
  const later = open.length - soon.length;
  const tick = async (followUp: OpenFollowUp) => {
    const key = keyOf(followUp);
    setError('');
    setTicking((keys) => new Set(keys).add(key));
    try {
      await request('journal.completeFollowUp', { entryId: followUp.entryId, index: followUp.index });
    } catch (cause) {
      setError(t('upNextFollowUpFailed', cause instanceof Error ? cause.message : String(cause)));
      setTicking((keys) => {
        const next = new Set(keys);
        next.delete(key);
        return next;
      });
    }
  };
  return (
    <section class="card stack" aria-labelledby="up-next-follow-ups">
      <h2 id="up-next-follow-ups">{t('upNextFollowUpsHeading')}</h2>
      {soon.length === 0 && <p class="muted">{t('upNextNoFollowUps')}</p>}
      <ul class="list stack" aria-label={t('upNextFollowUpsHeading')}>
        {soon.map((followUp) => {
          const state = followUpState(followUp, now);
          const when =
            followUp.due === undefined
              ? t('upNextFollowUpUndated')
              : state === 'overdue'
                ? t('upNextFollowUpOverdue', formatDateTime(followUp.due))
                : t('upNextFollowUpDue', formatDateTime(followUp.due));
          return (
            <li key={keyOf(followUp)} class={`follow-up follow-up-${state}`}>
              <label class="choice">
                <input
                  type="checkbox"
                  checked={ticking.has(keyOf(followUp))}
                  disabled={ticking.has(keyOf(followUp))}
                  onChange={() => void tick(followUp)}
                />
                {followUp.text}
              </label>
              <span class="muted">
                {' '}
                {planCaption({ company: followUp.company, role: '', round: followUp.round })} · {when}
              </span>
            </li>
          );
        })}
      </ul>
      {later > 0 && <p class="muted">{t('upNextFollowUpsLater', later)}</p>}
      {error && (
        <p role="alert" class="error-text">
          {error}
        </p>
      )}
    </section>
  );
}

function DraftsWaiting() {
  const pending = valueOr(useLive('journal.pendingDrafts', undefined), { count: 0, latest: [] });
  return (
    <section class="card stack" aria-labelledby="up-next-drafts">
      <h2 id="up-next-drafts">
        {t('upNextDraftsHeading')} {pending.count > 0 && <span class="badge">{pending.count}</span>}
      </h2>
      {pending.count === 0 ? (
        <p class="muted">{t('upNextNoDrafts')}</p>
      ) : (
        <ul class="list stack">
          {pending.latest.map((draft) => (
            <li key={draft.id}>
              <a href={`#/journal/${encodeURIComponent(draft.id)}`}>
                {t('upNextDraftOpen', planCaption(draft) || formatDate(draft.date))}
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function StaleStories({ plans, stories, now }: { plans: readonly Plan[]; stories: readonly Story[]; now: number }) {
  const lastPractised = valueOr(useLive('upNext.lastPractised', undefined), {});
  const stale = stalePinned({ plans, stories, lastPractised, now });
  if (stale.length === 0) return null;
  return (
    <section class="card stack" aria-labelledby="up-next-stale">
      <h2 id="up-next-stale">{t('upNextStaleHeading')}</h2>
      <ul class="list stack">
        {stale.map(({ story, lastAt }) => (
          <li key={story.id}>
            <strong>{story.title || t('storyUntitled')}</strong>{' '}
            <span class="muted">
              {lastAt === undefined ? t('upNextStaleNever') : t('upNextStaleSince', formatDate(lastAt))}
            </span>
          </li>
        ))}
      </ul>
      <a class="button" href="#/practice">
        {t('upNextPractise')}
      </a>
    </section>
  );
}
