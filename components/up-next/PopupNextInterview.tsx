import { Video } from 'lucide-preact';
import { browser } from 'wxt/browser';
import { useNow } from '@/components/ui/use-now';
import { formatDateTime } from '@/utils/format';
import { t } from '@/utils/i18n';
import type { Plan } from '@/utils/model';
import { meetingLinkForDisplay } from '@/utils/plans/plans';
import { countdownText, nextInterview } from '@/utils/up-next/up-next';
import { reviewHref } from './routes';

/** Company · round: what the candidate knows the interview by; the role is the same across a loop. */
function popupCaption(plan: Plan): string {
  return [plan.company, plan.round]
    .map((part) => part.trim())
    .filter(Boolean)
    .join(' · ');
}

const dashboardUrl = (hash: string) => `${browser.runtime.getURL('/dashboard.html')}${hash}`;

/**
 * The toolbar popup's lead: the next interview (the cue card's and Up next's rule), its countdown, and the one
 * thing to do about it: Join its meeting link, or open its stories as flashcards on Up next (or the plan, when nothing
 * is pinned yet). Links, so they open
 * in a new tab as links do from a popup.
 */
export function PopupNextInterview({ plans }: { plans: readonly Plan[] }) {
  const now = useNow();
  const plan = nextInterview(plans, now);
  if (!plan) {
    return (
      <section class="popup-next stack" aria-labelledby="popup-next-heading">
        <h2 id="popup-next-heading">{t('upNextInterviewHeading')}</h2>
        <p class="muted">{t('popupNoInterview')}</p>
        <a class="button primary" href={dashboardUrl('#/plans')} target="_blank" rel="noopener">
          {t('upNextMakePlan')}
        </a>
      </section>
    );
  }
  const countdown =
    plan.scheduledAt === undefined ? null : (countdownText(plan.scheduledAt - now) ?? t('upNextStarted'));
  const link = meetingLinkForDisplay(plan.meetingUrl.trim());
  const canJoin = /^https?:\/\//i.test(link);
  return (
    <section class="popup-next stack" aria-labelledby="popup-next-heading">
      <h2 id="popup-next-heading">{t('upNextInterviewHeading')}</h2>
      <p class="popup-next-caption">{popupCaption(plan) || t('panelPlanUntitled')}</p>
      <p class="row spread popup-next-when">
        {countdown !== null && (
          <span class="countdown" role="timer" aria-label={t('upNextCountdownLabel')}>
            {countdown}
          </span>
        )}
        <span class="muted">
          {plan.scheduledAt === undefined ? t('upNextUnscheduled') : formatDateTime(plan.scheduledAt)}
        </span>
      </p>
      <div class="row">
        {canJoin && (
          <a class="button primary" href={link} target="_blank" rel="noopener noreferrer">
            <Video size={16} aria-hidden="true" focusable="false" />
            {t('planJoinMeeting')}
          </a>
        )}
        {/* Nothing pinned, nothing to review: the plan is where to pin them. */}
        <a
          class={canJoin ? 'button' : 'button primary'}
          href={dashboardUrl(
            plan.pinnedStoryIds.length > 0 ? reviewHref(plan) : `#/plans/${encodeURIComponent(plan.id)}`,
          )}
          target="_blank"
          rel="noopener"
        >
          {plan.pinnedStoryIds.length > 0 ? t('upNextReviewNow') : t('upNextEditPlan')}
        </a>
      </div>
    </section>
  );
}
