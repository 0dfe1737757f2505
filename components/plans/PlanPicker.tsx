import { useState } from 'preact/hooks';
import { BACKUP_LIMITS } from '@/utils/backup/format';
import { planCaption } from '@/utils/cue-card/cue-card';
import { t } from '@/utils/i18n';
import type { Id, Plan } from '@/utils/model';

interface PlanPickerProps {
  /** Binding a call's plan, or choosing which plan to review without a call. */
  mode: 'call' | 'review';
  current: Plan | null;
  planned: readonly Plan[];
  onChoose(interviewId: Id): Promise<void>;
  /** Only with a call: a new plan with just the company name, bound at once. */
  onQuickCreate?: (company: string) => Promise<void>;
}

/** "Pick one" of the planned interviews, or quick-create one from a company name. */
export function PlanPicker({ mode, current, planned, onChoose, onQuickCreate }: PlanPickerProps) {
  const [chosen, setChosen] = useState<Id>('');
  const [company, setCompany] = useState('');
  const [error, setError] = useState('');
  const choices = planned.filter((plan) => plan.id !== current?.id);
  const selected = chosen && choices.some((plan) => plan.id === chosen) ? chosen : (choices[0]?.id ?? '');

  const choose = async (event: Event) => {
    event.preventDefault();
    if (!selected) return;
    setError('');
    try {
      await onChoose(selected);
    } catch {
      setError(t('panelActionFailed'));
    }
  };

  const create = async (event: Event) => {
    event.preventDefault();
    if (!onQuickCreate) return;
    const name = company.trim();
    if (!name) {
      setError(t('panelPlanCompanyRequired'));
      return;
    }
    setError('');
    try {
      await onQuickCreate(name);
      setCompany('');
    } catch {
      setError(t('panelActionFailed'));
    }
  };

  return (
    <details class="plan-picker" open={current === null}>
      <summary>{current ? t('panelPlanChange') : t('panelPlanPickSummary')}</summary>
      <div class="stack">
        {choices.length > 0 ? (
          <form class="stack" onSubmit={choose}>
            <label for={`plan-select-${mode}`}>{t('panelPlanPick')}</label>
            <select
              id={`plan-select-${mode}`}
              value={selected}
              onChange={(event) => setChosen(event.currentTarget.value)}
            >
              {choices.map((plan) => (
                <option key={plan.id} value={plan.id}>
                  {planCaption(plan) || t('panelPlanUntitled')}
                </option>
              ))}
            </select>
            <button type="submit">{mode === 'call' ? t('panelPlanUse') : t('panelPlanReview')}</button>
          </form>
        ) : (
          <p class="muted">{t('panelPlanNoOthers')}</p>
        )}
        {onQuickCreate && (
          <form class="stack" onSubmit={create}>
            <label for="plan-company">{t('panelPlanCompany')}</label>
            <div class="row nowrap">
              <input
                id="plan-company"
                type="text"
                maxLength={BACKUP_LIMITS.shortChars}
                value={company}
                onInput={(event) => setCompany(event.currentTarget.value)}
              />
              <button type="submit">{t('panelPlanQuickCreate')}</button>
            </div>
          </form>
        )}
        <p role="status" class="status error-text">
          {error}
        </p>
      </div>
    </details>
  );
}
