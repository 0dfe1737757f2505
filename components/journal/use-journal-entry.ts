import { useEffect, useRef, useState } from 'preact/hooks';
import { request } from '@/utils/api/client';
import { subscribe } from '@/utils/api/live';
import { followElsewhere } from '@/utils/journal/merge';
import { type JournalEntryInput, journalFormKey } from '@/utils/journal/protocol';
import type { Id, JournalEntry } from '@/utils/model';

/** The form's copy in the drafts table: what was typed, and when, so a newer copy wins over the saved entry. */
interface CrashCopy {
  form: JournalEntryInput;
  at: number;
}

function isCrashCopy(value: unknown): value is CrashCopy {
  const copy = value as CrashCopy | null;
  return (
    typeof copy?.at === 'number' && typeof copy.form === 'object' && copy.form !== null && copy.form.id !== undefined
  );
}

const SAVE_DELAY_MS = 1_000;

export type SaveState = 'saved' | 'saving' | 'error' | 'final';

export type LoadState =
  | { status: 'loading' }
  | { status: 'missing' }
  | { status: 'error' }
  | { status: 'ready'; draft: 0 | 1; restored: boolean; savedAt: number };

/** Fields another tab or window changed while this form was open: taken into the form, or kept as typed here. */
export interface ChangedElsewhere {
  taken: Array<keyof JournalEntryInput>;
  kept: Array<keyof JournalEntryInput>;
}

const union = <T>(a: readonly T[], b: readonly T[]) => [...new Set([...a, ...b])];

function inputOf(entry: JournalEntry): JournalEntryInput {
  const { createdAt: _created, updatedAt: _updated, draft: _draft, ...input } = entry;
  return input;
}

/**
 * A journal entry being edited. Every change goes at once to the drafts table (a copy that survives a crash or a
 * closed tab), then, debounced, to the entry itself through `journal.save`, which keeps the entry's draft flag.
 * `save(true)` is "Save entry": the entry becomes final. Writes are queued, so an older autosave can never land
 * after a newer one.
 */
