import { StoryCard } from '@/components/stories/StoryCard';
import { t } from '@/utils/i18n';
import type { MatchResult } from '@/utils/matcher/matcher';
import type { Id, Story, Timestamp } from '@/utils/model';
import { competencyLabel } from '@/utils/stories/competencies';

export interface CueStoryItem {
  /** Unique in the panel: the same story may be both pinned and found. */
  key: string;
  story: Story;
  /** Why the matcher ranked it here, for found stories. */
  reasons?: string[];
}

/** Stories the matcher found for a question, with the reasons it gives (what the question asks about, shared words). */
export function foundCueItems(found: readonly MatchResult[]): CueStoryItem[] {
  return found.map(({ story, reasons }) => ({
    key: `found-${story.id}`,
    story,
    reasons: [
      ...(reasons.competencies.length > 0
        ? [t('panelMatchAsksAbout', reasons.competencies.slice(0, 2).map(competencyLabel).join(', '))]
        : []),
      ...(reasons.words.length > 0 ? [t('panelMatchWords', reasons.words.slice(0, 4).join(', '))] : []),
    ],
  }));
}

export function formatTime(at: Timestamp): string {
  return new Date(at).toLocaleTimeString(undefined, { hour: 'numeric', minute: '2-digit' });
}

/** The button that opens a story, so keyboard navigation can move focus to it. */
export function storyButtonId(key: string): string {
  return `story-${key}-button`;
}

interface CueStoriesProps {
  items: readonly CueStoryItem[];
  expandedKey: string | null;
  onToggle(key: string): void;
  told: ReadonlyMap<Id, Timestamp>;
  /** Absent when there is no live call to record in. */
  onTold?: (storyId: Id) => void;
  labelledBy: string;
}

/** Stories as an accordion: a glance at each (title, hook), and one open at a time with its S/T/A/R lines. */
export function CueStories({ items, expandedKey, onToggle, told, onTold, labelledBy }: CueStoriesProps) {
  return (
    <ul class="list cue-stories" aria-labelledby={labelledBy}>
      {items.map(({ key, story, reasons }) => {
        const expanded = key === expandedKey;
        const toldAt = told.get(story.id);
        const bodyId = `story-${key}-body`;
        return (
          <li key={key} class={expanded ? 'cue-story expanded' : 'cue-story'}>
            <h3 class="cue-story-heading">
              <button
                type="button"
                id={storyButtonId(key)}
                class="cue-story-toggle"
                aria-expanded={expanded}
                aria-controls={bodyId}
                onClick={() => onToggle(key)}
              >
                <span class="cue-story-title">{story.title || t('storyUntitled')}</span>
                {toldAt !== undefined && <span class="badge told-badge">{t('panelTold')}</span>}
              </button>
            </h3>
            {!expanded && story.hook && <p class="cue-story-hook">{story.hook}</p>}
            {reasons && reasons.length > 0 && (
              <p class="match-reasons">
                {reasons.map((reason) => (
                  <span key={reason}>{reason}</span>
                ))}
              </p>
            )}
            <section id={bodyId} class="cue-story-body" aria-labelledby={storyButtonId(key)} hidden={!expanded}>
              {expanded && <StoryCard story={story} />}
              {expanded && toldAt !== undefined && <p class="muted told-at">{t('panelToldAt', formatTime(toldAt))}</p>}
              {expanded && toldAt === undefined && onTold && (
                <button type="button" onClick={() => onTold(story.id)}>
                  {t('panelMarkTold')}
                </button>
              )}
            </section>
          </li>
        );
      })}
    </ul>
  );
}
