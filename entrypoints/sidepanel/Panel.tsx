import { useLive, valueOr } from '@/components/hooks/use-live';
import { StoryCard } from '@/components/StoryCard';
import { t } from '@/utils/i18n';
import { useCallTab } from './use-call-tab';

export function Panel() {
  const { tabId } = useCallTab();
  const current = valueOr(useLive('calls.current', { tabId }), null);
  const stories = useLive('stories.list', {});
  const interviews = valueOr(useLive('interviews.list', undefined), []);
  const plan = current?.interview ?? interviews.find((i) => i.status === 'planned') ?? null;
  const all = valueOr(stories, []);
  const pinned =
    current?.pinnedStories ??
    (plan ? plan.pinnedStoryIds.map((id) => all.find((s) => s.id === id)).filter((s) => s !== undefined) : []);

  return (
    <div class="panel stack">
      <header>
        <h1 class="panel-title">{plan ? `${plan.company} · ${plan.round}` : t('extName')}</h1>
        {current && <p class="muted">{current.call.endedAt ? t('panelCallEnded') : t('panelInCall')}</p>}
      </header>
      <section aria-labelledby="pinned-heading" class="stack">
        <h2 id="pinned-heading">{t('panelPinnedHeading')}</h2>
        {pinned.length === 0 && <p class="muted">{t('panelNoPinned')}</p>}
        <ul class="list stack" aria-labelledby="pinned-heading">
          {pinned.map((story) => (
            <li key={story.id}>
              <StoryCard story={story} />
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="all-heading" class="stack">
        <h2 id="all-heading">{t('panelAllStories')}</h2>
        {stories.status === 'ready' && all.length === 0 && <p class="muted">{t('storiesEmpty')}</p>}
        <ul class="list stack" aria-labelledby="all-heading">
          {all.map((story) => (
            <li key={story.id}>
              <StoryCard story={story} />
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
