import { t } from '@/utils/i18n';
import type { Story } from '@/utils/model';

/** Splits a paragraph into sentences, so a glance finds each beat of the story. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=\S)/u)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}

/** The story's STAR beats as bullets, for a quick look before telling it aloud. */
export function StarBullets({ story }: { story: Story }) {
  const parts = [
    { key: 'situation', label: t('storyFieldSituation'), text: story.situation },
    { key: 'task', label: t('storyFieldTask'), text: story.task },
    { key: 'action', label: t('storyFieldAction'), text: story.action },
    { key: 'result', label: t('storyFieldResult'), text: story.result },
  ];
  return (
    <div class="star-bullets stack">
      {story.hook && <p class="story-hook">{story.hook}</p>}
      {parts.map(({ key, label, text }) => (
        <div key={key}>
          <h3>{label}</h3>
          {text.trim() ? (
            <ul>
              {sentences(text).map((sentence, index) => (
                <li key={index}>{sentence}</li>
              ))}
            </ul>
          ) : (
            <p class="muted">{t('practiceEmptyPart')}</p>
          )}
        </div>
      ))}
      {story.resultMetrics && <p class="badge">{story.resultMetrics}</p>}
    </div>
  );
}
