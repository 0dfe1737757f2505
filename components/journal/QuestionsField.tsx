import { BACKUP_LIMITS } from '@/utils/backup/format';
import { t } from '@/utils/i18n';
import type { AskedQuestion, Id, Story } from '@/utils/model';
import { StoryOptions } from './StoryOptions';

interface Props {
  idPrefix: string;
  questions: AskedQuestion[];
  stories: readonly Story[];
  onChange(questions: AskedQuestion[], toldStoryId?: Id): void;
}

/** The questions asked, each with the story used to answer it, if any. */
export function QuestionsField({ idPrefix, questions, stories, onChange }: Props) {
  const update = (index: number, patch: Partial<AskedQuestion>, toldStoryId?: Id) => {
    const next = questions.map((question, i) => {
      if (i !== index) return question;
      const merged = { ...question, ...patch };
      if (!merged.storyId) delete merged.storyId;
      return merged;
    });
    onChange(next, toldStoryId);
  };
  return (
    <fieldset class="journal-group stack">
      <legend>{t('journalFieldQuestions')}</legend>
      {questions.length === 0 && <p class="muted">{t('journalQuestionsEmpty')}</p>}
      <ol class="list stack">
        {questions.map((question, index) => {
          const id = `${idPrefix}-question-${index}`;
          return (
            <li key={index} class="journal-row">
              <div class="field">
                <label for={id}>{t('journalQuestionLabel', index + 1)}</label>
                <textarea
                  id={id}
                  rows={2}
                  maxLength={BACKUP_LIMITS.textChars}
                  value={question.text}
                  onInput={(event) => update(index, { text: event.currentTarget.value })}
                />
              </div>
              <div class="row journal-row-actions">
                <div class="field grow">
                  <label for={`${id}-story`}>{t('journalQuestionStoryLabel')}</label>
                  <select
                    id={`${id}-story`}
                    value={question.storyId ?? ''}
                    onChange={(event) => {
                      const storyId = event.currentTarget.value || undefined;
                      update(index, { storyId }, storyId);
                    }}
                  >
                    <option value="">{t('journalNoStory')}</option>
                    <StoryOptions stories={stories} selected={question.storyId} />
                  </select>
                </div>
                <button
                  type="button"
                  onClick={() => onChange(questions.filter((_, i) => i !== index))}
                  aria-label={t('journalRemoveQuestionNumbered', index + 1)}
                >
                  {t('journalRemove')}
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        disabled={questions.length >= BACKUP_LIMITS.listItems}
        onClick={() => onChange([...questions, { text: '' }])}
      >
        {t('journalAddQuestion')}
      </button>
    </fieldset>
  );
}
