import { ArrowDown, ArrowUp, X } from 'lucide-preact';
import { useState } from 'preact/hooks';
import { IconButton } from '@/components/ui/IconButton';
import { useLive } from '@/components/ui/use-live';
import { request } from '@/utils/api/client';
import { BACKUP_LIMITS } from '@/utils/backup/format';
import { addItem, defaultChecklistItems, moveItem, removeItem, renameItem } from '@/utils/closing/checklist';
import { t } from '@/utils/i18n';
import type { ChecklistItem } from '@/utils/model';

interface ChecklistEditorProps {
  /** The list to start from; the editor keeps its own copy until saved. */
  initial: readonly ChecklistItem[];
  /** Prefix for element ids, so two editors can share a page. */
  idPrefix: string;
  /** `base` is the list the editor started from, so a save can keep changes made elsewhere meanwhile. */
  onSave(items: ChecklistItem[], base: readonly ChecklistItem[]): Promise<void>;
  /** Resets to the default and returns the list that now applies, for the editor to show. */
  onReset(): Promise<ChecklistItem[]>;
  onCancel?: () => void;
}

type Status = { kind: 'ok' | 'error'; text: string } | null;

/**
 * Edits a closing checklist: rename in place, add, remove, move up and down, reset to the default. Changes stay
 * in the editor until saved, and a failed save keeps them, so nothing typed is lost.
 */
export function ChecklistEditor({ initial, idPrefix, onSave, onReset, onCancel }: ChecklistEditorProps) {
  const [base, setBase] = useState<readonly ChecklistItem[]>(initial);
  const [items, setItems] = useState<ChecklistItem[]>(() => initial.map((item) => ({ ...item })));
  const [newLabel, setNewLabel] = useState('');
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);

  const run = async (action: () => Promise<void>, done: string) => {
    setBusy(true);
    try {
      await action();
      setStatus({ kind: 'ok', text: done });
    } catch {
      setStatus({ kind: 'error', text: t('checklistEditorFailed') });
    } finally {
      setBusy(false);
    }
  };

  const save = () => {
    if (items.length === 0 || items.some((item) => item.label.trim() === '')) {
      setStatus({ kind: 'error', text: t('checklistEditorEmptyLabel') });
      return;
    }
    void run(async () => {
      const saved = items.map((item) => ({ id: item.id, label: item.label.trim() }));
      await onSave(saved, base);
      // Saved: a second save from this editor changes only what is edited after this one.
      setBase(saved);
    }, t('checklistEditorSaved'));
  };

  const add = (event: Event) => {
    event.preventDefault();
    const label = newLabel.trim();
    if (!label) {
      setStatus({ kind: 'error', text: t('checklistEditorNewItemEmpty') });
      return;
    }
    setItems(addItem(items, label));
    setNewLabel('');
    setStatus(null);
  };

  return (
    <div class="checklist-editor stack">
      <ol class="list checklist-editor-items">
        {items.map((item, index) => {
          const name = item.label.trim() || t('checklistEditorItem', index + 1);
          return (
            <li key={item.id} class="checklist-editor-item">
              <input
                type="text"
                maxLength={BACKUP_LIMITS.lineChars}
                aria-label={t('checklistEditorItem', index + 1)}
                value={item.label}
                onInput={(event) => setItems(renameItem(items, item.id, event.currentTarget.value))}
              />
              <IconButton
                icon={ArrowUp}
                label={t('checklistEditorMoveUp', name)}
                disabled={index === 0}
                onClick={() => setItems(moveItem(items, index, index - 1))}
              />
              <IconButton
                icon={ArrowDown}
                label={t('checklistEditorMoveDown', name)}
                disabled={index === items.length - 1}
                onClick={() => setItems(moveItem(items, index, index + 1))}
              />
              <IconButton
                icon={X}
                label={t('checklistEditorRemove', name)}
                onClick={() => setItems(removeItem(items, item.id))}
              />
            </li>
          );
        })}
      </ol>
      <form class="checklist-editor-add" onSubmit={add}>
        <label for={`${idPrefix}-new-item`}>{t('checklistEditorNewItem')}</label>
        <div class="row">
          <input
            id={`${idPrefix}-new-item`}
            type="text"
            maxLength={BACKUP_LIMITS.lineChars}
            value={newLabel}
            onInput={(event) => setNewLabel(event.currentTarget.value)}
          />
          <button type="submit">{t('checklistEditorAdd')}</button>
        </div>
      </form>
      <div class="row">
        <button type="button" class="primary" disabled={busy} onClick={save}>
          {t('checklistEditorSave')}
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() =>
            void run(async () => {
              const applied = await onReset();
              setBase(applied);
              setItems(applied.map((item) => ({ ...item })));
            }, t('checklistEditorResetDone'))
          }
        >
          {t('checklistEditorReset')}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('checklistEditorCancel')}
          </button>
        )}
      </div>
      <p role="status" class={status?.kind === 'error' ? 'status error-text' : 'status'}>
        {status?.text ?? ''}
      </p>
    </div>
  );
}

/** The closing checklist every call gets unless its plan has its own. */
export function ChecklistTemplateEditor() {
  const settings = useLive('settings.get', undefined);
  return (
    <section class="card stack" aria-labelledby="checklist-template-heading">
      <h2 id="checklist-template-heading">{t('settingsChecklistHeading')}</h2>
      <p class="muted">{t('settingsChecklistIntro')}</p>
      {settings.status === 'ready' && (
        <ChecklistEditor
          idPrefix="template"
          initial={settings.value.checklistTemplate ?? defaultChecklistItems(t)}
          onSave={async (items, base) => {
            await request('closing.editTemplate', { base: [...base], items });
          }}
          onReset={async () => {
            // Null, not today's default items: the built-in list keeps following the language and plan details.
            await request('settings.update', { checklistTemplate: null });
            return defaultChecklistItems(t);
          }}
        />
      )}
    </section>
  );
}
