import type { MessageKey } from '../i18n';
import type { Call, ChecklistItem, ChecklistResult, Id, Plan, Story, Timestamp } from '../model';
import type { Settings } from '../settings/settings';

/**
 * The closing checklist: which items the candidate sees near the end of a call, how they edit the template, and
 * what they ticked. Pure: the translate function and id generator are passed in, so this runs in any context and
 * in tests without a browser.
 */

/** The same shape as `t` from `@/utils/i18n`, passed in so this module never touches `browser`. */
export type Translate = (key: MessageKey, substitutions?: string | number | Array<string | number>) => string;

export type DefaultChecklistId = 'fit' | 'standout-story' | 'meaningful-question' | 'next-steps' | 'thanks';

export interface DefaultChecklistItem {
  /** Stable across versions and locales, so ticks and journal results keep meaning when wording changes. */
  id: DefaultChecklistId;
  /** The generic wording; resolveChecklist swaps in a prefilled variant when the plan has the details. */
  labelKey: MessageKey;
}

/** Ordered as the close of an interview runs: fit first, thanks last. */
export const DEFAULT_CHECKLIST: readonly DefaultChecklistItem[] = [
  { id: 'fit', labelKey: 'checklistFit' },
  { id: 'standout-story', labelKey: 'checklistStandoutStory' },
  { id: 'meaningful-question', labelKey: 'checklistMeaningfulQuestion' },
  { id: 'next-steps', labelKey: 'checklistNextSteps' },
  { id: 'thanks', labelKey: 'checklistThanks' },
];

export interface ResolveChecklistInput {
  /** Absent when the call is not bound to a plan. */
  interview?:
    | (Partial<Pick<Plan, 'checklist'>> & Pick<Plan, 'interviewers' | 'questionsToAsk' | 'pinnedStoryIds'>)
    | undefined;
  settings: Partial<Pick<Settings, 'checklistTemplate'>>;
  /** Whatever stories the caller has loaded; only the plan's pinned ones are looked at. */
  stories: ReadonlyArray<Pick<Story, 'id' | 'hook'>>;
}

/** An empty list is treated as unset: a form that saves `[]` must not leave the candidate with no checklist. */
function usableList(list: readonly ChecklistItem[] | null | undefined): readonly ChecklistItem[] | undefined {
  return list && list.length > 0 ? list : undefined;
}

function firstNonBlank(values: readonly string[] | undefined): string | undefined {
  return values?.map((value) => value.trim()).find((value) => value !== '');
}

function joinNames(names: readonly string[], t: Translate): string {
  // The catalogue names its own language, so the names are joined like the sentence around them, not like the
  // browser's language (which may have no catalogue and fall back to English).
  try {
    return new Intl.ListFormat(t('checklistListLocale'), { style: 'long', type: 'conjunction' }).format(names);
  } catch {
    return new Intl.ListFormat('en', { style: 'long', type: 'conjunction' }).format(names);
  }
}

/** The built-in items in the current language, without plan details: the starting point for editing a template. */
export function defaultChecklistItems(t: Translate): ChecklistItem[] {
  return DEFAULT_CHECKLIST.map(({ id, labelKey }) => ({ id, label: t(labelKey) }));
}

/**
 * The items to show for a call: the plan's own checklist, else the user's template, else the built-in one in the
 * current language with the plan's details filled in, so each item is something to say rather than a reminder to
 * go and look something up mid-call.
 */
