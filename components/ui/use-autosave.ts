import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { request } from '@/utils/api/client';

export type SaveState = 'saved' | 'saving' | 'error';

export const AUTOSAVE_DELAY_MS = 400;
/** After a failed write, try again on this schedule until one succeeds (or the user edits, which retries too). */
const RETRY_DELAY_MS = 3_000;

export interface Autosave<T> {
  form: T;
  saveState: SaveState;
  /** Applies an edit at once and saves it shortly after typing stops (`immediate` for clicks such as archive). */
  update(patch: Partial<T>, options?: { immediate?: boolean }): void;
  /** Saves whatever is pending now; resolves once it is written (or failed and kept). */
  flush(): Promise<void>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The draft's fields that differ from the saved record: only those are re-applied (and re-saved). */
export function draftChanges<T extends object>(saved: T, draft: unknown, fields: readonly (keyof T)[]): Partial<T> {
  if (!isRecord(draft)) return {};
  const changes: Partial<T> = {};
  for (const field of fields) {
    if (!Object.hasOwn(draft, field as string)) continue;
    const value = draft[field as string];
    if (JSON.stringify(value) !== JSON.stringify(saved[field])) changes[field] = value as T[keyof T];
  }
  return changes;
}

/**
 * A form that saves itself. Every change is also put in the drafts table (`<draftKey>`) at once, so closing the tab
 * mid-sentence loses nothing: when the form opens again, a draft left behind is applied and saved. The draft is
 * cleared only after a save that left nothing pending. The form keeps its own copy, so a push from the background
 * (our own save coming back) never moves the caret or drops a keystroke.
 */
export function useAutosave<T extends object>({
  draftKey,
  saved,
  fields,
  save,
  delayMs = AUTOSAVE_DELAY_MS,
}: {
  draftKey: string;
  /** The stored record as the form opened; later pushes are deliberately ignored (see above). */
  saved: T;
  /** The fields a draft may restore. */
  fields: readonly (keyof T)[];
  save(patch: Partial<T>): Promise<unknown>;
  delayMs?: number;
}): Autosave<T> {
  const [form, setForm] = useState(saved);
  const [saveState, setSaveState] = useState<SaveState>('saved');
  const formRef = useRef(saved);
  const pending = useRef<Partial<T>>({});
  const touched = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const saveRef = useRef(save);
  saveRef.current = save;
  const mounted = useRef(true);

  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    const patch = pending.current;
    if (Object.keys(patch).length === 0) return;
    pending.current = {};
    setSaveState('saving');
    try {
      await saveRef.current(patch);
      // Edits made while the save was on its way are still only in the draft: keep it until they are saved too.
      if (Object.keys(pending.current).length === 0) {
        setSaveState('saved');
        await request('formBackup.delete', draftKey).catch(() => undefined);
      }
    } catch {
      // Keep the unsaved fields (newer edits win) and retry; the draft still holds them if the tab closes.
      pending.current = { ...patch, ...pending.current };
      setSaveState('error');
      clearTimeout(timer.current);
      // Once the form is gone the draft is the copy of record; it is applied when the form opens again.
      if (mounted.current) timer.current = setTimeout(() => void flush(), RETRY_DELAY_MS);
    }
  }, [draftKey]);

  const apply = useCallback(
    (patch: Partial<T>, immediate: boolean) => {
      formRef.current = { ...formRef.current, ...patch };
      pending.current = { ...pending.current, ...patch };
      setForm(formRef.current);
      setSaveState('saving');
      void request('formBackup.put', { key: draftKey, value: formRef.current }).catch(() => undefined);
      clearTimeout(timer.current);
      if (immediate) void flush();
      else timer.current = setTimeout(() => void flush(), delayMs);
    },
    [draftKey, delayMs, flush],
  );

  const update = useCallback(
    (patch: Partial<T>, options: { immediate?: boolean } = {}) => {
      touched.current = true;
      apply(patch, options.immediate ?? false);
    },
    [apply],
  );

  useEffect(() => {
    mounted.current = true;
    let closed = false;
    request('formBackup.get', draftKey)
      .then((draft) => {
        // What the user typed since the form opened is newer than any draft.
        if (closed || touched.current) return;
        const changes = draftChanges(saved, draft, fields);
        if (Object.keys(changes).length > 0) apply(changes, false);
      })
      .catch(() => undefined);
    const onPageHide = () => void flush();
    const onVisibilityChange = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    window.addEventListener('pagehide', onPageHide);
    document.addEventListener('visibilitychange', onVisibilityChange);
    return () => {
      closed = true;
      mounted.current = false;
      window.removeEventListener('pagehide', onPageHide);
      document.removeEventListener('visibilitychange', onVisibilityChange);
      void flush();
    };
    // One form per draft key: the caller re-mounts (key=) for another record.
  }, [draftKey]);

  return { form, saveState, update, flush };
}
