// ical.js (Mozilla Thunderbird's iCalendar library, RFC 5545, maintained, no dependencies) rather than a
// hand-written reader: invitations fold long lines, escape `\n`, `\,` and `\;` in text, and give times in a TZID
// whose rules come in the file's own VTIMEZONE (Outlook names them "W. Europe Standard Time"); ical.js unfolds,
// unescapes and resolves those zones, and only the picking of what a plan needs is ours.
import ICAL from 'ical.js';
import { BACKUP_LIMITS as L } from '@/utils/backup/format';
import type { Timestamp } from '@/utils/model';
import type { PlanInput } from '@/utils/plans/protocol';
import { normaliseMeetingUrl } from '@/utils/platforms/meeting-url';
import { checkImportSize, type ImportMessage } from '@/utils/stories/import-candidates';

/**
 * Plans from calendar invitations (`.ics` files, or the text of an invitation email), as candidates for the plan
 * editor: nothing here writes. Every VEVENT of a file is returned, so the UI can let the user pick one.
 */

export interface PlanCandidate {
  /** The event's UID: an invitation imported again (an update) should update the plan made from it. */
  uid: string;
  /** SEQUENCE: a higher one is a newer version of the same invitation. */
  sequence: number;
  /** The SUMMARY as given, for the picker and for when company and role cannot be told apart. */
  title: string;
  company: string;
  role: string;
  round: string;
  scheduledAt?: Timestamp;
  plannedMinutes?: number;
  /** The meeting link exactly as the invitation gives it (a Zoom `pwd` included), to open and copy. */
  meetingLink: string;
  /** The link's key (normaliseMeetingUrl), which binds calls to the plan: today's `Plan.meetingUrl`. */
  meetingUrl: string;
  interviewers: string[];
  /**
   * Interviewers whose address is outside the organizer's domain while others share it: usually the candidate
   * (an invitation has no "this is you" flag), so the import leaves them unticked for the user to confirm.
   */
  outsiders: string[];
  /** The organizer, kept apart: often a coordinator, not on the call; the UI may offer to add them. */
  organizer?: string;
  /** STATUS:CANCELLED or METHOD:CANCEL. */
  cancelled: boolean;
  warnings: ImportMessage[];
}

export type IcsImportResult = { ok: true; candidates: PlanCandidate[] } | { ok: false; error: ImportMessage };

export interface IcsImportOptions {
  /** The user's own address(es): they are an attendee of their own interview, not an interviewer. */
  candidateEmails?: readonly string[];
}

// --- Company and role from a title ---------------------------------------------------------------------------

const ROLE_WORDS =
  /\b(?:engineer|engineering|developer|manager|designer|analyst|scientist|lead|director|head|architect|consultant|intern|specialist|product|senior|staff|principal|junior|sre|devops|programmer|researcher|administrator|officer|vp|cto|ceo|associate|executive|owner|coordinator|technician|writer|marketing|sales|support)\b/i;
// "Recruiter" is no role word: "Recruiter screen" is a round far more often than a job title in an invitation.
const ROUND_WORDS =
  /\b(?:interview|screen|screening|call|chat|onsite|on-site|round|loop|panel|conversation|meeting|intro|introduction|debrief|technical|coding|behavioral|behavioural|final)\b/i;

export interface TitleParts {
  company: string;
  role: string;
  round: string;
}

function hasRoleWords(text: string): boolean {
  return ROLE_WORDS.test(text);
}

/**
 * Company, role and round from an invitation title, where they can be told apart: "Interview: Senior Engineer –
 * Acme", "Acme | Senior Engineer", "Senior Engineer at Acme", "Acme - Senior Engineer - Technical interview".
 * Null when they cannot: the title then goes to the plan as given, for the user to edit.
 */
