import { Trash2 } from 'lucide-preact';
import { useEffect, useRef } from 'preact/hooks';
import { takeTitleFocus } from '@/components/coverage/start-story';
import { PracticeSummary } from '@/components/practice/PracticeSummary';
import { focusHeading } from '@/components/ui/focus-heading';
import { type SaveState, useAutosave } from '@/components/ui/use-autosave';
import { request } from '@/utils/api/client';
import { BACKUP_LIMITS } from '@/utils/backup/format';
import { fromMonthValue, toMonthValue } from '@/utils/form-values';
import { type MessageKey, t } from '@/utils/i18n';
import type { Story, Timestamp } from '@/utils/model';
import type { PracticeStats } from '@/utils/stories/library';
import { CompetencyPicker } from './CompetencyPicker';
import { discardNewStory, saveStoryEdit, storyDraftKey } from './new-story';
import { StoryHints } from './StoryHints';

/** What the editor edits: the story minus what the background owns, with a clearable month. */
export type StoryForm = Pick<
  Story,
  | 'title'
  | 'hook'
  | 'situation'
  | 'task'
  | 'action'
  | 'result'
  | 'resultMetrics'
  | 'competencies'
  | 'strength'
  | 'domain'
  | 'archived'
> & { happenedAt: Timestamp | null };

const FORM_FIELDS: ReadonlyArray<keyof StoryForm> = [
  'title',
  'hook',
  'situation',
  'task',
  'action',
  'result',
  'resultMetrics',
  'competencies',
  'strength',
  'domain',
  'archived',
  'happenedAt',
];

export function storyForm(story: Story): StoryForm {
  return {
    title: story.title,
    hook: story.hook,
    situation: story.situation,
    task: story.task,
    action: story.action,
    result: story.result,
    resultMetrics: story.resultMetrics,
    competencies: story.competencies,
    strength: story.strength,
    domain: story.domain,
    archived: story.archived,
    happenedAt: story.happenedAt ?? null,
  };
}

type TextField = 'title' | 'hook' | 'situation' | 'task' | 'action' | 'result' | 'resultMetrics';

const TEXT_FIELDS: Array<{ field: TextField; label: MessageKey; multiline: boolean }> = [
  { field: 'title', label: 'storyFieldTitle', multiline: false },
  { field: 'hook', label: 'storyFieldHook', multiline: false },
  { field: 'situation', label: 'storyFieldSituation', multiline: true },
  { field: 'task', label: 'storyFieldTask', multiline: true },
  { field: 'action', label: 'storyFieldAction', multiline: true },
  { field: 'result', label: 'storyFieldResult', multiline: true },
  { field: 'resultMetrics', label: 'storyFieldResultMetrics', multiline: false },
];

const SAVE_STATE_TEXT: Record<SaveState, MessageKey> = { saved: 'saved', saving: 'saving', error: 'saveFailed' };

/** The story form with its hints beside it. Every edit saves itself; a draft covers a tab closed mid-sentence. */
export function StoryEditor({
  story,
  unsaved = false,
  practice,
  onDeleted,
}: {
  story: Story;
  /** A new story nothing has been written in yet, so not stored (new-story.ts). */
  unsaved?: boolean;
  practice: PracticeStats | undefined;
  onDeleted(deleted: Story): void;
}) {
  const { form, saveState, update, flush } = useAutosave<StoryForm>({
    draftKey: storyDraftKey(story.id),
    saved: storyForm(story),
    fields: FORM_FIELDS,
    save: (patch) => saveStoryEdit(story.id, patch),
  });
  const titleInput = useRef<HTMLInputElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  // A new story is for writing: the caret goes to its title. A story opened from the list: focus goes to its heading.
  useEffect(() => {
    if (takeTitleFocus(story.id)) titleInput.current?.focus();
    else focusHeading(heading.current);
  }, [story.id]);

  const deleteStory = async () => {
    // Saved first, so the undo brings back the latest text and no late save re-creates the story.
    await flush();
    const deleted = discardNewStory(story.id) ? null : await request('stories.delete', story.id);
    await request('formBackup.delete', storyDraftKey(story.id)).catch(() => undefined);
    // A new story never written in was never stored: there is nothing to undo, only the editor to close.
    if (deleted) onDeleted(deleted);
    else window.location.hash = '#/stories';
  };

  return (
    <div class="story-workspace">
      <form class="story-editor card stack" onSubmit={(event) => event.preventDefault()}>
        <div class="row spread">
          <h2 ref={heading}>{form.title.trim() || t('storyUntitled')}</h2>
          <span role="status" class="muted">
            {unsaved && saveState === 'saved' ? t('storyNotStoredYet') : t(SAVE_STATE_TEXT[saveState])}
          </span>
        </div>
        <div class="row">
          {story.sample === 1 && <span class="badge sample">{t('badgeSample')}</span>}
          {form.archived === 1 && <span class="badge">{t('badgeArchived')}</span>}
          <PracticeSummary stats={practice} />
        </div>
        {TEXT_FIELDS.map(({ field, label, multiline }) => {
          const id = `story-${field}`;
          return (
            <div class="field" key={field}>
              <label for={id}>{t(label)}</label>
              {multiline ? (
                <textarea
                  id={id}
                  rows={field === 'action' ? 6 : 3}
                  maxLength={BACKUP_LIMITS.textChars}
                  value={form[field]}
                  onInput={(event) => update({ [field]: event.currentTarget.value })}
                />
              ) : (
                <input
                  id={id}
                  ref={field === 'title' ? titleInput : undefined}
                  maxLength={field === 'title' ? BACKUP_LIMITS.lineChars : BACKUP_LIMITS.textChars}
                  value={form[field]}
                  placeholder={field === 'title' ? t('storyUntitled') : undefined}
                  onInput={(event) => update({ [field]: event.currentTarget.value })}
                />
              )}
            </div>
          );
        })}
        <CompetencyPicker value={form.competencies} onChange={(competencies) => update({ competencies })} />
        <div class="grid-3">
          <div class="field">
            <label for="story-strength">{t('storyFieldStrength')}</label>
            <select
              id="story-strength"
              value={String(form.strength)}
              onChange={(event) => update({ strength: Number(event.currentTarget.value) as Story['strength'] })}
            >
              {[1, 2, 3, 4, 5].map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="story-domain">{t('storyFieldDomain')}</label>
            <input
              id="story-domain"
              maxLength={BACKUP_LIMITS.shortChars}
              value={form.domain}
              onInput={(e) => update({ domain: e.currentTarget.value })}
            />
          </div>
          <div class="field">
            <label for="story-happened">{t('storyFieldHappenedAt')}</label>
            <input
              id="story-happened"
              type="month"
              value={toMonthValue(form.happenedAt)}
              onChange={(event) => update({ happenedAt: fromMonthValue(event.currentTarget.value) })}
            />
          </div>
        </div>
        <div class="row">
          <button type="button" onClick={() => update({ archived: form.archived ? 0 : 1 }, { immediate: true })}>
            {form.archived ? t('storyRestoreFromArchive') : t('storyArchive')}
          </button>
          <button type="button" class="danger" onClick={deleteStory}>
            <Trash2 size={16} aria-hidden="true" focusable="false" />
            {t('storyDelete')}
          </button>
        </div>
      </form>
      <StoryHints story={form} />
    </div>
  );
}
