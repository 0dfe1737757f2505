import { assertStorable } from '@/entrypoints/background/backup/limits';
import type { StarboardDb } from '@/entrypoints/background/db';
import { loadPinnedStories } from '@/entrypoints/background/plans';
import type { FeatureHandlers } from '@/entrypoints/background/router';
import { getSettings } from '@/entrypoints/background/settings';
import {
  checkChecklistEdit,
  checklistResults,
  defaultChecklistItems,
  mergeChecklistEdit,
  resolveChecklist,
  trimmedLabels,
} from '@/utils/closing/checklist';
import type { ClosingCommands } from '@/utils/closing/protocol';
import { t } from '@/utils/i18n';
import type { Call, ChecklistItem, ChecklistResult, Id, Plan } from '@/utils/model';
import type { Settings } from '@/utils/settings/settings';
import { panelSeen } from './reminders';
export function closingFeature(db: StarboardDb): FeatureHandlers<Record<never, never>, ClosingCommands> {
  return {
    queries: {},
    commands: {
      'closing.seen': ({ callId }, { sender }) => panelSeen(db, callId, sender),
      'closing.editPlanChecklist': (edit) => editPlanChecklist(db, edit),
      'closing.editTemplate': (edit) => editChecklistTemplate(db, edit),
    },
  };
}

// Both lists the closing checklist is made from (a plan's own, the Settings template) are edited here, as one
// merge (mergeChecklistEdit): two tabs editing the same list keep both edits.

/**
 * A plan's own checklist saved from the panel's editor. Merged with the stored list in the same transaction, so a
 * second call tab that opened its editor before this one saved keeps its edit and this one's too.
 */
export async function editPlanChecklist(
  db: StarboardDb,
  input: { id: Id; base: ChecklistItem[]; items: ChecklistItem[] },
  now = Date.now(),
): Promise<Plan> {
  const { id, base, items } = input ?? {};
  if (typeof id !== 'string') throw new Error('A checklist edit needs the plan');
  checkChecklistEdit(base, items);
  return db.transaction('rw', db.interviews, async () => {
    const existing = await db.interviews.get(id);
    if (!existing) throw new Error(`No plan ${id}`);
    // No list of its own yet: the editor started from the template, which is what the plan had.
    const stored = existing.checklist && existing.checklist.length > 0 ? existing.checklist : base;
    const checklist = trimmedLabels(mergeChecklistEdit(base, items, stored));
    const interview: Plan = { ...existing, checklist, updatedAt: now };
    assertStorable('interviews', interview);
    await db.interviews.put(interview);
    return interview;
  });
}

/**
 * One edit of the closing-checklist template applied onto the template as it is now, so two dashboard tabs editing
 * it at once keep both edits (as `interviews.editChecklist` does for a plan's own list).
 */
export async function editChecklistTemplate(
  db: StarboardDb,
  input: { base: ChecklistItem[]; items: ChecklistItem[] },
): Promise<Settings> {
  const { base, items } = input ?? {};
  checkChecklistEdit(base, items);
  return db.transaction('rw', db.settings, async () => {
    const current = (await getSettings(db)).checklistTemplate ?? defaultChecklistItems(t);
    const checklistTemplate = trimmedLabels(mergeChecklistEdit(base as ChecklistItem[], items, current));
    await db.settings.put({ key: 'checklistTemplate', value: checklistTemplate });
    return getSettings(db);
  });
}

/**
 * The closing checklist of a call as it stands now, ticked or not, for the journal draft written at call end.
 * Items are resolved as the panel resolved them (plan's list, else the template, else the default filled from the
 * plan's pinned stories, via pinnedStoriesOf); ticks come from the call's 'checklist-ticked' events, which carry the
 * label shown at the time, so an item edited or removed since still reads as the candidate saw it.
 */
export async function callChecklistResults(db: StarboardDb, call: Call): Promise<ChecklistResult[]> {
  const plan = call.interviewId ? await db.interviews.get(call.interviewId) : undefined;
  const settings = await getSettings(db);
  const stories = await loadPinnedStories(db, plan);
  return checklistResults(resolveChecklist({ interview: plan, settings, stories }, t), call);
}
