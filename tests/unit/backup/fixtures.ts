import { DERIVED_TABLES, StarboardDb } from '@/entrypoints/background/db';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from '@/utils/backup/format';
import type { Call, JournalEntry, Offer, Plan, PracticeSession, SettingRow, Story } from '@/utils/model';

/** Shared fixtures for the backup and export tests: realistic rows with every optional field set. */

const T0 = Date.UTC(2026, 10, 2, 15, 0);
const MIN = 60_000;

export function makeStory(overrides: Partial<Story> = {}): Story {
  return {
    id: 'story-checkout',
    title: 'Rescued the checkout migration',
    hook: 'We cut checkout errors from 4% to 0.3% in six weeks.',
    situation: 'Our legacy checkout service failed on 4% of orders during peak traffic.',
    task: 'I owned the migration to the new payments API before the holiday freeze.',
    action: 'I wrote a migration plan, set up shadow traffic, and rolled out by region behind flags.',
    result: 'Errors fell from 4% to 0.3%, and we shipped two weeks before the freeze.',
    resultMetrics: '4% → 0.3% errors; 2 weeks early',
    competencies: ['technical-problem-solving', 'ownership-delivery'],
    strength: 4,
    domain: 'Payments',
    archived: 0,
    sample: 0,
    happenedAt: T0 - 400 * 24 * 60 * MIN,
    lastToldAt: T0,
    createdAt: T0 - 30 * 24 * 60 * MIN,
    updatedAt: T0 - 2 * 24 * 60 * MIN,
    ...overrides,
  };
}

export function makePlan(overrides: Partial<Plan> = {}): Plan {
  return {
    id: 'interview-acme',
    company: 'Acme Robotics',
    role: 'Staff Engineer',
    round: 'Onsite 2 — system design',
    scheduledAt: T0,
    plannedMinutes: 45,
    meetingUrl: 'https://meet.google.com/abc-defg-hij',
    meetingKey: 'meet:abc-defg-hij',
    interviewers: ['Priya Raman', 'Jon Okafor'],
    pinnedStoryIds: ['story-checkout', 'story-conflict'],
    questionsToAsk: ['What does success look like in six months?'],
    pitch: 'I make messy, high-stakes systems reliable and bring the team along.',
    notes: 'Panel cares about incident response.',
    status: 'done',
    reminderMinutes: 8,
    checklist: [
      { id: 'next-steps', label: 'Ask about next steps' },
      { id: 'thanks', label: 'Thank the interviewers' },
    ],
    sample: 0,
    createdAt: T0 - 7 * 24 * 60 * MIN,
    updatedAt: T0 - 24 * 60 * MIN,
    ...overrides,
  };
}

export function makeCall(overrides: Partial<Call> = {}): Call {
  return {
    id: 'call-acme',
    interviewId: 'interview-acme',
    platform: 'meet',
    tabUrl: 'https://meet.google.com/abc-defg-hij',
    tabId: 412,
    joinedAt: T0,
    endedAt: T0 + 47 * MIN + 20_000,
    plannedMinutes: 45,
    events: [
      { type: 'question-captured', at: T0 + 3 * MIN, text: 'Tell me about a migration that went wrong.' },
      { type: 'story-told', at: T0 + 4 * MIN, storyId: 'story-checkout' },
      { type: 'share-started', at: T0 + 10 * MIN },
      { type: 'share-ended', at: T0 + 25 * MIN },
      { type: 'question-captured', at: T0 + 26 * MIN, text: '  How do you handle disagreement with a PM?  ' },
      { type: 'story-told', at: T0 + 27 * MIN, storyId: 'story-conflict' },
      { type: 'question-captured', at: T0 + 30 * MIN, text: '   ' },
      { type: 'story-told', at: T0 + 33 * MIN, storyId: 'story-checkout' },
      { type: 'reminder-shown', at: T0 + 37 * MIN },
      {
        type: 'checklist-ticked',
        at: T0 + 40 * MIN,
        itemId: 'next-steps',
        label: 'Ask about next steps',
        checked: true,
      },
    ],
    ...overrides,
  };
}