export function splitInvitationTitle(summary: string): TitleParts | null {
  let text = summary.replace(/\s+/g, ' ').trim();
  let round = '';
  const prefix = /^([^:]{2,40}):\s+(.+)$/.exec(text);
  if (prefix && ROUND_WORDS.test(prefix[1]!)) {
    round = prefix[1]!.trim();
    text = prefix[2]!.trim();
  }
  const at = /^(.+?)\s+(?:at|@)\s+(.+)$/i.exec(text);
  if (at && hasRoleWords(at[1]!) && !hasRoleWords(at[2]!)) {
    return { role: at[1]!.trim(), company: at[2]!.trim(), round };
  }
  const pipe = text.includes('|');
  const parts = text
    .split(pipe ? /\s*\|\s*/ : /\s+[–—-]\s+|\s*[–—]\s*/)
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length < 2 || parts.length > 3) return null;
  if (parts.length === 3) {
    const roundIndex = parts.findIndex((part) => ROUND_WORDS.test(part) && !hasRoleWords(part));
    if (roundIndex < 0 || round) return null;
    round = parts[roundIndex]!;
    parts.splice(roundIndex, 1);
  }
  const [first, second] = parts as [string, string];
  if (!round && ROUND_WORDS.test(second) && !hasRoleWords(second)) {
    // "Acme - Phone screen": a company and a round, no role.
    return { company: first, role: '', round: second };
  }
  const firstIsRole = hasRoleWords(first);
  const secondIsRole = hasRoleWords(second);
  if (firstIsRole && !secondIsRole) return { role: first, company: second, round };
  if (secondIsRole && !firstIsRole) return { company: first, role: second, round };
  // Neither or both read as a role: the usual order of the separator (pipes name the company first).
  return pipe ? { company: first, role: second, round } : { role: first, company: second, round };
}

// --- Meeting links -------------------------------------------------------------------------------------------

const URL_IN_TEXT = /https?:\/\/[^\s<>"'\\]+/gi;

/** Links every invitation carries beside the meeting: help pages, dial-in lists, meeting options. */
const NOT_A_MEETING =
  /^https?:\/\/(?:support\.google\.com|tel\.meet|aka\.ms|go\.microsoft\.com|[^/]*zoom\.us\/(?:u|zoomconference|meeting\/register)\b|teams\.microsoft\.com\/meetingOptions|calendar\.google\.com|www\.google\.com\/calendar)/i;

export function urlsInText(text: string): string[] {
  return [...text.matchAll(URL_IN_TEXT)].map((match) => match[0].replace(/[.,;:!?)\]}>]+$/, ''));
}

/** A link that opens a call on a platform Starboard knows (normaliseMeetingUrl reduces it to a meeting key). */
export function isKnownMeetingUrl(url: string): boolean {
  return /^(?:meet|zoom|teams):/.test(normaliseMeetingUrl(url)) || /^https?:\/\/teams\.live\.com\/meet\//i.test(url);
}

/** The best meeting link of several sources, in order of trust: a known platform's first, then any other link. */
export function pickMeetingLink(sources: readonly string[]): string {
  const urls = sources.flatMap(urlsInText).filter((url) => !NOT_A_MEETING.test(url));
  return urls.find(isKnownMeetingUrl) ?? urls[0] ?? '';
}

// --- Times ---------------------------------------------------------------------------------------------------

/** The offset of an IANA zone at an instant, in ms, through the platform's own zone data (Intl). */
function zoneOffset(at: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(at));
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second')) - at;
}

function isIanaZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** A wall-clock time in an IANA zone as an instant (two passes settle the offset across a DST change). */
export function wallTimeInZone(wall: number, timeZone: string): Timestamp {
  const first = wall - zoneOffset(wall, timeZone);
  return wall - zoneOffset(first, timeZone);
}

interface StartTime {
  at?: Timestamp;
  warnings: ImportMessage[];
}

