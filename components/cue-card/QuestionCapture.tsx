import type { Ref } from 'preact';
import { useState } from 'preact/hooks';
import { BACKUP_LIMITS } from '@/utils/backup/format';
import type { CapturedQuestion } from '@/utils/cue-card/cue-card';
import { t } from '@/utils/i18n';
import { formatTime } from './CueStories';

interface QuestionCaptureProps {
  inputRef: Ref<HTMLInputElement>;
  questions: readonly CapturedQuestion[];
  onCapture(text: string): Promise<void>;
  onFind(text: string): void;
}

/** Jot the interviewer's question as they ask it; the journal draft lists them after the call. */
export function QuestionCapture({ inputRef, questions, onCapture, onFind }: QuestionCaptureProps) {
  const [text, setText] = useState('');
  const [failed, setFailed] = useState(false);

  const capture = async (event: Event) => {
    event.preventDefault();
    const question = text.trim();
    if (!question) return;
    setFailed(false);
    try {
      await onCapture(question);
      setText('');
    } catch {
      // The text stays in the box to try again.
      setFailed(true);
    }
  };

  return (
    <section class="capture stack" aria-labelledby="capture-heading">
      <h2 id="capture-heading">{t('panelCapturedHeading')}</h2>
      <form onSubmit={capture}>
        <label for="capture-input">{t('panelCaptureLabel')}</label>
        <div class="row nowrap">
          <input
            id="capture-input"
            ref={inputRef}
            maxLength={BACKUP_LIMITS.textChars}
            type="text"
            autocomplete="off"
            value={text}
            onInput={(event) => setText(event.currentTarget.value)}
          />
          <button type="submit">{t('panelCaptureButton')}</button>
        </div>
      </form>
      {failed && <p class="error-text">{t('panelActionFailed')}</p>}
      {questions.length > 0 && (
        <ul class="list captured" aria-labelledby="capture-heading">
          {questions.map((question) => (
            <li key={`${question.at}:${question.text}`} class="captured-question">
              <span class="captured-text">{question.text}</span>
              <span class="muted captured-time">{formatTime(question.at)}</span>
              <button
                type="button"
                class="link-button"
                aria-label={t('panelCaptureFindFor', question.text)}
                onClick={() => onFind(question.text)}
              >
                {t('panelCaptureFind')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
