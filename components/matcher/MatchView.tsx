import { QuestionMatcher } from '@/components/matcher/QuestionMatcher';
import { useLive, valueOr } from '@/components/ui/use-live';
import { t } from '@/utils/i18n';

/** "Which story answers this?": a question typed or pasted, the library ranked for it. */
export function MatchView() {
  const stories = valueOr(useLive('stories.list', {}), []);
  return (
    <section class="stack match-view" aria-labelledby="match-heading">
      <h1 id="match-heading">{t('matchHeading')}</h1>
      <p class="muted">{t('matchIntro')}</p>
      <QuestionMatcher
        stories={stories}
        pickLabel={t('matchOpenStory')}
        onPick={(story) => {
          window.location.hash = `#/stories/${encodeURIComponent(story.id)}`;
        }}
      />
    </section>
  );
}
