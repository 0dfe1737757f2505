import { t } from '@/utils/i18n';
import type { Plan } from '@/utils/model';

/** The pitch and the questions to ask them, one click away: what the candidate says, not what they look up. */
export function PlanExtras({ plan }: { plan: Plan }) {
  const questions = plan.questionsToAsk.map((question) => question.trim()).filter(Boolean);
  return (
    <details class="plan-extras">
      <summary>{t('panelExtrasSummary')}</summary>
      <div class="stack">
        <h3>{t('panelPitchHeading')}</h3>
        <p>{plan.pitch.trim() || <span class="muted">{t('panelNoPitch')}</span>}</p>
        <h3>{t('panelQuestionsHeading')}</h3>
        {questions.length > 0 ? (
          <ol class="questions-to-ask">
            {questions.map((question) => (
              <li key={question}>{question}</li>
            ))}
          </ol>
        ) : (
          <p class="muted">{t('panelNoQuestions')}</p>
        )}
      </div>
    </details>
  );
}
