import { useLive, valueOr } from '@/components/ui/use-live';
import { formatDate } from '@/utils/format';
import { t } from '@/utils/i18n';
import { EMPTY_MEMORY, isEmptyMemory } from '@/utils/journal/memory';
import type { Plan, Story } from '@/utils/model';

/**
 * On the cue card of a plan for a company already met: what it asked before, which stories it heard (and from
 * whom), and the pitch used, folded so it never pushes the pinned stories down. Nothing shows for a new company.
 */
export function CompanyMemory({ plan, stories }: { plan: Plan; stories: readonly Story[] }) {
  const memory = valueOr(
    useLive('journal.companyMemory', { company: plan.company, interviewId: plan.id }),
    EMPTY_MEMORY,
  );
  if (isEmptyMemory(memory)) return null;
  const titles = new Map(stories.map((story) => [story.id, story.title]));
  const round = (text: string) => text.trim() || t('planUntitledRound');
  return (
    <details class="company-memory">
      <summary>{t('memorySummary', plan.company.trim())}</summary>
      <div class="stack">
        {memory.questions.length > 0 && (
          <>
            <h3>{t('memoryQuestionsHeading')}</h3>
            <ul class="list" aria-label={t('memoryQuestionsHeading')}>
              {memory.questions.map((question) => (
                <li key={question.text}>
                  {question.text} <span class="muted">({round(question.round)})</span>
                </li>
              ))}
            </ul>
          </>
        )}
        {memory.stories.length > 0 && (
          <>
            <h3>{t('memoryStoriesHeading')}</h3>
            <ul class="list" aria-label={t('memoryStoriesHeading')}>
              {memory.stories.map((told) => (
                <li key={`${told.storyId}-${told.round}`}>
                  {titles.get(told.storyId) || t('memoryStoryGone')}{' '}
                  <span class="muted">
                    (
                    {told.interviewers.length > 0
                      ? t('memoryToldTo', [round(told.round), told.interviewers.join(', '), formatDate(told.at)])
                      : t('memoryToldIn', [round(told.round), formatDate(told.at)])}
                    )
                  </span>
                </li>
              ))}
            </ul>
          </>
        )}
        {memory.pitches.length > 0 && (
          <>
            <h3>{t('memoryPitchHeading')}</h3>
            {memory.pitches.map((pitch) => (
              <p key={pitch.pitch}>
                {pitch.pitch} <span class="muted">({round(pitch.round)})</span>
              </p>
            ))}
          </>
        )}
      </div>
    </details>
  );
}
