import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '@/entrypoints/background/features';
import { installJournalDrafts, MIN_DRAFT_CALL_MS } from '@/entrypoints/background/journal/drafts';
import { CallEvents, createDispatcher } from '@/entrypoints/background/router';
import type { JournalEntryInput } from '@/utils/api/protocol';
import { parseCsv } from '@/utils/backup/export-csv';
import { BACKUP_LIMITS } from '@/utils/backup/format';
import type { Call, JournalEntry } from '@/utils/model';
import { dashboardSender, EXTENSION_ID, EXTENSION_ORIGIN, freshDb } from '../db-helpers';

const MIN = 60_000;

function setup() {
  const db = freshDb();
  const events = new CallEvents();
  const badge: string[] = [];
  installJournalDrafts(db, events, async (text) => void badge.push(text));
  const dispatch = createDispatcher(createHandlers(db, events), EXTENSION_ID, EXTENSION_ORIGIN);
  const ask = <K extends Parameters<typeof dispatch>[0]>(name: K, data: Parameters<typeof dispatch<K>>[1]) =>
    dispatch(name, data, dashboardSender);
  return { db, ask, badge };
}

async function planAndStories(ask: ReturnType<typeof setup>['ask']) {
  const told = await ask('stories.save', { title: 'Checkout migration', competencies: ['ownership-delivery'] });
  const other = await ask('stories.save', { title: 'PM disagreement', competencies: ['conflict-resolution'] });
  const plan = await ask('plans.save', {
    company: 'Acme Robotics',
    role: 'Staff Engineer',
    round: 'Onsite 2',
    meetingUrl: 'https://meet.google.com/abc-defg-hij',
    interviewers: ['Priya'],
    checklist: [
      { id: 'next-steps', label: 'Ask about next steps' },
      { id: 'thanks', label: 'Thank Priya' },
    ],
  });
  return { told, other, plan };
}

/** A call as the call service stores it, started `minutes` ago in tab 12. */
async function liveCall(db: ReturnType<typeof setup>['db'], overrides: Partial<Call> = {}, minutes = 40) {
  const call: Call = {
    id: crypto.randomUUID(),
    platform: 'meet',
    tabUrl: 'https://meet.google.com/abc-defg-hij',
    tabId: 12,
    joinedAt: Date.now() - minutes * MIN,
    events: [],
    ...overrides,
  };
  await db.calls.add(call);
  return call;
}

function inputOf(entry: JournalEntry): JournalEntryInput {
  const { createdAt: _c, updatedAt: _u, draft: _d, ...input } = entry;
  return input;
}

