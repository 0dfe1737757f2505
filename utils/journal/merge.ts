import type { JournalEntryInput } from '@/utils/journal/protocol';

type Field = keyof JournalEntryInput;

/** Field by field: both sides are plain data (from a message or the store), so JSON compares them exactly. */
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The fields whose values differ between two versions of one entry. */
export function changedFields(from: JournalEntryInput, to: JournalEntryInput): Field[] {
  const keys = new Set([...Object.keys(from), ...Object.keys(to)]) as Set<Field>;
  return [...keys].filter((key) => !same(from[key], to[key]));
}

export interface EntryMerge {
  merged: JournalEntryInput;
  /** Fields another tab changed since `base`. */
  changedElsewhere: Field[];
  /** Of those, the ones this edit changed too, to a different value: this edit's value is the one kept. */
  overwritten: Field[];
}

/**
 * Two tabs editing one entry (issue #12): a form writes only what it changed since it loaded (`base`) over the row as
 * stored now, so another tab's edit of a different field survives. A three-way merge per field; no library does this
 * for a flat record in a few lines, and the rule (the later edit of the same field wins, and says so) is ours.
 */
export function mergeEntryEdit(
  stored: JournalEntryInput,
  base: JournalEntryInput,
  edited: JournalEntryInput,
): EntryMerge {
  const merged = { ...stored } as Record<Field, unknown>;
  const changedElsewhere = changedFields(base, stored);
  const overwritten: Field[] = [];
  for (const key of changedFields(base, edited)) {
    merged[key] = edited[key];
    if (changedElsewhere.includes(key) && !same(stored[key], edited[key])) overwritten.push(key);
  }
  return { merged: merged as JournalEntryInput, changedElsewhere, overwritten };
}

/**
 * What an open form takes from a version another tab saved: the fields it has not changed itself since `base`. The
 * others stay as typed, and `base` keeps their old value, so the next save still reports them as overwritten.
 */
export function followElsewhere(
  base: JournalEntryInput,
  current: JournalEntryInput,
  stored: JournalEntryInput,
): { form: JournalEntryInput; base: JournalEntryInput; taken: Field[]; kept: Field[] } {
  const form = { ...current } as Record<Field, unknown>;
  const nextBase = { ...stored } as Record<Field, unknown>;
  const taken: Field[] = [];
  const kept: Field[] = [];
  for (const key of changedFields(base, stored)) {
    if (same(current[key], base[key])) {
      form[key] = stored[key];
      taken.push(key);
    } else if (!same(current[key], stored[key])) {
      nextBase[key] = base[key];
      kept.push(key);
    }
  }
  return { form: form as JournalEntryInput, base: nextBase as JournalEntryInput, taken, kept };
}
