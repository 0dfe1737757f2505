import { checklistResults, resolveChecklist } from '@/utils/closing/checklist';
import { t } from '@/utils/i18n';
import type { Call, ChecklistResult, Story } from '@/utils/model';
import type { StarboardDb } from './db';
import { getSettings } from './settings';

/**
 * The closing checklist of a call as it stands now, ticked or not, for the journal draft written at call end.
 * Items are resolved the way the panel resolved them (plan's list, else the template, else the default filled
 * from the plan); ticks come from the call's 'checklist-ticked' events, which carry the label shown at the time,
 * so an item edited or removed since still reads as the candidate saw it.
 */
export async function callChecklistResults(db: StarboardDb, call: Call): Promise<ChecklistResult[]> {
  const interview = call.interviewId ? await db.interviews.get(call.interviewId) : undefined;
  const settings = await getSettings(db);
  const pinned = interview ? await db.stories.bulkGet(interview.pinnedStoryIds) : [];
  // As the panel saw them: it reads the active stories, so an archived top story does not lend its hook.
  const stories = pinned.filter((story): story is Story => story !== undefined && story.archived === 0);
  return checklistResults(resolveChecklist({ interview, settings, stories }, t), call);
}
