import type { Id, Plan, Story } from '@/utils/model';
import { companyKey } from '@/utils/plans/retell';

/** The other plans at the same company: the rounds whose tellings a plan's retell warning reads. */
export function sameCompanyPlanIds(interview: Pick<Plan, 'id' | 'company'>, interviews: readonly Plan[]): Id[] {
  const company = companyKey(interview.company);
  if (company === '') return [];
  return interviews
    .filter((other) => other.id !== interview.id && companyKey(other.company) === company)
    .map((other) => other.id)
    .sort();
}

/** Blank entries are kept while the user types but never stored: a blank interviewer name would be thanked. */
export function cleanList(items: readonly string[]): string[] {
  return items.map((item) => item.trim()).filter(Boolean);
}

/**
 * A stored meeting link (normalised so calls can be matched to the plan, e.g. "meet:abc-defg-hij") written back as
 * a link a person recognises. Normalising the result gives the stored key again; Teams keys keep only the thread, so
 * they are shown as stored.
 */
export function meetingLinkForDisplay(stored: string): string {
  const meet = /^meet:([a-z]{3}-[a-z]{4}-[a-z]{3})$/.exec(stored);
  if (meet) return `https://meet.google.com/${meet[1]}`;
  const zoom = /^zoom:(\d{9,12})$/.exec(stored);
  if (zoom) return `https://zoom.us/j/${zoom[1]}`;
  if (/^[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:\/\S*)?$/.test(stored)) return `https://${stored}`;
  return stored;
}

/**
 * A plan's pinned stories in the plan's order: the one answer to "which stories does this plan show", used by the
 * cue card, the background's call view, the journal draft and the closing checklist. A story deleted since is
 * skipped, and so is an archived one: the candidate put it away, so it must not come back on the cue card, lend its
 * hook to the checklist, or differ between "no call yet" and "in call".
 */
export function pinnedStoriesOf(
  plan: Pick<Plan, 'pinnedStoryIds'> | null | undefined,
  stories: readonly (Story | undefined)[],
): Story[] {
  if (!plan) return [];
  const byId = new Map<Id, Story>();
  for (const story of stories) if (story && story.archived === 0) byId.set(story.id, story);
  return plan.pinnedStoryIds.flatMap((id) => byId.get(id) ?? []);
}