describe('journal drafts from calls', () => {
  it('drafts the entry when a call ends, with what happened in it, and shows the badge', async () => {
    const { db, ask, badge } = setup();
    const { told, plan } = await planAndStories(ask);
    const started = await ask('calls.start', {
      platform: 'generic',
      tabId: 12,
      tabUrl: 'https://meet.google.com/abc-defg-hij',
    });
    expect(started.interviewId).toBe(plan.id);
    // Backdate the start so the call has a length.
    await db.calls.update(started.id, { joinedAt: started.joinedAt - 42 * MIN });
    const at = Date.now();
    await ask('calls.addEvent', { callId: started.id, event: { type: 'story-told', at, storyId: told.id } });
    await ask('calls.addEvent', {
      callId: started.id,
      event: { type: 'question-captured', at, text: 'Tell me about a migration that went wrong.' },
    });
    await ask('calls.addEvent', {
      callId: started.id,
      event: { type: 'checklist-ticked', at, itemId: 'next-steps', label: 'Ask about next steps', checked: true },
    });
    expect(await ask('journal.forCall', { callId: started.id })).toBeNull();

    await ask('calls.end', { callId: started.id });

    const entry = await ask('journal.forCall', { callId: started.id });
    expect(entry).toMatchObject({
      callId: started.id,
      interviewId: plan.id,
      company: 'Acme Robotics',
      role: 'Staff Engineer',
      round: 'Onsite 2',
      platform: 'generic',
      date: started.joinedAt - 42 * MIN,
      durationMinutes: 42,
      storiesUsed: [told.id],
      questions: [{ text: 'Tell me about a migration that went wrong.' }],
      outcome: 'pending',
      draft: 1,
    });
    expect(entry?.checklist).toEqual([
      { itemId: 'next-steps', label: 'Ask about next steps', checked: true, at },
      { itemId: 'thanks', label: 'Thank Priya', checked: false },
    ]);
    // Found by the search index as soon as the draft is written (prefix of "migration").
    expect((await ask('journal.search', { text: 'migrat', offset: 0, limit: 10 })).entries.map((e) => e.id)).toEqual([
      entry?.id,
    ]);
    await vi.waitFor(() => expect(badge.at(-1)).toBe('1'));
    expect(await ask('journal.pendingDrafts', undefined)).toMatchObject({
      count: 1,
      latest: [{ id: entry?.id, company: 'Acme Robotics' }],
    });
    // Told in the call: the library knows when the story was last told.
    expect((await ask('stories.get', told.id))?.lastToldAt).toBe(at);
  });

  it('turns the plan done and tells the call tab a draft is ready, a fixed label only', async () => {
    const { db, ask } = setup();
    const relay = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    const { plan } = await planAndStories(ask);
    const cancelled = await ask('plans.save', { company: 'Beta', status: 'cancelled' });
    const call = await liveCall(db, { interviewId: plan.id });
    const other = await liveCall(db, { interviewId: cancelled.id, tabId: 13 });
    expect((await ask('plans.get', plan.id))?.status).toBe('planned');
    await ask('calls.end', { callId: call.id });
    await ask('calls.end', { callId: other.id });
    expect((await ask('plans.get', plan.id))?.status).toBe('done');
    expect((await ask('plans.get', cancelled.id))?.status).toBe('cancelled');
    await vi.waitFor(() =>
      expect(relay).toHaveBeenCalledWith(12, { type: 'starboard/label', label: 'draft' }, { frameId: 0 }),
    );
    relay.mockRestore();
  });

  it('drafts once per call, even when the end is reported twice', async () => {
    const { db, ask } = setup();
    const call = await liveCall(db);
    await ask('calls.end', { callId: call.id });
    await ask('calls.end', { callId: call.id });
    // The tab closing after the adapter said "ended" emits nothing new either.
    expect(await db.journal.where('callId').equals(call.id).count()).toBe(1);
  });

  it('uses the ticks’ own labels for items no longer in the plan', async () => {
    const { db, ask } = setup();
    const call = await liveCall(db, {
      events: [{ type: 'checklist-ticked', at: 5, itemId: 'custom-1', label: 'Mention the launch', checked: true }],
    });
    await ask('calls.end', { callId: call.id });
    const entry = await ask('journal.forCall', { callId: call.id });
    // No plan: the built-in checklist, unticked, and the orphan tick kept under its label.
    expect(entry?.checklist.at(-1)).toEqual({ itemId: 'custom-1', label: 'Mention the launch', checked: true, at: 5 });
    expect(entry?.checklist.filter((item) => item.checked)).toHaveLength(1);
    expect(entry?.checklist.length).toBeGreaterThan(1);
  });

  it('records no checklist when it never came up in the call', async () => {
    const { db, ask } = setup();
    const call = await liveCall(db);
    await ask('calls.end', { callId: call.id });
    expect((await ask('journal.forCall', { callId: call.id }))?.checklist).toEqual([]);
  });

  it('skips a short call with nothing in it, and rehearsals', async () => {
    const { db, ask, badge } = setup();
    const blip = await liveCall(db, {}, (MIN_DRAFT_CALL_MS - 10_000) / MIN);
    await ask('calls.end', { callId: blip.id });
    const rehearsal = await liveCall(db, { platform: 'rehearsal', tabId: 13 });
    await ask('calls.end', { callId: rehearsal.id });
    expect(await db.journal.count()).toBe(0);
    await vi.waitFor(() => expect(badge.length).toBeGreaterThan(0));
    expect(badge.every((text) => text === '')).toBe(true);

    const shortButUsed = await liveCall(
      db,
      { tabId: 14, events: [{ type: 'question-captured', at: 1, text: 'Why us?' }] },
      0.2,
    );
    await ask('calls.end', { callId: shortButUsed.id });
    expect(await db.journal.count()).toBe(1);
  });
});

