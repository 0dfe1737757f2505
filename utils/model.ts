/**
 * The data Starboard keeps, as stored in IndexedDB by the background. Every surface sees these shapes through the
 * typed API (utils/api); none opens the database itself.
 *
 * Booleans are not indexable in IndexedDB, so flags that queries filter on are stored as 0 | 1.
 */

export type Id = string;
/** Milliseconds since the epoch. */
export type Timestamp = number;

/** The standard competencies hiring scorecards ask about; users may add their own labels beside them. */
export const STANDARD_COMPETENCIES = [
  'leadership',
  'technical-problem-solving',
  'conflict-resolution',
  'innovation',
  'failure-recovery',
  'collaboration',
  'communication',
  'ownership-delivery',
  'ambiguity',
  'customer-focus',
  'mentoring',
  'influence',
] as const;
export type StandardCompetency = (typeof STANDARD_COMPETENCIES)[number];

/** The five a candidate should cover with a strong story before any loop. */
export const CORE_COMPETENCIES: readonly StandardCompetency[] = [
  'leadership',
  'technical-problem-solving',
  'conflict-resolution',
  'innovation',
  'failure-recovery',
];

/** A standard competency id, or a user's own label. */
export type Competency = StandardCompetency | (string & {});

export type Strength = 1 | 2 | 3 | 4 | 5;