export function resolveChecklist(
  { interview, settings, stories }: ResolveChecklistInput,
  t: Translate,
): ChecklistItem[] {
  const custom = usableList(interview?.checklist) ?? usableList(settings.checklistTemplate);
  if (custom) {
    return custom.map((item) => ({ id: item.id, label: item.label.trim() })).filter((item) => item.label !== '');
  }

  const names = [...new Set(interview?.interviewers.map((name) => name.trim()).filter((name) => name !== ''))];
  const question = firstNonBlank(interview?.questionsToAsk);
  // The top pinned story is the first one that still exists; its hook is the line worth repeating. A top story
  // without a hook gets the generic wording rather than a later story's hook, which the candidate did not rank first.
  const topStory = interview?.pinnedStoryIds
    .map((id) => stories.find((story) => story.id === id))
    .find((story) => story !== undefined);
  const hook = topStory?.hook.trim() || undefined;

  return DEFAULT_CHECKLIST.map(({ id, labelKey }): ChecklistItem => {
    switch (id) {
      case 'standout-story':
        return { id, label: hook ? t('checklistStandoutStoryHook', hook) : t(labelKey) };
      case 'meaningful-question':
        return { id, label: question ? t('checklistMeaningfulQuestionPrefilled', question) : t(labelKey) };
      case 'thanks':
        return { id, label: names.length > 0 ? t('checklistThanksNames', joinNames(names, t)) : t(labelKey) };
      default:
        return { id, label: t(labelKey) };
    }
  });
}

// Template editing. Every helper returns a new list and leaves its input alone, so an editor can keep the
// previous list for undo and hand the new one straight to state.

export type NewId = () => Id;

const randomId: NewId = () => crypto.randomUUID();

/** Appends an item. Ids key the ticks recorded during calls, so a new one must not collide with an existing one. */
export function addItem(list: readonly ChecklistItem[], label: string, newId: NewId = randomId): ChecklistItem[] {
  const taken = new Set(list.map((item) => item.id));
  let id = newId();
  for (let attempt = 0; taken.has(id); attempt++) {
    if (attempt >= 100) throw new Error('addItem: the id function keeps returning ids already in the list');
    id = newId();
  }
  return [...list, { id, label }];
}

export function removeItem(list: readonly ChecklistItem[], id: Id): ChecklistItem[] {
  return list.filter((item) => item.id !== id);
}

/** Moves the item at `from` to index `to` (clamped to the list), as a drag or an up/down button would. */
export function moveItem(list: readonly ChecklistItem[], from: number, to: number): ChecklistItem[] {
  const item = list[from];
  if (item === undefined || !Number.isInteger(to)) return [...list];
  const next = list.filter((_, index) => index !== from);
  next.splice(Math.max(0, Math.min(next.length, to)), 0, item);
  return next;
}

/** Keeps the label as typed (spaces included, or typing "Ask about" would lose its space); resolving trims. */
export function renameItem(list: readonly ChecklistItem[], id: Id, label: string): ChecklistItem[] {
  return list.map((item) => (item.id === id ? { ...item, label } : item));
}

/**
 * One edit of a plan's checklist applied onto the list as it is now, so two editors open at once (two call tabs on
 * the same plan) do not overwrite each other: what this edit changed since `base` (the list it started from) is
 * applied, and what changed elsewhere meanwhile is kept. An item added on either side stays (one added elsewhere
 * goes after the item it follows there); an item removed on either side is gone; a label follows the side that
 * renamed it, this edit if both did. The order is this edit's.
 */
export function isChecklist(value: unknown): value is ChecklistItem[] {
  return (
    Array.isArray(value) &&
    value.every(
      (item) =>
        typeof item === 'object' &&
        item !== null &&
        typeof (item as ChecklistItem).id === 'string' &&
        (item as ChecklistItem).id !== '' &&
        typeof (item as ChecklistItem).label === 'string',
    )
  );
}

/**
 * A checklist edit as the background accepts it: both lists well formed, every edited item labelled, ids distinct.
 * Throws a clear error otherwise, before anything is written.
 */
export function checkChecklistEdit(base: unknown, items: unknown): asserts items is ChecklistItem[] {
  if (!isChecklist(base) || !isChecklist(items)) {
    throw new Error('A checklist edit needs the list it started from and the edited list');
  }
  if (items.length === 0 || items.some((item) => item.label.trim() === '')) {
    throw new Error('Every checklist item needs a label');
  }
  if (new Set(items.map((item) => item.id)).size !== items.length) {
    throw new Error('Checklist items need distinct ids');
  }
}