function startOf(event: ICAL.Component): StartTime {
  const prop = event.getFirstProperty('dtstart');
  if (!prop) return { warnings: [{ messageKey: 'icsWarningNoStart' }] };
  const time = prop.getFirstValue() as ICAL.Time;
  if (time.isDate) {
    const at = new Date(time.year, time.month - 1, time.day).getTime();
    return { at, warnings: [{ messageKey: 'icsWarningAllDay' }] };
  }
  const tzid = prop.getParameter('tzid') as string | undefined;
  const zone = time.zone;
  if (zone === ICAL.Timezone.utcTimezone || zone?.tzid === 'UTC')
    return { at: time.toJSDate().getTime(), warnings: [] };
  if (tzid && zone && zone.tzid === tzid && zone.component) return { at: time.toJSDate().getTime(), warnings: [] };
  const wall = Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute, time.second);
  if (tzid && isIanaZone(tzid)) return { at: wallTimeInZone(wall, tzid), warnings: [] };
  const local = new Date(time.year, time.month - 1, time.day, time.hour, time.minute, time.second).getTime();
  if (tzid) return { at: local, warnings: [{ messageKey: 'icsWarningUnknownTimeZone', substitutions: [tzid] }] };
  return { at: local, warnings: [{ messageKey: 'icsWarningFloatingTime' }] };
}

function lengthOf(event: ICAL.Event): { minutes?: number; warnings: ImportMessage[] } {
  const component = event.component;
  if (!component.hasProperty('dtend') && !component.hasProperty('duration')) {
    return { warnings: [{ messageKey: 'icsWarningNoLength' }] };
  }
  if (event.startDate?.isDate) return { warnings: [] };
  const minutes = Math.round(event.duration.toSeconds() / 60);
  if (minutes <= 0 || minutes > 24 * 60) return { warnings: [{ messageKey: 'icsWarningNoLength' }] };
  return { minutes, warnings: [] };
}

// --- People --------------------------------------------------------------------------------------------------

function emailOf(prop: ICAL.Property): string {
  return String(prop.getFirstValue() ?? '')
    .replace(/^mailto:/i, '')
    .trim()
    .toLowerCase();
}

function nameOf(prop: ICAL.Property): string {
  const cn = prop.getParameter('cn');
  const name = (Array.isArray(cn) ? cn.join(' ') : (cn ?? '')).replace(/^"|"$/g, '').trim();
  return (name || emailOf(prop)).slice(0, L.shortChars);
}

/** Attendees who are people on the call: not rooms, resources or groups, not the candidate, not the organizer. */
function interviewersOf(
  event: ICAL.Component,
  options: IcsImportOptions,
): { names: string[]; outsiders: string[]; organizer?: string } {
  const own = new Set((options.candidateEmails ?? []).map((email) => email.trim().toLowerCase()));
  const organizerProp = event.getFirstProperty('organizer');
  const organizerEmail = organizerProp ? emailOf(organizerProp) : '';
  const names: string[] = [];
  const domainOf = (email: string) => email.slice(email.lastIndexOf('@') + 1);
  const organizerDomain = organizerEmail.includes('@') ? domainOf(organizerEmail) : '';
  const inside = new Set<string>();
  const outside = new Set<string>();
  for (const prop of event.getAllProperties('attendee')) {
    const type = String(prop.getParameter('cutype') ?? 'INDIVIDUAL').toUpperCase();
    if (type !== 'INDIVIDUAL' && type !== 'UNKNOWN') continue;
    const email = emailOf(prop);
    if (own.has(email) || (organizerEmail && email === organizerEmail)) continue;
    const name = nameOf(prop);
    if (name && !names.includes(name)) names.push(name);
    if (organizerDomain && email.includes('@')) (domainOf(email) === organizerDomain ? inside : outside).add(name);
  }
  const organizer = organizerProp ? nameOf(organizerProp) : '';
  const kept = names.slice(0, L.listItems);
  const outsiders = inside.size > 0 ? kept.filter((name) => outside.has(name) && !inside.has(name)) : [];
  return { names: kept, outsiders, ...(organizer ? { organizer } : {}) };
}

