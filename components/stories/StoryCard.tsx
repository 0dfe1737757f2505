import { t } from '@/utils/i18n';
import type { Story } from '@/utils/model';

/** A story as a glance: hook first, then S/T/A/R, each wrapped in full, and the result metric. */
export function StoryCard({ story }: { story: Story }) {
  const lines: Array<[string, string]> = [
    [t('starS'), story.situation],
    [t('starT'), story.task],
    [t('starA'), story.action],
    [t('starR'), story.result],
  ];
  return (
    <article class="card story-card" aria-label={story.title || t('storyUntitled')}>
      <h3>{story.title || t('storyUntitled')}</h3>
      {story.hook && <p class="story-hook">{story.hook}</p>}
      <dl class="star-lines">
        {lines
          .filter(([, text]) => text)
          .map(([letter, text]) => (
            <div key={letter} class="star-line">
              <dt>{letter}</dt>
              <dd>{text}</dd>
            </div>
          ))}
      </dl>
      {story.resultMetrics && <p class="badge">{story.resultMetrics}</p>}
    </article>
  );
}
