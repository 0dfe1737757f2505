import type { Call, Id, JournalEntry, Plan, Timestamp } from '@/utils/model';

/**
 * Freshness warnings for an interview plan: interviewers in one loop compare notes, so a story already told to the
 * same company in an earlier round reads as "only has one story". Only what actually happened counts: a story
 * marked told during a call, or listed as used in a journal entry, for another plan at that company.
 */

export interface RetellWarning {
  storyId: Id;
  /** The other plan the story was told in. */
  earlierInterviewId: Id;
  /** That plan's round, as the user typed it. */
  round: string;
  /** When it was told: the story-told event, or the journal entry's date. */
  at: Timestamp;
}

/** "Acme Corp", " acme  corp " and "AcmeCorp" are one company to the person typing them. */
export function companyKey(company: string): string {
  return company.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

/** What the warning needs of a journal entry: which plan it was, when, and the stories used. */
export type JournalTelling = Pick<JournalEntry, 'interviewId' | 'storiesUsed' | 'date' | 'toldFigures'>;

export function retellWarnings({
  interview,
  interviews,
  calls,
  journal,
  now = Date.now(),
}: {
  interview: Plan;
  interviews: readonly Plan[];
  calls: readonly Call[];
  journal: readonly JournalTelling[];
  /** Stands in for the plan's date when it has none. */
  now?: Timestamp;
}): RetellWarning[] {
  const company = companyKey(interview.company);
  const pinned = new Map(interview.pinnedStoryIds.map((storyId, position) => [storyId, position]));
  if (company === '' || pinned.size === 0) return [];

  const cutoff = interview.scheduledAt ?? now;
  const sameCompanyPlans = new Map(
    interviews
      .filter((other) => other.id !== interview.id && companyKey(other.company) === company)
      .map((other) => [other.id, other]),
  );
  if (sameCompanyPlans.size === 0) return [];

  // One warning per story and earlier plan, keeping the latest telling: that is the one the interviewer remembers.
  const warnings = new Map<string, RetellWarning>();
  const record = (storyId: Id, earlier: Plan, at: Timestamp) => {
    if (!pinned.has(storyId) || at >= cutoff) return;
    const key = `${storyId}\u0000${earlier.id}`;
    const existing = warnings.get(key);
    if (!existing || existing.at < at) {
      warnings.set(key, { storyId, earlierInterviewId: earlier.id, round: earlier.round, at });
    }
  };

  for (const call of calls) {
    const earlier = call.interviewId === undefined ? undefined : sameCompanyPlans.get(call.interviewId);
    if (!earlier) continue;
    for (const event of call.events) {
      if (event.type === 'story-told') record(event.storyId, earlier, event.at);
    }
  }
  for (const entry of journal) {
    const earlier = entry.interviewId === undefined ? undefined : sameCompanyPlans.get(entry.interviewId);
    if (!earlier) continue;
    for (const storyId of entry.storiesUsed) record(storyId, earlier, entry.date);
  }

  // In the plan's own story order, so warnings sit beside the pinned stories they are about.
  return [...warnings.values()].sort(
    (a, b) => (pinned.get(a.storyId) ?? 0) - (pinned.get(b.storyId) ?? 0) || a.at - b.at,
  );
}
