import { useState } from 'preact/hooks';
import { PracticeTimer } from '@/components/practice/PracticeTimer';
import { StarBullets } from '@/components/practice/StarBullets';
import { planCaption } from '@/utils/cue-card/cue-card';
import { t } from '@/utils/i18n';
import type { Plan, Story } from '@/utils/model';

/**
 * A plan's pinned stories as flashcards, in the plan's order: the hook first (what the candidate must remember),
 * the STAR beats on request, and the practice timer, whose rating goes to the practice log like any rehearsal.
 */
export function PlanReview({ plan, stories }: { plan: Plan; stories: readonly Story[] }) {
  const [position, setPosition] = useState(0);
  const [showStar, setShowStar] = useState(false);
  const caption = planCaption(plan) || t('panelPlanUntitled');
  const index = stories.length === 0 ? 0 : ((position % stories.length) + stories.length) % stories.length;
  const story = stories[index];
  const goTo = (next: number) => {
    setPosition(next);
    setShowStar(false);
  };
  return (
    <div class="stack plan-review">
      <h1>{t('upNextReviewHeading', caption)}</h1>
      <a href="#/up-next">{t('upNextReviewBack')}</a>
      {!story ? (
        <p class="muted">{t('upNextNoPinned')}</p>
      ) : (
        <section class="card flashcard stack" aria-labelledby="review-story">
          <p class="muted">{t('upNextReviewPosition', [index + 1, stories.length])}</p>
          <h2 id="review-story" class="flashcard-question">
            {story.title || t('storyUntitled')}
          </h2>
          {story.hook.trim() && <p class="story-hook">{story.hook}</p>}
          <button
            type="button"
            aria-expanded={showStar}
            aria-controls="review-star"
            onClick={() => setShowStar(!showStar)}
          >
            {showStar ? t('practiceHideStar') : t('practiceShowStar')}
          </button>
          <div id="review-star">{showStar && <StarBullets story={story} />}</div>
          <PracticeTimer key={story.id} storyId={story.id} question={t('upNextReviewQuestion', caption)} />
          <div class="row">
            <button type="button" onClick={() => goTo(index - 1)} disabled={stories.length < 2}>
              {t('practicePrevious')}
            </button>
            <button type="button" onClick={() => goTo(index + 1)} disabled={stories.length < 2}>
              {t('practiceNext')}
            </button>
          </div>
        </section>
      )}
    </div>
  );
}
