import { t } from '@/utils/i18n';
import { type HintableStory, isScorecardReady, storyHints } from '@/utils/stories/hints';

/** The scorecard hints beside the editor, recomputed from the form on every keystroke. Advice only. */
export function StoryHints({ story }: { story: HintableStory }) {
  const hints = storyHints(story);
  const open = hints.filter((hint) => !hint.ok).length;
  return (
    <aside class="card story-hints stack" aria-labelledby="story-hints-heading">
      <h2 id="story-hints-heading">{t('scorecardHintsHeading')}</h2>
      <p class={isScorecardReady(story) ? 'hint-summary ok' : 'hint-summary'}>
        {isScorecardReady(story) ? t('scorecardHintsReady') : t('scorecardHintsOpen', [open, hints.length])}
      </p>
      <ul class="list hint-list">
        {hints.map((hint) => (
          <li key={hint.id} class={hint.ok ? 'hint ok' : 'hint open'}>
            <span class="hint-mark" aria-hidden="true">
              {hint.ok ? '✓' : '!'}
            </span>
            <span>
              <span class="visually-hidden">{hint.ok ? t('checkDone') : t('checkToImprove')} </span>
              {t(hint.messageKey, hint.substitutions)}
            </span>
          </li>
        ))}
      </ul>
      <p class="muted">{t('scorecardHintsAdvisory')}</p>
    </aside>
  );
}
