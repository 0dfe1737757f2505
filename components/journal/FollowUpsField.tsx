import { BACKUP_LIMITS } from '@/utils/backup/format';
import { t } from '@/utils/i18n';
import type { FollowUp } from '@/utils/model';
import { dateInputValue, fromDateInput } from './dates';

/** Thank-you notes, promised materials: each with a date to do it by and a box to tick when done. */
export function FollowUpsField({
  idPrefix,
  followUps,
  onChange,
}: {
  idPrefix: string;
  followUps: FollowUp[];
  onChange(followUps: FollowUp[]): void;
}) {
  const update = (index: number, patch: Partial<FollowUp>) =>
    onChange(
      followUps.map((followUp, i) => {
        if (i !== index) return followUp;
        const merged = { ...followUp, ...patch };
        if (merged.due === undefined) delete merged.due;
        return merged;
      }),
    );
  const add = (text: string) => {
    const tomorrow = new Date();
    tomorrow.setDate(tomorrow.getDate() + 1);
    tomorrow.setHours(12, 0, 0, 0);
    onChange([...followUps, { text, due: tomorrow.getTime(), done: false }]);
  };
  const full = followUps.length >= BACKUP_LIMITS.listItems;
  return (
    <fieldset class="journal-group stack">
      <legend>{t('journalFieldFollowUps')}</legend>
      {followUps.length === 0 && <p class="muted">{t('journalFollowUpsEmpty')}</p>}
      <ul class="list stack">
        {followUps.map((followUp, index) => {
          const id = `${idPrefix}-follow-up-${index}`;
          return (
            <li key={index} class="journal-row follow-up-row">
              <label class="choice">
                <input
                  type="checkbox"
                  checked={followUp.done}
                  onChange={(event) => update(index, { done: event.currentTarget.checked })}
                />
                {t('journalFollowUpDone')}
              </label>
              <div class="field grow">
                <label for={id}>{t('journalFollowUpLabel', index + 1)}</label>
                <input
                  id={id}
                  maxLength={BACKUP_LIMITS.textChars}
                  value={followUp.text}
                  onInput={(event) => update(index, { text: event.currentTarget.value })}
                />
              </div>
              <div class="field">
                <label for={`${id}-due`}>{t('journalFollowUpDueLabel')}</label>
                <input
                  id={`${id}-due`}
                  type="date"
                  value={dateInputValue(followUp.due)}
                  onChange={(event) => update(index, { due: fromDateInput(event.currentTarget.value, followUp.due) })}
                />
              </div>
              <button
                type="button"
                onClick={() => onChange(followUps.filter((_, i) => i !== index))}
                aria-label={t('journalRemoveFollowUp', index + 1)}
              >
                {t('journalRemove')}
              </button>
            </li>
          );
        })}
      </ul>
      <div class="row">
        <button type="button" disabled={full} onClick={() => add(t('journalFollowUpThankYou'))}>
          {t('journalAddThankYou')}
        </button>
        <button type="button" disabled={full} onClick={() => add(t('journalFollowUpMaterials'))}>
          {t('journalAddMaterials')}
        </button>
        <button type="button" disabled={full} onClick={() => add('')}>
          {t('journalAddFollowUp')}
        </button>
      </div>
    </fieldset>
  );
}