describe('journal.save', () => {
  it('reindexes the entry, keeps the draft flag while autosaving, and clears it when saved as final', async () => {
    const { db, ask, badge } = setup();
    const call = await liveCall(db);
    await ask('calls.end', { callId: call.id });
    const draft = (await ask('journal.forCall', { callId: call.id }))!;
    await ask('formBackup.put', { key: `journal:${draft.id}`, value: { wentWell: 'half' } });

    const autosaved = await ask('journal.save', {
      entry: { ...inputOf(draft), company: 'Globex', wentWell: 'Kubernetes rollout story landed' },
    });
    expect(autosaved.draft).toBe(1);
    const found = await ask('journal.search', { text: 'kube', offset: 0, limit: 10 });
    expect(found.entries.map((entry) => entry.id)).toEqual([draft.id]);
    // The crash copy stays until the entry is saved as final.
    expect(await ask('formBackup.get', `journal:${draft.id}`)).not.toBeNull();

    const final = await ask('journal.save', {
      entry: { ...inputOf(autosaved), wentWell: 'Clear structure' },
      final: true,
    });
    expect(final.draft).toBe(0);
    expect(final.createdAt).toBe(draft.createdAt);
    expect((await ask('journal.search', { text: 'kubernetes', offset: 0, limit: 10 })).total).toBe(0);
    expect(await ask('formBackup.get', `journal:${draft.id}`)).toBeNull();
    await vi.waitFor(() => expect(badge.at(-1)).toBe(''));

    // Later edits of a reviewed entry stay reviewed.
    expect((await ask('journal.save', { entry: { ...inputOf(final), improve: 'pace' } })).draft).toBe(0);
  });

  it('updates the lastToldAt of the stories used to the interview date, never backwards', async () => {
    const { ask } = setup();
    const { told, other } = await planAndStories(ask);
    const manual = await ask('journal.createManual', { company: 'Initech' });
    const interviewDate = Date.now() - 3 * 24 * 60 * MIN;
    await ask('journal.save', {
      entry: {
        ...inputOf(manual),
        date: interviewDate,
        storiesUsed: [told.id],
        questions: [{ text: 'A conflict?', storyId: other.id }, { text: 'Why us?' }],
      },
    });
    expect((await ask('stories.get', told.id))?.lastToldAt).toBe(interviewDate);
    expect((await ask('stories.get', other.id))?.lastToldAt).toBe(interviewDate);

    const older = await ask('journal.createManual', {});
    await ask('journal.save', { entry: { ...inputOf(older), date: interviewDate - 99 * MIN, storiesUsed: [told.id] } });
    expect((await ask('stories.get', told.id))?.lastToldAt).toBe(interviewDate);
  });

  it('refuses text longer than a backup could restore, and changes nothing', async () => {
    const { db, ask } = setup();
    const entry = await ask('journal.createManual', { company: 'Initech' });
    const before = await db.journal.get(entry.id);
    await expect(
      ask('journal.save', { entry: { ...inputOf(entry), reflections: 'x'.repeat(BACKUP_LIMITS.textChars + 1) } }),
    ).rejects.toThrow(/reflections/);
    await expect(
      ask('journal.save', {
        entry: { ...inputOf(entry), ratings: [{ competency: 'leadership', score: 7 as 1, evidence: '' }] },
      }),
    ).rejects.toThrow(/ratings\[0\]\.score/);
    expect(await db.journal.get(entry.id)).toEqual(before);
  });

  it('stores only the fields an entry has', async () => {
    const { db, ask } = setup();
    const entry = await ask('journal.createManual', {});
    await ask('journal.save', { entry: { ...inputOf(entry), isAdmin: true, selfCall: undefined } as never });
    const stored = await db.journal.get(entry.id);
    expect(stored).not.toHaveProperty('isAdmin');
    expect(stored).not.toHaveProperty('selfCall');
  });
});

