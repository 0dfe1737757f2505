import { useEffect, useRef, useState } from 'preact/hooks';
import { request } from '@/utils/api/client';
import { type MessageKey, t } from '@/utils/i18n';
import type { Story } from '@/utils/model';

type TextField = 'title' | 'hook' | 'situation' | 'task' | 'action' | 'result' | 'resultMetrics' | 'domain';

const STAR_FIELDS: Array<{ field: TextField; label: MessageKey; multiline: boolean }> = [
  { field: 'title', label: 'storyFieldTitle', multiline: false },
  { field: 'hook', label: 'storyFieldHook', multiline: false },
  { field: 'situation', label: 'storyFieldSituation', multiline: true },
  { field: 'task', label: 'storyFieldTask', multiline: true },
  { field: 'action', label: 'storyFieldAction', multiline: true },
  { field: 'result', label: 'storyFieldResult', multiline: true },
  { field: 'resultMetrics', label: 'storyFieldResultMetrics', multiline: false },
  { field: 'domain', label: 'storyFieldDomain', multiline: false },
];

const AUTOSAVE_DELAY_MS = 400;

/**
 * Edits save themselves shortly after typing stops. The form keeps its own copy so a push from the background
 * (our own save coming back) never moves the caret or drops a keystroke.
 */
export function StoryEditor({ story, onDelete }: { story: Story; onDelete(): void }) {
  const [form, setForm] = useState(story);
  const [saveState, setSaveState] = useState<'saved' | 'saving' | 'error'>('saved');
  const pending = useRef<Partial<Story>>({});
  const timer = useRef<ReturnType<typeof setTimeout>>();

  const flush = async () => {
    clearTimeout(timer.current);
    const patch = pending.current;
    if (Object.keys(patch).length === 0) return;
    pending.current = {};
    setSaveState('saving');
    try {
      await request('stories.save', { id: story.id, ...patch });
      setSaveState('saved');
    } catch {
      // Keep the unsaved fields so the next edit (or leaving) retries them.
      pending.current = { ...patch, ...pending.current };
      setSaveState('error');
    }
  };

  const update = (patch: Partial<Story>) => {
    setForm((current) => ({ ...current, ...patch }));
    pending.current = { ...pending.current, ...patch };
    setSaveState('saving');
    clearTimeout(timer.current);
    timer.current = setTimeout(flush, AUTOSAVE_DELAY_MS);
  };

  useEffect(() => {
    const onHide = () => void flush();
    window.addEventListener('pagehide', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      void flush();
    };
  }, []);

  return (
    <form class="story-editor card stack" onSubmit={(event) => event.preventDefault()}>
      <div class="row" style={{ justifyContent: 'space-between' }}>
        <h2>{form.title || t('storyUntitled')}</h2>
        <span role="status" class="muted">
          {saveState === 'saving' ? t('saving') : saveState === 'error' ? t('saveFailed') : t('saved')}
        </span>
      </div>
      {STAR_FIELDS.map(({ field, label, multiline }) => {
        const id = `story-${field}`;
        return (
          <div class="field" key={field}>
            <label for={id}>{t(label)}</label>
            {multiline ? (
              <textarea
                id={id}
                value={form[field]}
                onInput={(event) => update({ [field]: event.currentTarget.value })}
              />
            ) : (
              <input id={id} value={form[field]} onInput={(event) => update({ [field]: event.currentTarget.value })} />
            )}
          </div>
        );
      })}
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
      <div class="row">
        <button type="button" class="danger" onClick={onDelete}>
          {t('storyDelete')}
        </button>
      </div>
    </form>
  );
}