/** Stored labels carry no stray spaces; the editor keeps them as typed until saved. */
export function trimmedLabels(items: readonly ChecklistItem[]): ChecklistItem[] {
  return items.map((item) => ({ id: item.id, label: item.label.trim() }));
}

export function mergeChecklistEdit(
  base: readonly ChecklistItem[],
  edited: readonly ChecklistItem[],
  current: readonly ChecklistItem[],
): ChecklistItem[] {
  const before = new Map(base.map((item) => [item.id, item.label]));
  const now = new Map(current.map((item) => [item.id, item.label]));
  const merged = edited.flatMap((item): ChecklistItem[] => {
    const baseLabel = before.get(item.id);
    if (baseLabel === undefined) return [{ ...item }];
    const currentLabel = now.get(item.id);
    if (currentLabel === undefined) return [];
    return [{ id: item.id, label: item.label === baseLabel ? currentLabel : item.label }];
  });
  const editedIds = new Set(edited.map((item) => item.id));
  current.forEach((item, index) => {
    if (before.has(item.id) || editedIds.has(item.id)) return;
    let at = 0;
    for (let previous = index - 1; previous >= 0; previous--) {
      const found = merged.findIndex((kept) => kept.id === current[previous]!.id);
      if (found !== -1) {
        at = found + 1;
        break;
      }
    }
    merged.splice(at, 0, { ...item });
  });
  return merged;
}

/**
 * The template value meaning "the built-in checklist". Null rather than the default items, so the checklist keeps
 * following the user's language and the plan's details instead of freezing today's English wording. For a plan's
 * own checklist, store `undefined` instead.
 */
export function resetToDefault(): null {
  return null;
}

// What was ticked during a call.

export interface Tick {
  checked: boolean;
  at: Timestamp;
}

/**
 * The final state of each ticked item. The latest event wins by time, not by array position, because events from
 * the in-page panel and the side panel can reach the background out of order; at equal times the later one wins.
 */
export function checklistTicks(call: Pick<Call, 'events'>): Map<Id, Tick> {
  return new Map([...latestTicks(call)].map(([itemId, { checked, at }]) => [itemId, { checked, at }]));
}

function latestTicks(call: Pick<Call, 'events'>): Map<Id, Tick & { label: string }> {
  const ticks = new Map<Id, Tick & { label: string }>();
  for (const event of call.events) {
    if (event.type !== 'checklist-ticked') continue;
    const previous = ticks.get(event.itemId);
    if (!previous || event.at >= previous.at) {
      ticks.set(event.itemId, { checked: event.checked, at: event.at, label: event.label });
    }
  }
  return ticks;
}

/**
 * One result per item, in the checklist's order, for the post-call journal. `at` is when an item was ticked, and
 * is absent for items left unticked (including ones unticked again). Items ticked during the call but no longer in
 * `items` (the plan was edited since) are kept at the end under the label they had when ticked: the candidate did
 * them, and the journal should say so.
 */
export function checklistResults(items: readonly ChecklistItem[], call: Pick<Call, 'events'>): ChecklistResult[] {
  const ticks = latestTicks(call);
  const results: ChecklistResult[] = items.map((item) => {
    const tick = ticks.get(item.id);
    return tick?.checked
      ? { itemId: item.id, label: item.label, checked: true, at: tick.at }
      : { itemId: item.id, label: item.label, checked: false };
  });

  const listed = new Set(items.map((item) => item.id));
  const orphans = [...ticks]
    .filter(([itemId, tick]) => tick.checked && !listed.has(itemId))
    .sort(([, a], [, b]) => a.at - b.at)
    .map(([itemId, tick]): ChecklistResult => ({ itemId, label: tick.label, checked: true, at: tick.at }));
  return [...results, ...orphans];
}

/** Share of items ticked, 0..1; an empty checklist counts as 0 so nothing divides by zero downstream. */
export function completionRatio(results: readonly ChecklistResult[]): number {
  if (results.length === 0) return 0;
  return results.filter((result) => result.checked).length / results.length;
}