// --- Events --------------------------------------------------------------------------------------------------

function text(component: ICAL.Component, name: string): string {
  const value = component.getFirstPropertyValue(name);
  return value === null || value === undefined ? '' : String(value);
}

function titleFields(summary: string): { company: string; role: string; round: string; warnings: ImportMessage[] } {
  const parts = splitInvitationTitle(summary);
  if (parts) {
    return {
      company: parts.company.slice(0, L.shortChars),
      role: parts.role.slice(0, L.shortChars),
      round: parts.round.slice(0, L.shortChars),
      warnings: [],
    };
  }
  // Company and role cannot be told apart: the title is the round ("Technical interview") for the user to edit.
  return {
    company: '',
    role: '',
    round: summary.slice(0, L.shortChars),
    warnings: summary ? [{ messageKey: 'icsWarningTitleNotSplit', substitutions: [summary] }] : [],
  };
}

function candidateOf(component: ICAL.Component, method: string, options: IcsImportOptions): PlanCandidate {
  const event = new ICAL.Event(component);
  const summary = text(component, 'summary').replace(/\s+/g, ' ').trim();
  const title = titleFields(summary);
  const start = startOf(component);
  const length = lengthOf(event);
  const link = pickMeetingLink(
    [
      'x-google-conference',
      'x-microsoft-skypeteamsmeetingurl',
      'x-microsoft-onlinemeetingconflink',
      'location',
      'url',
      'description',
    ].map((name) => text(component, name)),
  );
  const people = interviewersOf(component, options);
  const warnings = [...start.warnings, ...length.warnings, ...title.warnings];
  if (!link) warnings.push({ messageKey: 'icsWarningNoLink' });
  else if (link.length > L.lineChars) warnings.push({ messageKey: 'icsWarningLinkTooLong' });
  if (component.hasProperty('rrule')) warnings.push({ messageKey: 'icsWarningRecurring' });
  const cancelled = method === 'CANCEL' || text(component, 'status').toUpperCase() === 'CANCELLED';
  if (cancelled) warnings.push({ messageKey: 'icsWarningCancelled' });
  const meetingLink = link.length > L.lineChars ? '' : link;
  return {
    uid: text(component, 'uid'),
    sequence: Number(component.getFirstPropertyValue('sequence') ?? 0) || 0,
    title: summary,
    company: title.company,
    role: title.role,
    round: title.round,
    ...(start.at === undefined ? {} : { scheduledAt: start.at }),
    ...(length.minutes === undefined ? {} : { plannedMinutes: length.minutes }),
    meetingLink,
    meetingUrl: normaliseMeetingUrl(meetingLink),
    interviewers: people.names,
    outsiders: people.outsiders,
    ...(people.organizer ? { organizer: people.organizer } : {}),
    cancelled,
    warnings,
  };
}

/** Every event of an `.ics` file as a plan candidate; a file that is not iCalendar, or holds no event, is an error. */
export function plansFromIcs(ics: string, options: IcsImportOptions = {}): IcsImportResult {
  const tooLarge = checkImportSize(ics);
  if (tooLarge) return { ok: false, error: tooLarge };
  let root: ICAL.Component;
  try {
    root = new ICAL.Component(ICAL.parse(ics.replace(/^\uFEFF/, '').trim()));
  } catch {
    return { ok: false, error: { messageKey: 'icsErrorUnreadable' } };
  }
  const calendars = root.name === 'vcalendar' ? [root] : root.getAllSubcomponents('vcalendar');
  const candidates = calendars.flatMap((calendar) => {
    const method = text(calendar, 'method').toUpperCase();
    return calendar.getAllSubcomponents('vevent').map((event) => candidateOf(event, method, options));
  });
  if (candidates.length === 0) return { ok: false, error: { messageKey: 'icsErrorNoEvent' } };
  return { ok: true, candidates };
}

