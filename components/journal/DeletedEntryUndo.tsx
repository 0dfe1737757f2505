import { useEffect, useRef, useState } from 'preact/hooks';
import { request } from '@/utils/api/client';
import { t } from '@/utils/i18n';
import { entryTitle } from '@/utils/journal/summary';
import type { JournalEntry } from '@/utils/model';

/**
 * The entry just deleted, for its undo. Held outside the form because the form goes with the entry: the dashboard
 * leaves for the list, and the panel's draft view closes once its draft is gone. One per page: only the latest delete
 * can be undone, as with stories and plans.
 */
let lastDeleted: JournalEntry | null = null;
const listeners = new Set<() => void>();

export function noteDeletedEntry(entry: JournalEntry | null): void {
  lastDeleted = entry;
  for (const listener of listeners) listener();
}

function titleOf(entry: JournalEntry): string {
  return entryTitle(entry) || t('journalUntitledEntry');
}

/**
 * "Deleted … Undo": a delete is the one thing in the journal that cannot be retyped (issue #12: in the in-call panel a
 * page's overlay could steer the clicks that confirm one). Undo writes the entry back as it was, draft flag and all.
 */
export function DeletedEntryUndo({ onRestored }: { onRestored?(entry: JournalEntry): void }) {
  const [entry, setEntry] = useState(lastDeleted);
  const [failed, setFailed] = useState(false);
  const undoRef = useRef<HTMLButtonElement>(null);
  // The delete button went with the form: focus (and the view) go to the undo, not to the top of a long page.
  useEffect(() => {
    if (entry) undoRef.current?.focus();
  }, [entry]);
  useEffect(() => {
    const listener = () => setEntry(lastDeleted);
    listeners.add(listener);
    listener();
    return () => {
      listeners.delete(listener);
    };
  }, []);
  return (
    <div role="status" class="status">
      {entry && (
        <span class="row">
          {t('journalEntryDeleted', titleOf(entry))}
          <button
            ref={undoRef}
            type="button"
            onClick={async () => {
              try {
                const restored = await request('journal.restore', entry);
                noteDeletedEntry(null);
                setFailed(false);
                onRestored?.(restored);
              } catch {
                setFailed(true);
              }
            }}
          >
            {t('undo')}
          </button>
          {failed && <span class="error-text">{t('panelActionFailed')}</span>}
        </span>
      )}
    </div>
  );
}
