import { useId, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { DEFAULT_MATCH_LIMIT, type MatchResult } from '@/utils/matcher/matcher';
import type { Story } from '@/utils/model';
import { competencyLabel } from '@/utils/stories/competencies';
import { useStoryMatcher } from './use-story-matcher';

/**
 * Type or paste an interview question, get your stories ranked with the reason for each (the competency the
 * question probes, the words it shares with the story). Offline. Used by the dashboard and the in-call cue card.
 */
export function QuestionMatcher({
  stories,
  onPick,
  pickLabel = t('matcherPick'),
  limit = DEFAULT_MATCH_LIMIT,
  label = t('matcherQuestionLabel'),
}: {
  stories: readonly Story[];
  /** When given, each result gets a button that hands the story (and the question) back. */
  onPick?(story: Story, question: string): void;
  pickLabel?: string;
  limit?: number;
  label?: string;
}) {
  const [question, setQuestion] = useState('');
  const inputId = useId();
  const results = useStoryMatcher(stories, question, limit);
  const asked = question.trim() !== '';

  return (
    <div class="question-matcher stack">
      <div class="field">
        <label for={inputId}>{label}</label>
        <textarea
          id={inputId}
          rows={2}
          value={question}
          placeholder={t('matcherPlaceholder')}
          onInput={(event) => setQuestion(event.currentTarget.value)}
        />
      </div>
      <p role="status" class="muted">
        {!asked ? t('matcherPrompt') : results.length > 0 ? t('matcherCount', results.length) : t('matcherNone')}
      </p>
      {results.length > 0 && (
        <ol class="list match-results" aria-label={t('matcherResultsLabel')}>
          {results.map((result) => (
            <MatchItem
              key={result.story.id}
              result={result}
              question={question}
              onPick={onPick}
              pickLabel={pickLabel}
            />
          ))}
        </ol>
      )}
    </div>
  );
}

function MatchItem({
  result,
  question,
  onPick,
  pickLabel,
}: {
  result: MatchResult;
  question: string;
  onPick?(story: Story, question: string): void;
  pickLabel: string;
}) {
  const { story, reasons } = result;
  const title = story.title || t('storyUntitled');
  return (
    <li class="card match-result stack">
      <div class="row spread">
        <strong>{title}</strong>
        <span class="badge">{t('matcherStrength', story.strength)}</span>
      </div>
      {story.hook && <p class="story-hook">{story.hook}</p>}
      <ul class="list match-reasons">
        {reasons.competencies.length > 0 && (
          <li>{t('matcherReasonCompetencies', reasons.competencies.map(competencyLabel).join(', '))}</li>
        )}
        {reasons.words.length > 0 && <li>{t('matcherReasonWords', reasons.words.join(', '))}</li>}
      </ul>
      {onPick && (
        <div>
          <button type="button" aria-label={`${pickLabel}: ${title}`} onClick={() => onPick(story, question)}>
            {pickLabel}
          </button>
        </div>
      )}
    </li>
  );
}
