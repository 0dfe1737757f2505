import { useState } from 'preact/hooks';
import { BACKUP_LIMITS } from '@/utils/backup/format';
import { t } from '@/utils/i18n';
import { type Competency, STANDARD_COMPETENCIES } from '@/utils/model';
import { competencyFromText, competencyKey, competencyLabel, isStandardCompetency } from '@/utils/stories/competencies';

/** The standard competencies as checkboxes, then the user's own labels, which can be added and removed. */
export function CompetencyPicker({
  value,
  onChange,
}: {
  value: readonly Competency[];
  onChange(competencies: Competency[]): void;
}) {
  const [draft, setDraft] = useState('');
  const chosen = new Set(value.map(competencyKey));
  const own = value.filter((competency) => !isStandardCompetency(competency));

  const toggle = (competency: Competency, on: boolean) =>
    onChange(on ? [...value, competency] : value.filter((other) => competencyKey(other) !== competencyKey(competency)));

  const addOwn = () => {
    const competency = competencyFromText(draft);
    if (!competency) return;
    if (!chosen.has(competencyKey(competency))) onChange([...value, competency]);
    setDraft('');
  };

  return (
    <fieldset class="competency-picker">
      <legend>{t('storyFieldCompetencies')}</legend>
      <div class="competency-grid">
        {STANDARD_COMPETENCIES.map((competency) => (
          <label key={competency} class="check">
            <input
              type="checkbox"
              checked={chosen.has(competency)}
              onChange={(event) => toggle(competency, event.currentTarget.checked)}
            />
            {competencyLabel(competency)}
          </label>
        ))}
      </div>
      {own.length > 0 && (
        <ul class="list row own-competencies" aria-label={t('storyOwnCompetencies')}>
          {own.map((competency) => (
            <li key={competencyKey(competency)} class="badge own-competency">
              {competency}
              <button
                type="button"
                class="chip-remove"
                aria-label={t('storyRemoveCompetency', competency)}
                onClick={() => toggle(competency, false)}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div class="row own-competency-add">
        <label for="story-own-competency">{t('storyAddOwnCompetency')}</label>
        <input
          id="story-own-competency"
          maxLength={BACKUP_LIMITS.idChars}
          value={draft}
          onInput={(event) => setDraft(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key !== 'Enter') return;
            event.preventDefault();
            addOwn();
          }}
        />
        <button type="button" onClick={addOwn}>
          {t('storyAddCompetency')}
        </button>
      </div>
    </fieldset>
  );
}
