import type { ComponentChildren } from 'preact';
import type { Id, Timestamp } from '@/utils/model';
import { CueStories, type CueStoryItem } from './CueStories';

/** One labelled list of cue-card stories (found, pinned, all): the same expand and "told" behaviour everywhere. */
export function StorySection(props: {
  id: string;
  class: string;
  heading: ComponentChildren;
  /** Hidden headings still name the list for screen readers. */
  hiddenHeading?: boolean;
  items: readonly CueStoryItem[];
  expandedKey: string | null;
  onToggle(key: string): void;
  told: ReadonlyMap<Id, Timestamp>;
  onTold?(storyId: Id): void;
  /** Shown instead of the list when it is empty; without it an empty list renders nothing. */
  empty?: ComponentChildren;
  children?: ComponentChildren;
}) {
  const headingId = `${props.id}-heading`;
  return (
    <section class={`${props.class} stack`} aria-labelledby={headingId}>
      <h2 id={headingId} class={props.hiddenHeading ? 'visually-hidden' : undefined}>
        {props.heading}
      </h2>
      {props.children}
      {props.items.length === 0 ? (
        props.empty
      ) : (
        <CueStories
          items={props.items}
          expandedKey={props.expandedKey}
          onToggle={props.onToggle}
          told={props.told}
          onTold={props.onTold}
          labelledBy={headingId}
        />
      )}
    </section>
  );
}