/**
 * The plan an invitation makes: the link as given (the background derives the key calls bind by), and the UID and
 * SEQUENCE so the same invitation imported again updates this plan. When company and role cannot be told apart,
 * the SUMMARY is kept in the round for the user to edit.
 */
export function planInputOf(candidate: PlanCandidate): PlanInput {
  return {
    company: candidate.company,
    role: candidate.role,
    round: candidate.round,
    scheduledAt: candidate.scheduledAt ?? null,
    ...(candidate.plannedMinutes === undefined ? {} : { plannedMinutes: candidate.plannedMinutes }),
    meetingUrl: candidate.meetingLink,
    interviewers: candidate.interviewers,
    // A UID longer than a backup allows could not be restored; such a plan just does not update by UID.
    ...(candidate.uid && candidate.uid.length <= L.lineChars
      ? { uid: candidate.uid, sequence: Math.max(0, candidate.sequence) }
      : {}),
  };
}

/**
 * The plan an invitation updates: the one made from the same UID. `stale` when the file is an older version
 * (lower SEQUENCE) than the one the plan was made from, so the UI can ask before going back.
 */
export function planForInvitation<P extends { uid?: string; sequence?: number }>(
  candidate: Pick<PlanCandidate, 'uid' | 'sequence'>,
  plans: readonly P[],
): { plan: P; stale: boolean } | null {
  if (!candidate.uid) return null;
  const plan = plans.find((p) => p.uid === candidate.uid);
  return plan ? { plan, stale: candidate.sequence < (plan.sequence ?? 0) } : null;
}

// --- Pasted invitation text ----------------------------------------------------------------------------------

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

interface Clock {
  hour: number;
  minute: number;
}

function clockOf(hour: string, minute: string | undefined, meridiem: string | undefined): Clock | null {
  let h = Number(hour);
  const m = Number(minute ?? 0);
  const ampm = meridiem?.toLowerCase().replace(/\./g, '');
  if (ampm === 'pm' && h < 12) h += 12;
  if (ampm === 'am' && h === 12) h = 0;
  return h <= 23 && m <= 59 ? { hour: h, minute: m } : null;
}

const TIME = String.raw`(\d{1,2})(?:[:.h](\d{2}))?\s*([ap]\.?m\.?)?`;

interface FoundTime {
  wall: number;
  minutes?: number;
  /** Minutes east of UTC, when the text says (`UTC+01:00`, `GMT-5`). */
  offset?: number;
}

function dateOf(text: string): { year: number; month: number; day: number } | null {
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(text);
  if (iso) return { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) };
  const monthFirst = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(text);
  const dayFirst = /\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/.exec(text);
  const [monthName, day, year] = monthFirst
    ? [monthFirst[1]!, monthFirst[2]!, monthFirst[3]!]
    : dayFirst
      ? [dayFirst[2]!, dayFirst[1]!, dayFirst[3]!]
      : [];
  const month = monthName ? MONTHS.indexOf(monthName.slice(0, 3).toLowerCase()) + 1 : 0;
  return month ? { year: Number(year), month, day: Number(day) } : null;
}

/** "Tuesday, March 3, 2026 10:00 AM-11:00 AM (UTC+01:00) …", "2026-03-03 10:00–10:45", "3 March 2026 ⋅ 10am – 11am". */
function timeOf(line: string): FoundTime | null {
  const date = dateOf(line);
  if (!date) return null;
  const afterDate = line.replace(
    /\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?,?\s+\d{4}\b|\b[A-Za-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b/,
    ' ',
  );
  const range = new RegExp(`${TIME}\\s*(?:-|–|—|to)\\s*${TIME}`, 'i').exec(afterDate);
  const single = range ?? new RegExp(`(?:^|\\s|⋅|·|,|@)${TIME}(?=\\s|$|\\(|,)`, 'i').exec(afterDate);
  if (!single) return null;
  const meridiemEnd = range?.[6];
  const start = clockOf(single[1]!, single[2], single[3] ?? meridiemEnd);
  if (!start || (!single[2] && !single[3] && !meridiemEnd)) return null;
  const wall = Date.UTC(date.year, date.month - 1, date.day, start.hour, start.minute);
  const found: FoundTime = { wall };
  if (range) {
    const end = clockOf(range[4]!, range[5], range[6]);
    if (end) {
      let minutes = end.hour * 60 + end.minute - (start.hour * 60 + start.minute);
      if (minutes <= 0) minutes += 24 * 60;
      if (minutes < 24 * 60) found.minutes = minutes;
    }
  }
  const offset = /\b(?:UTC|GMT)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?/i.exec(line);
  if (offset) found.offset = (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3] ?? 0));
  else if (/\((?:UTC|GMT)\)|\bUTC\b|\bGMT\b/.test(line)) found.offset = 0;
  return found;
}

