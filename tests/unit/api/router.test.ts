import { createHandlers } from '@/entrypoints/background/features';
import { CallEvents, createDispatcher, ForbiddenError } from '@/entrypoints/background/router';
import type { Call } from '@/utils/model';
import {
  contentScriptSender,
  dashboardSender,
  EXTENSION_ID,
  EXTENSION_ORIGIN,
  framedPanelSender,
  freshDb,
} from '../db-helpers';

function setup() {
  const db = freshDb();
  const ended: Call[] = [];
  const started: Call[] = [];
  const events = new CallEvents();
  events.onEnded((c) => void ended.push(c));
  events.onStarted((c) => void started.push(c));
  const handlers = createHandlers(db, events);
  const dispatch = createDispatcher(handlers, EXTENSION_ID, EXTENSION_ORIGIN);
  return { db, dispatch, ended, started };
}

describe('the typed API', () => {
  it('creates, updates and deletes a story, and undo restores it', async () => {
    const { dispatch } = setup();
    const created = await dispatch(
      'stories.save',
      { title: 'Migration', competencies: ['leadership', ' leadership '] },
      dashboardSender,
    );
    expect(created.id).toBeTruthy();
    expect(created.competencies).toEqual(['leadership']);
    expect(created.strength).toBe(3);

    const updated = await dispatch('stories.save', { id: created.id, hook: '4% to 0.3%' }, dashboardSender);
    expect(updated).toMatchObject({ title: 'Migration', hook: '4% to 0.3%', createdAt: created.createdAt });

    const deleted = await dispatch('stories.delete', created.id, dashboardSender);
    expect(deleted?.hook).toBe('4% to 0.3%');
    expect(await dispatch('stories.list', {}, dashboardSender)).toEqual([]);

    await dispatch('stories.restore', deleted!, dashboardSender);
    expect((await dispatch('stories.list', {}, dashboardSender)).map((s) => s.id)).toEqual([created.id]);
  });

  it('hides archived stories unless asked', async () => {
    const { dispatch } = setup();
    await dispatch('stories.save', { title: 'Kept' }, dashboardSender);
    await dispatch('stories.save', { title: 'Old', archived: 1 }, dashboardSender);
    expect((await dispatch('stories.list', {}, dashboardSender)).map((s) => s.title)).toEqual(['Kept']);
    expect(await dispatch('stories.list', { includeArchived: true }, dashboardSender)).toHaveLength(2);
  });

  it('clamps strength to 1-5', async () => {
    const { dispatch } = setup();
    const story = await dispatch('stories.save', { strength: 9 as never }, dashboardSender);
    expect(story.strength).toBe(5);
  });

  it('refuses every private request from a call-page content script', async () => {
    const { dispatch } = setup();
    await dispatch('stories.save', { title: 'Secret' }, dashboardSender);
    for (const name of ['stories.list', 'plans.list', 'settings.get', 'formBackup.get'] as const) {
      await expect(dispatch(name, {} as never, contentScriptSender)).rejects.toBeInstanceOf(ForbiddenError);
    }
    await expect(dispatch('stories.save', { title: 'Injected' }, contentScriptSender)).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    // A page pretending to be another extension is refused too.
    await expect(dispatch('stories.list', {}, { ...dashboardSender, id: 'someone-else' })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
  });

  it('lets a content script report the call lifecycle, and answers with nothing private', async () => {
    const { dispatch, db, started, ended } = setup();
    await dispatch('plans.save', { company: 'Acme', meetingUrl: 'meet.google.com/abc-defg-hij' }, dashboardSender);
    expect(await dispatch('call.report', { platform: 'meet', state: 'lobby' }, contentScriptSender)).toEqual({
      ok: true,
    });
    expect(await db.calls.count()).toBe(0);

    expect(await dispatch('call.report', { platform: 'meet', state: 'in-call' }, contentScriptSender)).toEqual({
      ok: true,
    });
    expect(await dispatch('call.report', { platform: 'meet', state: 'in-call' }, contentScriptSender)).toEqual({
      ok: true,
    });
    // A second in-call report (a reload mid-call) is the same call: its followers start once.
    expect(started).toHaveLength(1);
    expect(await db.calls.count()).toBe(1);

    // The framed panel in the same tab sees the call bound to the plan by its meeting link.
    const view = await dispatch('calls.current', {}, framedPanelSender);
    expect(view?.interview?.company).toBe('Acme');
    expect(view?.call.endedAt).toBeUndefined();

    await dispatch('call.report', { platform: 'meet', state: 'ended' }, contentScriptSender);
    await dispatch('call.report', { platform: 'meet', state: 'ended' }, contentScriptSender);
    expect(ended).toHaveLength(1);
    expect((await dispatch('calls.current', {}, framedPanelSender))?.call.endedAt).toBeTypeOf('number');
  });

  it('keeps both events when two panels write to the same call at once', async () => {
    const { dispatch } = setup();
    const call = await dispatch(
      'calls.start',
      { platform: 'rehearsal', tabId: 3, tabUrl: 'chrome-extension://x/rehearsal.html' },
      dashboardSender,
    );
    await Promise.all([
      dispatch(
        'calls.addEvent',
        { callId: call.id, event: { type: 'story-told', at: 1, storyId: 'a' } },
        dashboardSender,
      ),
      dispatch(
        'calls.addEvent',
        { callId: call.id, event: { type: 'question-captured', at: 2, text: 'Why us?' } },
        dashboardSender,
      ),
    ]);
    const view = await dispatch('calls.current', { tabId: 3 }, dashboardSender);
    expect(view?.call.events.map((e) => e.type).sort()).toEqual(['question-captured', 'story-told']);
  });

  it('keeps both edits when two call tabs write to the same plan at once', async () => {
    const { dispatch } = setup();
    const plan = await dispatch('plans.save', { company: 'Acme' }, dashboardSender);
    await Promise.all([
      dispatch('plans.save', { id: plan.id, notes: 'from tab one' }, framedPanelSender),
      dispatch(
        'plans.save',
        { id: plan.id, questionsToAsk: ['from tab two'] },
        { ...framedPanelSender, tab: { ...framedPanelSender.tab!, id: 8 } },
      ),
    ]);
    const saved = await dispatch('plans.get', plan.id, dashboardSender);
    expect(saved).toMatchObject({ company: 'Acme', notes: 'from tab one', questionsToAsk: ['from tab two'] });
  });

  it('keeps both checklist edits when two call tabs edit the same plan’s list at once', async () => {
    const { dispatch } = setup();
    const plan = await dispatch('plans.save', { company: 'Acme' }, dashboardSender);
    // Both editors opened on the template (the plan had no list of its own) before either saved.
    const base = [
      { id: 'fit', label: 'Restate fit' },
      { id: 'thanks', label: 'Thank them' },
    ];
    const otherTab = { ...framedPanelSender, tab: { ...framedPanelSender.tab!, id: 8 } };
    await dispatch(
      'closing.editPlanChecklist',
      { id: plan.id, base, items: [...base, { id: 'rotation', label: ' Ask about on-call ' }] },
      framedPanelSender,
    );
    const saved = await dispatch(
      'closing.editPlanChecklist',
      { id: plan.id, base, items: [{ id: 'oss', label: 'Mention open source' }, ...base.slice(1)] },
      otherTab,
    );
    expect(saved.checklist).toEqual([
      { id: 'oss', label: 'Mention open source' },
      { id: 'thanks', label: 'Thank them' },
      { id: 'rotation', label: 'Ask about on-call' },
    ]);
    expect(saved.company).toBe('Acme');
  });

  it('refuses a malformed checklist edit and changes nothing', async () => {
    const { dispatch } = setup();
    const plan = await dispatch(
      'plans.save',
      { company: 'Acme', checklist: [{ id: 'a', label: 'A' }] },
      dashboardSender,
    );
    const edit = (items: unknown, base: unknown = [{ id: 'a', label: 'A' }]) =>
      dispatch('closing.editPlanChecklist', { id: plan.id, base, items } as never, framedPanelSender);
    await expect(edit([{ id: 'a', label: '  ' }])).rejects.toThrow('label');
    await expect(edit([])).rejects.toThrow('label');
    await expect(
      edit([
        { id: 'a', label: 'A' },
        { id: 'a', label: 'B' },
      ]),
    ).rejects.toThrow('distinct');
    await expect(edit([{ label: 'no id' }])).rejects.toThrow();
    await expect(edit([{ id: 'b', label: 'B' }], 'not a list')).rejects.toThrow();
    await expect(
      dispatch(
        'closing.editPlanChecklist',
        { id: 'missing', base: [], items: [{ id: 'b', label: 'B' }] },
        framedPanelSender,
      ),
    ).rejects.toThrow('No plan');
    expect((await dispatch('plans.get', plan.id, dashboardSender))?.checklist).toEqual([{ id: 'a', label: 'A' }]);
  });

  it('merges settings over the defaults and ignores unknown keys', async () => {
    const { dispatch } = setup();
    expect((await dispatch('settings.get', undefined, dashboardSender)).reminderMinutes).toBe(8);
    const next = await dispatch('settings.update', { reminderMinutes: 5, bogus: 1 } as never, dashboardSender);
    expect(next.reminderMinutes).toBe(5);
    expect(next).not.toHaveProperty('bogus');
  });

  it('seeds sample data once asked and removes exactly the samples', async () => {
    const { dispatch } = setup();
    await dispatch('stories.save', { title: 'Mine' }, dashboardSender);
    const seeded = await dispatch('samples.seed', undefined, dashboardSender);
    expect(seeded.stories).toBeGreaterThan(0);
    const removed = await dispatch('samples.remove', undefined, dashboardSender);
    expect(removed).toEqual(seeded);
    expect((await dispatch('stories.list', {}, dashboardSender)).map((s) => s.title)).toEqual(['Mine']);
    expect(await dispatch('plans.list', undefined, dashboardSender)).toEqual([]);
  });

  it('keeps a draft until it is deleted', async () => {
    const { dispatch } = setup();
    await dispatch('formBackup.put', { key: 'story:1', value: { title: 'half-typed' } }, dashboardSender);
    expect(await dispatch('formBackup.get', 'story:1', dashboardSender)).toEqual({ title: 'half-typed' });
    await dispatch('formBackup.delete', 'story:1', dashboardSender);
    expect(await dispatch('formBackup.get', 'story:1', dashboardSender)).toBeNull();
  });
});