export function useJournalEntry(entryId: Id) {
  const [load, setLoad] = useState<LoadState>({ status: 'loading' });
  const [form, setForm] = useState<JournalEntryInput | null>(null);
  const [saveState, setSaveState] = useState<SaveState>('saved');
  const [saveError, setSaveError] = useState<string | null>(null);
  const latest = useRef<JournalEntryInput | null>(null);
  /**
   * The entry as this form last had it from the store, and that version's time: a save writes only what the form
   * changed since (journal.save), and a newer version pushed by the store is another tab's edit.
   */
  const base = useRef<{ input: JournalEntryInput; at: number } | null>(null);
  /** A version pushed while a save was in flight: judged once the save says which version is this form's own. */
  const pushedDuringSave = useRef<JournalEntry | null>(null);
  const saving = useRef(false);
  const [changedElsewhere, setChangedElsewhere] = useState<ChangedElsewhere | null>(null);
  const noteElsewhere = (taken: ChangedElsewhere['taken'], kept: ChangedElsewhere['kept']) => {
    if (taken.length + kept.length === 0) return;
    setChangedElsewhere((seen) => ({
      taken: union(seen?.taken ?? [], taken),
      kept: union(seen?.kept ?? [], kept),
    }));
  };
  /** Changes the entry itself does not have yet. */
  const unsaved = useRef(false);
  /** Changes the crash copy does not have yet. */
  const uncopied = useRef(false);
  const copyInFlight = useRef(false);
  const saveTimer = useRef<ReturnType<typeof setTimeout>>();
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  /** Set once the entry is deleted: nothing may write it back. */
  const discarded = useRef(false);

  useEffect(() => {
    let cancelled = false;
    (async () => {
      const [entry, copy] = await Promise.all([
        request('journal.get', entryId),
        request('formBackup.get', journalFormKey(entryId)).catch(() => null),
      ]);
      if (cancelled) return;
      if (!entry) {
        setLoad({ status: 'missing' });
        return;
      }
      const restored = isCrashCopy(copy) && copy.at > entry.updatedAt;
      // Over the stored entry, so a copy written by an older build that lacks a field still makes a whole form.
      const start = restored ? { ...inputOf(entry), ...copy.form, id: entry.id } : inputOf(entry);
      latest.current = start;
      base.current = { input: inputOf(entry), at: entry.updatedAt };
      setForm(start);
      setLoad({ status: 'ready', draft: entry.draft, restored, savedAt: entry.updatedAt });
      if (restored) {
        // What was typed before the crash is not in the entry yet: save it again now.
        unsaved.current = true;
        setSaveState('saving');
        saveTimer.current = setTimeout(() => void save(false), SAVE_DELAY_MS);
      }
    })().catch(() => !cancelled && setLoad({ status: 'error' }));
    return () => {
      cancelled = true;
    };
  }, [entryId]);

  /** Another tab's save of this entry, while this form is open: its fields come in unless typed over here. */
  const follow = (entry: JournalEntry | null) => {
    if (!entry || !base.current || !latest.current || discarded.current || entry.updatedAt <= base.current.at) return;
    if (saving.current) {
      pushedDuringSave.current = entry;
      return;
    }
    const next = followElsewhere(base.current.input, latest.current, inputOf(entry));
    base.current = { input: next.base, at: entry.updatedAt };
    if (next.taken.length > 0) {
      latest.current = next.form;
      setForm(next.form);
    }
    noteElsewhere(next.taken, next.kept);
  };

  useEffect(() => subscribe('journal.get', entryId, follow, () => undefined), [entryId]);

  /**
   * Sends the crash copy at once, on every change: a tab can close a moment after the last keystroke. One write
   * is in flight at a time; the newest text follows when it lands. `force` (leaving the page) does not wait.
   */
  const writeCopy = (force = false) => {
    if (!uncopied.current || !latest.current || discarded.current) return;
    if (copyInFlight.current && !force) return;
    uncopied.current = false;
    copyInFlight.current = true;
    request('formBackup.put', { key: journalFormKey(entryId), value: { form: latest.current, at: Date.now() } }).then(
      () => {
        copyInFlight.current = false;
        writeCopy();
      },
      () => {
        // The next change (or leaving the page) tries again; the form still shows every word meanwhile.
        copyInFlight.current = false;
        uncopied.current = true;
      },
    );
  };

  const save = (final: boolean): Promise<JournalEntry | null> => {
    clearTimeout(saveTimer.current);
    writeCopy();
    const run = async (): Promise<JournalEntry | null> => {
      const entry = latest.current;
      if (!entry || discarded.current || (!final && !unsaved.current)) return null;
      unsaved.current = false;
      setSaveState('saving');
      saving.current = true;
      try {
        const saved = await request('journal.save', { entry, base: base.current?.input, final });
        base.current = { input: inputOf(saved), at: saved.updatedAt };
        // The store merged another tab's edits of fields this form left alone: show them, unless typed over since.
        const taken = (saved.changedElsewhere ?? []).filter((key) => !(saved.overwritten ?? []).includes(key));
        if (taken.length > 0 && latest.current) {
          const next = { ...latest.current } as Record<keyof JournalEntryInput, unknown>;
          for (const key of taken) {
            if (JSON.stringify(latest.current[key]) === JSON.stringify(entry[key])) next[key] = saved[key];
          }
          latest.current = next as JournalEntryInput;
          setForm(latest.current);
        }
        noteElsewhere(taken, saved.overwritten ?? []);
        setSaveError(null);
        if (final) setLoad((state) => (state.status === 'ready' ? { ...state, draft: 0, restored: false } : state));
        setSaveState(unsaved.current ? 'saving' : final ? 'final' : 'saved');
        return saved;
      } catch (error) {
        // The crash copy still has every word; the next change or leaving the page tries again.
        unsaved.current = true;
        setSaveState('error');
        setSaveError(error instanceof Error && error.name === 'JournalEntryInvalidError' ? error.message : null);
        return null;
      } finally {
        saving.current = false;
        const pushed = pushedDuringSave.current;
        pushedDuringSave.current = null;
        follow(pushed);
      }
    };
    const next = queue.current.then(run, run);
    queue.current = next;
    return next;
  };

  const change = (update: (current: JournalEntryInput) => JournalEntryInput) => {
    if (!latest.current) return;
    const next = update(latest.current);
    latest.current = next;
    setForm(next);
    unsaved.current = true;
    uncopied.current = true;
    setSaveState('saving');
    writeCopy();
    clearTimeout(saveTimer.current);
    saveTimer.current = setTimeout(() => void save(false), SAVE_DELAY_MS);
  };

  /**
   * Deletes the entry, after what was typed is saved (so its undo brings back every word), and stops every later
   * write. Returns the entry as deleted, for the undo.
   */
  const remove = async (): Promise<JournalEntry | null> => {
    await save(false).catch(() => null);
    discarded.current = true;
    clearTimeout(saveTimer.current);
    await queue.current.catch(() => undefined);
    return request('journal.delete', entryId);
  };

  useEffect(() => {
    const flush = () => {
      writeCopy(true);
      void save(false);
    };
    const onVisibility = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      flush();
    };
  }, [entryId]);

  return { load, form, change, save, remove, saveState, saveError, changedElsewhere };
}
