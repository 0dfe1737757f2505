import { useMemo, useState } from 'preact/hooks';
import { useLive, valueOr } from '@/components/ui/use-live';
import { t } from '@/utils/i18n';
import { type Id, STANDARD_COMPETENCIES, type StandardCompetency, type Story } from '@/utils/model';
import { bankQuestionsFor } from '@/utils/practice/practice';
import { competencyLabel } from '@/utils/stories/competencies';
import { useStoryMatcher } from '../matcher/use-story-matcher';
import { PracticeHistory } from './PracticeHistory';
import { PracticeTimer } from './PracticeTimer';
import { StarBullets } from './StarBullets';

const SUGGESTIONS = 3;

/** Flashcards from the question bank: pick a story (the matcher suggests one), rehearse it aloud, rate it. */
export function PracticeView() {
  const stories = valueOr(useLive('stories.list', {}), []);
  const [competency, setCompetency] = useState<StandardCompetency | ''>('');
  const questions = useMemo(() => bankQuestionsFor(competency || null), [competency]);
  const [position, setPosition] = useState(0);
  const index = questions.length === 0 ? 0 : ((position % questions.length) + questions.length) % questions.length;
  const question = questions[index];

  const suggestions = useStoryMatcher(stories, question?.text ?? '', SUGGESTIONS).map((result) => result.story);

  // The user's choice holds while it exists; otherwise the best suggestion for the card.
  const [chosenId, setChosenId] = useState<Id | null>(null);
  const story =
    stories.find((candidate) => candidate.id === chosenId) ?? suggestions[0] ?? stories[0] ?? (null as Story | null);
  const [showStar, setShowStar] = useState(false);

  const goTo = (next: number) => {
    setPosition(next);
    setChosenId(null);
    setShowStar(false);
  };

  return (
    <div class="stack practice-view">
      <h1>{t('practiceHeading')}</h1>
      <div class="field practice-filter">
        <label for="practice-competency">{t('practiceFilterLabel')}</label>
        <select
          id="practice-competency"
          value={competency}
          onChange={(event) => {
            setCompetency(event.currentTarget.value as StandardCompetency | '');
            goTo(0);
          }}
        >
          <option value="">{t('practiceFilterAll')}</option>
          {STANDARD_COMPETENCIES.map((id) => (
            <option key={id} value={id}>
              {competencyLabel(id)}
            </option>
          ))}
        </select>
      </div>

      {question && (
        <section class="card flashcard stack" aria-labelledby="flashcard-question">
          <p class="muted">{t('practiceCardPosition', [index + 1, questions.length])}</p>
          <h2 id="flashcard-question" class="flashcard-question">
            {question.text}
          </h2>
          <p class="muted">
            {t('practiceCardProbes', question.competencies.map((id) => competencyLabel(id)).join(', '))}
          </p>
          <div class="row">
            <button type="button" onClick={() => goTo(index - 1)}>
              {t('practicePrevious')}
            </button>
            <button type="button" onClick={() => goTo(index + 1)}>
              {t('practiceNext')}
            </button>
          </div>
        </section>
      )}

      {stories.length === 0 ? (
        <p class="muted">{t('practiceNoStories')}</p>
      ) : (
        question &&
        story && (
          <div class="practice-grid">
            <section class="card stack" aria-labelledby="practice-story-heading">
              <h2 id="practice-story-heading">{t('practiceStoryHeading')}</h2>
              <div class="field">
                <label for="practice-story">{t('practiceStoryLabel')}</label>
                <select
                  id="practice-story"
                  value={story.id}
                  onChange={(event) => {
                    setChosenId(event.currentTarget.value);
                    setShowStar(false);
                  }}
                >
                  {suggestions.length > 0 && (
                    <optgroup label={t('practiceSuggested')}>
                      {suggestions.map((suggestion) => (
                        <option key={suggestion.id} value={suggestion.id}>
                          {suggestion.title || t('storyUntitled')}
                        </option>
                      ))}
                    </optgroup>
                  )}
                  <optgroup label={t('practiceAllStories')}>
                    {stories
                      .filter((candidate) => !suggestions.some((suggestion) => suggestion.id === candidate.id))
                      .map((candidate) => (
                        <option key={candidate.id} value={candidate.id}>
                          {candidate.title || t('storyUntitled')}
                        </option>
                      ))}
                  </optgroup>
                </select>
              </div>
              <button
                type="button"
                aria-expanded={showStar}
                aria-controls="practice-star"
                onClick={() => setShowStar(!showStar)}
              >
                {showStar ? t('practiceHideStar') : t('practiceShowStar')}
              </button>
              <div id="practice-star">{showStar && <StarBullets story={story} />}</div>
            </section>
            <section class="card stack" aria-labelledby="rehearsal-heading">
              <h2 id="rehearsal-heading">{t('rehearsalHeading')}</h2>
              <PracticeTimer key={`${story.id}\u0000${question.id}`} storyId={story.id} question={question.text} />
              <PracticeHistory storyId={story.id} />
            </section>
          </div>
        )
      )}
    </div>
  );
}