export interface Story {
  id: Id;
  title: string;
  /** The one quotable detail that makes the story memorable. */
  hook: string;
  situation: string;
  task: string;
  action: string;
  result: string;
  resultMetrics: string;
  competencies: Competency[];
  strength: Strength;
  domain: string;
  archived: 0 | 1;
  /** Set on the stories seeded on first run, so they can be removed in one click. */
  sample: 0 | 1;
  /** When the story last happened (for the "older than 5 years" check); optional. */
  happenedAt?: Timestamp;
  lastToldAt?: Timestamp;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export type PlanStatus = 'planned' | 'done' | 'cancelled';

export interface ChecklistItem {
  id: Id;
  label: string;
}

export interface Plan {
  id: Id;
  company: string;
  role: string;
  /** Round or stage, free text: "Recruiter screen", "Onsite 2". */
  round: string;
  scheduledAt?: Timestamp;
  plannedMinutes: number;
  /**
   * The meeting link as the candidate gave it (with its password, e.g. Zoom's `pwd`), for "Join" and "Copy". Plans
   * written before schema v2 hold their key here instead (e.g. "meet:abc-defg-hij"): see meetingLinkForDisplay.
   */
  meetingUrl: string;
  /** What identifies the meeting (normaliseMeetingUrl of the link): calls are bound to a plan by it. Since v2. */
  meetingKey?: string;
  interviewers: string[];
  /** Ordered: the first is shown first on the cue card. */
  pinnedStoryIds: Id[];
  questionsToAsk: string[];
  /** The one narrative to keep consistent across the loop. */
  pitch: string;
  notes: string;
  status: PlanStatus;
  /** Minutes before the end when the closing checklist comes forward; falls back to the setting. */
  reminderMinutes?: number;
  /**
   * Minutes before the start for this interview's heads-up (a notification, when heads-ups are on in Settings):
   * 0 for none; absent uses the setting.
   */
  headsUpMinutes?: number;
  /** A per-plan closing checklist; falls back to the template in settings. */
  checklist?: ChecklistItem[];
  /**
   * The UID of the calendar invitation the plan was made from: importing that invitation again (an update) updates
   * this plan instead of adding one. Found by scanning plans (a person has dozens), so no index.
   */
  uid?: string;
  /** The invitation's SEQUENCE when imported: a lower one is an older copy of the same invitation. */
  sequence?: number;
  sample: 0 | 1;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export const PLATFORMS = ['meet', 'zoom', 'teams', 'generic', 'rehearsal'] as const;
export type Platform = (typeof PLATFORMS)[number];
/**
 * `waiting`: asked to join and not let in yet (Meet's "Asking to be let in", Teams' lobby). Like `lobby` it is not a
 * call: no call record, panel or clock until `in-call`.
 */
export const CALL_STATES = ['lobby', 'waiting', 'in-call', 'ended'] as const;
export type CallState = (typeof CALL_STATES)[number];

export type CallEvent =
  /** `interviewer`: who the candidate said was asking (one of the plan's interviewers); absent when not said. */
  | { type: 'story-told'; at: Timestamp; storyId: Id; interviewer?: string }
  | { type: 'question-captured'; at: Timestamp; text: string; interviewer?: string }
  | { type: 'checklist-ticked'; at: Timestamp; itemId: Id; label: string; checked: boolean }
  | { type: 'reminder-shown'; at: Timestamp }
  | { type: 'share-started'; at: Timestamp }
  | { type: 'share-ended'; at: Timestamp };

export interface Call {
  id: Id;
  interviewId?: Id;
  platform: Platform;
  tabUrl: string;
  /** The tab the call runs in while it is live; cleared meaning nothing once the call ends. */
  tabId?: number;
  joinedAt: Timestamp;
  endedAt?: Timestamp;
  /** Planned length chosen in the panel for this call (presets 30/45/60), overriding the plan's. */
  plannedMinutes?: number;
  events: CallEvent[];
}

export const SELF_CALLS = ['strong-no-hire', 'no-hire', 'hire', 'strong-hire'] as const;
export type SelfCall = (typeof SELF_CALLS)[number];

export const OUTCOMES = ['pending', 'advanced', 'rejected', 'offer', 'withdrawn'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export interface CompetencyRating {
  competency: Competency;
  /** 1-4, as on interviewers' scorecards. */
  score: 1 | 2 | 3 | 4;
  evidence: string;
}

export interface AskedQuestion {
  text: string;
  storyId?: Id;
  /** Who asked it, when the candidate said so in the panel ("who is asking"). */
  interviewer?: string;
}

export interface FollowUp {
  text: string;
  due?: Timestamp;
  done: boolean;
}

export interface ChecklistResult {
  itemId: Id;
  label: string;
  checked: boolean;
  at?: Timestamp;
}

export interface JournalEntry {
  id: Id;
  callId?: Id;
  interviewId?: Id;
  company: string;
  role: string;
  round: string;
  platform?: Platform;
  date: Timestamp;
  durationMinutes?: number;
  questions: AskedQuestion[];
  storiesUsed: Id[];
  ratings: CompetencyRating[];
  selfCall?: SelfCall;
  wentWell: string;
  improve: string;
  reflections: string;
  signals: string;
  followUps: FollowUp[];
  outcome: Outcome;
  compensationNotes: string;
  checklist: ChecklistResult[];
  /**
   * The figures (numbers in the result) each used story was told with, for the plan editor's inconsistency check
   * (utils/plans/figures.ts). Absent on entries written before it existed.
   */
  toldFigures?: Array<{ storyId: Id; figures: string[] }>;
  /**
   * Which interviewer heard which story, as the candidate marked it in the call ("who is asking"): one row per story
   * and interviewer. Absent when nobody was named; never rewritten by the form (it records the call).
   */
  toldTo?: Array<{ storyId: Id; interviewer: string }>;
  draft: 0 | 1;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface PracticeSession {
  id: Id;
  storyId: Id;
  question: string;
  at: Timestamp;
  seconds: number;
  /** Self-rated delivery, 1-4. */
  rating: 1 | 2 | 3 | 4;
}

/** A form's unsaved state, so a failed write or a closed tab never loses what the user typed. */
export interface Draft {
  key: string;
  value: unknown;
  updatedAt: Timestamp;
}

export interface SettingRow {
  key: string;
  value: unknown;
}

/** What a long piece of background work is: a restore, an export, a rebuild of the search index. */
export type ProgressKind = 'restore' | 'export' | 'index';

/** How far it has got, for the page to draw a progress bar (table `progress`; not user data, never backed up). */
export interface ProgressRow {
  key: ProgressKind;
  done: number;
  total: number;
  at: Timestamp;
}

export const WORK_MODES = ['onsite', 'hybrid', 'remote'] as const;
export type WorkMode = (typeof WORK_MODES)[number];

/**
 * An offer a company made (issue #14), entered from the journal entry whose outcome was "offer" or by hand. Amounts
 * are in `currency`: base and bonus (target) per year, equity the whole grant vesting over `vestingYears` after a
 * `cliffMonths` cliff, sign-on once. A figure left out stays absent (never 0): the comparison shows it as unknown.
 */
export interface Offer {
  id: Id;
  company: string;
  role: string;
  /** The journal entry it was entered from. */
  journalEntryId?: Id;
  /** ISO 4217, e.g. "EUR". */
  currency: string;
  base?: number;
  bonus?: number;
  equity?: number;
  vestingYears?: number;
  cliffMonths?: number;
  signOn?: number;
  startDate?: Timestamp;
  /** When the company wants an answer. */
  deadline?: Timestamp;
  location: string;
  workMode?: WorkMode;
  notes: string;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}