export function makeEntry(overrides: Partial<JournalEntry> = {}): JournalEntry {
  const entry: JournalEntry = {
    id: 'entry-acme',
    callId: 'call-acme',
    interviewId: 'interview-acme',
    company: 'Acme Robotics',
    role: 'Staff Engineer',
    round: 'Onsite 2',
    platform: 'meet',
    date: T0,
    durationMinutes: 47,
    questions: [
      { text: 'Tell me about a migration that went wrong.', storyId: 'story-checkout' },
      { text: 'Why Acme?' },
    ],
    storiesUsed: ['story-checkout'],
    ratings: [{ competency: 'technical-problem-solving', score: 3, evidence: 'Walked through the shadow traffic.' }],
    selfCall: 'hire',
    wentWell: 'Clear structure; numbers landed.',
    improve: 'Shorter situation.',
    reflections: 'They probed rollback plans.',
    signals: 'Interviewer said "great detail".',
    followUps: [{ text: 'Send thank-you note', due: T0 + 24 * 60 * MIN, done: false }],
    outcome: 'advanced',
    compensationNotes: 'Band L6, 10% bonus.',
    checklist: [{ itemId: 'next-steps', label: 'Ask about next steps', checked: true, at: T0 + 40 * MIN }],
    draft: 0,
    createdAt: T0 + 50 * MIN,
    updatedAt: T0 + 60 * MIN,
    ...overrides,
  };
  return entry;
}

export function makePractice(overrides: Partial<PracticeSession> = {}): PracticeSession {
  return {
    id: 'practice-1',
    storyId: 'story-checkout',
    question: 'Tell me about a time you shipped under pressure.',
    at: T0 - 24 * 60 * MIN,
    seconds: 118,
    rating: 3,
    ...overrides,
  };
}

export function makeSettings(): SettingRow[] {
  return [
    { key: 'reminderMinutes', value: 10 },
    { key: 'defaultPlannedMinutes', value: 45 },
    { key: 'checklistTemplate', value: [{ id: 'thanks', label: 'Thank them' }] },
    { key: 'platforms', value: { zoom: true, teams: false } },
  ];
}

export function makeOffer(overrides: Partial<Offer> = {}): Offer {
  return {
    id: 'offer-acme',
    company: 'Acme Robotics',
    role: 'Staff Engineer',
    journalEntryId: 'entry-acme',
    currency: 'EUR',
    base: 120_000,
    bonus: 12_000,
    equity: 80_000,
    vestingYears: 4,
    cliffMonths: 12,
    signOn: 10_000,
    startDate: T0 + 60 * 24 * 60 * MIN,
    deadline: T0 + 10 * 24 * 60 * MIN,
    location: 'Berlin',
    workMode: 'hybrid',
    notes: 'Relocation support offered.',
    createdAt: T0 + 2 * 24 * 60 * MIN,
    updatedAt: T0 + 3 * 24 * 60 * MIN,
    ...overrides,
  };
}

/** A backup as `exportBackup` writes it: no call tab ids. */
export function makeBackup(): Backup {
  const { tabId: _tabId, ...call } = makeCall();
  const entry = makeEntry();
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: T0 + 90 * MIN,
    tables: {
      stories: [makeStory(), makeStory({ id: 'story-conflict', title: 'Disagreed with a PM', strength: 3 })],
      interviews: [makePlan()],
      calls: [call],
      journal: [entry],
      practice: [makePractice()],
      settings: makeSettings(),
      offers: [makeOffer()],
    },
  };
}

let dbCount = 0;

/** A fresh database per call: fake-indexeddb is shared by the whole test file. */
export async function openTestDb(): Promise<StarboardDb> {
  dbCount += 1;
  const db = new StarboardDb(`starboard-test-${dbCount}-${Math.random().toString(36).slice(2)}`);
  await db.open();
  return db;
}

/** Every table, drafts included, as JSON in primary-key order: equal strings mean byte-for-byte equal data. */
export async function snapshot(db: StarboardDb): Promise<string> {
  const own = db.tables.filter((table) => !DERIVED_TABLES.includes(table.name));
  return db.transaction('r', own, async () => {
    const tables: Record<string, unknown[]> = {};
    for (const table of own) tables[table.name] = await table.toArray();
    return JSON.stringify(tables);
  });
}
