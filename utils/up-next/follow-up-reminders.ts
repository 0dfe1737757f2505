import { planCaption } from '@/utils/cue-card/cue-card';
import { t } from '@/utils/i18n';
import type { OpenFollowUp } from '@/utils/journal/follow-ups';
import type { Timestamp } from '@/utils/model';

/**
 * Follow-up reminders: one notification when a follow-up (a thank-you note, "follow up on next steps") falls due,
 * never twice. One alarm per open, dated follow-up, named by its key; the keys already notified are the only other
 * state, so re-planning from the journal at every worker start and every journal or settings change moves, adds or
 * cancels alarms (a ticked or deleted follow-up has no key any more, so its alarm goes).
 *
 * A follow-up's key is its entry, its due time and its text (hashed): not its place in the list, which moves when an
 * earlier one is deleted. Moving the due date makes a new key, so the new date rings once too.
 */
const PREFIX = 'followup:';

/**
 * A follow-up whose time passed less than this long ago and that never rang (the browser was closed then) rings at
 * the next start; older ones do not, so an update, a restore or a first switch-on brings no burst of stale pings.
 * Up next lists them as overdue either way.
 */
export const LATE_RING_WITHIN_MS = 24 * 60 * 60_000;

/** FNV-1a, 32 bits: the key must tell texts apart, not keep them secret (it never leaves the extension). */
function textHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

export function followUpKey(followUp: Pick<OpenFollowUp, 'entryId' | 'text' | 'due'>): string {
  return `${followUp.entryId}:${followUp.due ?? ''}:${textHash(followUp.text.trim())}`;
}

export const followUpAlarmName = (key: string) => `${PREFIX}${key}`;

export function followUpKeyOfAlarm(name: string): string | null {
  return name.startsWith(PREFIX) && name.length > PREFIX.length ? name.slice(PREFIX.length) : null;
}

/**
 * When each follow-up's reminder rings, by alarm name: open follow-ups with a date, not notified yet, due ahead or
 * missed less than `LATE_RING_WITHIN_MS` ago (those ring now). Nothing while reminders are off.
 */
export function followUpAlarms(
  followUps: readonly OpenFollowUp[],
  settings: { followUpReminders: boolean },
  notified: ReadonlySet<string>,
  now: Timestamp,
): Map<string, Timestamp> {
  const alarms = new Map<string, Timestamp>();
  if (!settings.followUpReminders) return alarms;
  for (const followUp of followUps) {
    if (followUp.due === undefined || followUp.due <= now - LATE_RING_WITHIN_MS) continue;
    const key = followUpKey(followUp);
    if (!notified.has(key)) alarms.set(followUpAlarmName(key), Math.max(followUp.due, now));
  }
  return alarms;
}

/** The keys worth remembering as notified: those of follow-ups still open (the rest can never ring again). */
export function stillOpen(notified: Iterable<string>, followUps: readonly OpenFollowUp[]): string[] {
  const open = new Set(followUps.map(followUpKey));
  return [...notified].filter((key) => open.has(key));
}

/** The notification's text: "Follow-up due" with the company and round, then the follow-up itself. */
export function followUpReminderText(followUp: OpenFollowUp): { title: string; message: string } {
  const caption = planCaption({ company: followUp.company, role: '', round: followUp.round });
  return {
    title: caption ? t('followUpReminderTitleFor', caption) : t('followUpReminderTitle'),
    message: followUp.text.trim(),
  };
}
