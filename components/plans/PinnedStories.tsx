import { ArrowDown, ArrowUp, X } from 'lucide-preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { IconButton } from '@/components/ui/IconButton';
import { moveBy } from '@/utils/form-values';
import { formatDate } from '@/utils/format';
import { t } from '@/utils/i18n';
import type { Id, Story } from '@/utils/model';
import type { FigureWarning } from '@/utils/plans/figures';
import type { RetellWarning } from '@/utils/plans/retell';

type Action = 'up' | 'down' | 'unpin';

/**
 * The plan's stories in the order the cue card shows them. Reordering keeps the focus on the button that was
 * pressed (on the moved story), so a keyboard user can press it again; the ends of the list are marked, not
 * disabled, so the focus never drops to the page.
 */
export function PinnedStories({
  pinnedIds,
  stories,
  warnings,
  figureWarnings = [],
  company,
  onChange,
}: {
  pinnedIds: readonly Id[];
  stories: readonly Story[];
  warnings: readonly RetellWarning[];
  /** Told to this company before with other figures (utils/plans/figures.ts). */
  figureWarnings?: readonly FigureWarning[];
  company: string;
  onChange(ids: Id[]): void;
}) {
  const byId = new Map(stories.map((story) => [story.id, story]));
  const pinnable = stories.filter((story) => story.archived === 0 && !pinnedIds.includes(story.id));
  const [toPin, setToPin] = useState('');
  const focusAfter = useRef<{ id: Id; action: Action } | null>(null);
  const list = useRef<HTMLOListElement>(null);
  const pinSelect = useRef<HTMLSelectElement>(null);
  const chosen = pinnable.some((story) => story.id === toPin) ? toPin : (pinnable[0]?.id ?? '');

  useLayoutEffect(() => {
    const target = focusAfter.current;
    if (!target) return;
    focusAfter.current = null;
    const button = list.current?.querySelector<HTMLButtonElement>(
      `[data-story="${CSS.escape(target.id)}"][data-action="${target.action}"]`,
    );
    (button ?? pinSelect.current)?.focus();
  });

  const title = (id: Id) => {
    const story = byId.get(id);
    return story ? story.title || t('storyUntitled') : t('planMissingStory');
  };

  const move = (index: number, delta: number, action: Action) => {
    focusAfter.current = { id: pinnedIds[index]!, action };
    onChange(moveBy(pinnedIds, index, delta));
  };

  return (
    <fieldset class="pinned-stories">
      <legend>{t('planFieldPinned')}</legend>
      <p class="muted">{t('planPinnedHelp')}</p>
      {pinnedIds.length === 0 ? (
        <p class="muted">{t('planNoPinned')}</p>
      ) : (
        <ol class="list stack pinned-list" ref={list} aria-label={t('planFieldPinned')}>
          {pinnedIds.map((id, index) => {
            const name = title(id);
            const first = index === 0;
            const last = index === pinnedIds.length - 1;
            return (
              <li key={id} class="card pinned-item stack">
                <div class="row spread">
                  <span>
                    <span class="pinned-position">{index + 1}.</span> <strong>{name}</strong>
                  </span>
                  <span class="row">
                    <IconButton
                      icon={ArrowUp}
                      data-story={id}
                      data-action="up"
                      label={t('planMoveUp', name)}
                      aria-disabled={first ? 'true' : undefined}
                      onClick={() => !first && move(index, -1, 'up')}
                    />
                    <IconButton
                      icon={ArrowDown}
                      data-story={id}
                      data-action="down"
                      label={t('planMoveDown', name)}
                      aria-disabled={last ? 'true' : undefined}
                      onClick={() => !last && move(index, 1, 'down')}
                    />
                    <IconButton
                      icon={X}
                      data-story={id}
                      data-action="unpin"
                      label={t('planUnpin', name)}
                      onClick={() => {
                        const next = pinnedIds[index + 1] ?? pinnedIds[index - 1];
                        focusAfter.current = next ? { id: next, action: 'unpin' } : null;
                        if (!next) pinSelect.current?.focus();
                        onChange(pinnedIds.filter((other) => other !== id));
                      }}
                    />
                  </span>
                </div>
                {warnings
                  .filter((warning) => warning.storyId === id)
                  .map((warning) => (
                    <p key={warning.earlierInterviewId} class="warning">
                      {t('planRetellWarning', [
                        company.trim(),
                        warning.round.trim() || t('planUntitledRound'),
                        formatDate(warning.at),
                      ])}
                    </p>
                  ))}
                {figureWarnings
                  .filter((warning) => warning.storyId === id)
                  .map((warning) => (
                    <p key={`figures-${warning.earlierInterviewId}`} class="warning">
                      {t('planFiguresWarning', [
                        company.trim(),
                        warning.round.trim() || t('planUntitledRound'),
                        warning.toldWith.join(', ') || t('planFiguresNone'),
                        warning.current.join(', ') || t('planFiguresNone'),
                      ])}
                    </p>
                  ))}
              </li>
            );
          })}
        </ol>
      )}
      <div class="row pin-add">
        <label for="plan-pin-story">{t('planPinLabel')}</label>
        <select
          id="plan-pin-story"
          ref={pinSelect}
          value={chosen}
          disabled={pinnable.length === 0}
          onChange={(event) => setToPin(event.currentTarget.value)}
        >
          {pinnable.length === 0 && <option value="">{t('planNothingToPin')}</option>}
          {pinnable.map((story) => (
            <option key={story.id} value={story.id}>
              {story.title || t('storyUntitled')}
            </option>
          ))}
        </select>
        <button
          type="button"
          disabled={!chosen}
          onClick={() => {
            if (!chosen) return;
            focusAfter.current = null;
            onChange([...pinnedIds, chosen]);
            setToPin('');
          }}
        >
          {t('planPin')}
        </button>
      </div>
    </fieldset>
  );
}