describe('journal reads', () => {
  async function seed(ask: ReturnType<typeof setup>['ask']) {
    const rows: Array<[string, string, number, JournalEntry['outcome']]> = [
      ['Acme', 'Recruiter screen', 1, 'advanced'],
      ['Acme', 'Onsite', 5, 'advanced'],
      ['Acme', 'Final', 9, 'offer'],
      ['Globex', 'Recruiter screen', 2, 'advanced'],
      ['Globex', 'Onsite', 6, 'rejected'],
      ['acme ', 'Onsite', 7, 'pending'],
    ];
    for (const [company, round, day, outcome] of rows) {
      const entry = await ask('journal.createManual', {});
      await ask('journal.save', {
        entry: { ...inputOf(entry), company, round, outcome, date: Date.UTC(2026, 0, day) },
        final: true,
      });
    }
  }

  it('lists distinct companies and rounds, and a company’s rounds in order', async () => {
    const { ask } = setup();
    await seed(ask);
    expect(await ask('journal.companies', undefined)).toEqual(['Acme', 'Globex']);
    expect(await ask('journal.rounds', undefined)).toEqual(['Final', 'Onsite', 'Recruiter screen']);
    const timeline = await ask('journal.timeline', { company: 'Acme' });
    expect(timeline.map((round) => round.round)).toEqual(['Recruiter screen', 'Onsite', 'Final']);
    expect(timeline[0]).not.toHaveProperty('wentWell');
  });

  it('pages through filtered results', async () => {
    const { ask } = setup();
    await seed(ask);
    const page1 = await ask('journal.search', { company: 'Acme', offset: 0, limit: 2 });
    expect(page1.total).toBe(3);
    expect(page1.entries.map((e) => e.round)).toEqual(['Final', 'Onsite']);
    const page2 = await ask('journal.search', { company: 'Acme', offset: 2, limit: 2 });
    expect(page2.entries.map((e) => e.round)).toEqual(['Recruiter screen']);
    expect((await ask('journal.search', { outcome: 'advanced', offset: 0, limit: 25 })).total).toBe(3);
  });

  it('aggregates insights in the background', async () => {
    const { ask } = setup();
    const { told } = await planAndStories(ask);
    await seed(ask);
    const [first] = (await ask('journal.search', { company: 'Acme', offset: 0, limit: 1 })).entries;
    await ask('journal.save', {
      entry: {
        ...inputOf(first!),
        storiesUsed: [told.id],
        ratings: [{ competency: 'leadership', score: 3, evidence: '' }],
        checklist: [{ itemId: 'a', label: 'A', checked: true }],
      },
    });
    const insights = await ask('insights.summary', undefined);
    expect(insights.entries).toBe(6);
    expect(insights.funnel.map((row) => row.label)).toEqual(['Recruiter screen', 'Onsite', 'Final']);
    expect(insights.funnel[1]).toMatchObject({ total: 3, outcomes: { advanced: 1, rejected: 1, pending: 1 } });
    expect(insights.storyUsage.stories).toEqual([{ storyId: told.id, title: 'Checkout migration', total: 1 }]);
    expect(insights.storyUsage.companies).toEqual(['Acme']);
    expect(insights.ratings).toEqual([
      { competency: 'leadership', count: 1, points: [{ month: '2026-01', average: 3, count: 1 }] },
    ]);
    expect(insights.checklist).toEqual([
      { label: 'all', total: 1, outcomes: { pending: 0, advanced: 0, rejected: 0, offer: 1, withdrawn: 0 } },
    ]);
  });

  it('exports one entry or the whole journal as Markdown and CSV', async () => {
    const { ask } = setup();
    await seed(ask);
    const csv = await ask('backup.exportJournal', { format: 'csv' });
    expect(csv.fileName).toMatch(/^starboard-journal-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(parseCsv(csv.text)).toHaveLength(7);
    const [entry] = (await ask('journal.search', { company: 'Globex', offset: 0, limit: 1 })).entries;
    const one = await ask('backup.exportJournal', { format: 'markdown', id: entry!.id });
    expect(one.fileName).toMatch(/^starboard-journal-globex-2026-01-0\d\.md$/);
    expect(one.text).toContain('# Globex · Onsite');
  });

  it('deletes an entry with its unsaved form copy', async () => {
    const { ask, badge } = setup();
    const entry = await ask('journal.createManual', {});
    await ask('formBackup.put', { key: `journal:${entry.id}`, value: { x: 1 } });
    expect((await ask('journal.delete', entry.id))?.id).toBe(entry.id);
    expect(await ask('journal.get', entry.id)).toBeNull();
    expect(await ask('formBackup.get', `journal:${entry.id}`)).toBeNull();
    await vi.waitFor(() => expect(badge.at(-1)).toBe(''));
  });
});