export interface InvitationTextResult {
  candidate: PlanCandidate;
  /** What the text gave, so the UI can say so honestly: the rest is for the user to fill in. */
  found: Array<'title' | 'time' | 'length' | 'link'>;
}

/**
 * Best effort over an invitation email pasted as text: a `When:` (or any) line with a date and time, a subject
 * line, the meeting link. Null fields are not guessed; `found` lists what was read, and an error says when nothing
 * was.
 */
export function planFromInvitationText(
  pasted: string,
): { ok: true; result: InvitationTextResult } | { ok: false; error: ImportMessage } {
  const tooLarge = checkImportSize(pasted);
  if (tooLarge) return { ok: false, error: tooLarge };
  const lines = pasted.split(/\r\n?|\n/).map((line) => line.trim());
  const found: InvitationTextResult['found'] = [];
  const warnings: ImportMessage[] = [];

  const labelled = (pattern: RegExp) =>
    lines.map((line) => pattern.exec(line)?.[1]?.trim()).find((value): value is string => Boolean(value));
  const summary = (labelled(/^(?:subject|title|event|meeting|betreff|objet)\s*:\s*(.+)$/i) ?? '').replace(/\s+/g, ' ');
  const whenLine = labelled(/^(?:when|date|time|wann|quand)\s*:\s*(.+)$/i);
  const time = (whenLine ? timeOf(whenLine) : null) ?? lines.map(timeOf).find((value) => value !== null) ?? null;
  const link = pickMeetingLink([pasted]);

  const title = titleFields(summary);
  if (summary) found.push('title');
  let scheduledAt: Timestamp | undefined;
  if (time) {
    found.push('time');
    if (time.offset !== undefined) scheduledAt = time.wall - time.offset * 60_000;
    else {
      const wall = new Date(time.wall);
      scheduledAt = new Date(
        wall.getUTCFullYear(),
        wall.getUTCMonth(),
        wall.getUTCDate(),
        wall.getUTCHours(),
        wall.getUTCMinutes(),
      ).getTime();
      warnings.push({ messageKey: 'icsWarningFloatingTime' });
    }
    if (time.minutes !== undefined) found.push('length');
  }
  if (link) found.push('link');
  if (found.length === 0) return { ok: false, error: { messageKey: 'invitationErrorNothingFound' } };
  if (!time) warnings.push({ messageKey: 'icsWarningNoStart' });
  if (!link) warnings.push({ messageKey: 'icsWarningNoLink' });
  const meetingLink = link.length > L.lineChars ? '' : link;
  return {
    ok: true,
    result: {
      found,
      candidate: {
        uid: '',
        sequence: 0,
        title: summary,
        company: title.company,
        role: title.role,
        round: title.round,
        ...(scheduledAt === undefined ? {} : { scheduledAt }),
        ...(time?.minutes === undefined ? {} : { plannedMinutes: time.minutes }),
        meetingLink,
        meetingUrl: normaliseMeetingUrl(meetingLink),
        interviewers: [],
        outsiders: [],
        cancelled: false,
        warnings: [...warnings, ...title.warnings],
      },
    },
  };
}
