import { callChecklistResults } from '@/entrypoints/background/closing/checklist';
import { createHandlers } from '@/entrypoints/background/features';
import { CallEvents, createDispatcher } from '@/entrypoints/background/router';
import { dashboardSender, EXTENSION_ID, EXTENSION_ORIGIN, freshDb } from '../db-helpers';

function setup() {
  const db = freshDb();
  const dispatch = createDispatcher(createHandlers(db, new CallEvents()), EXTENSION_ID, EXTENSION_ORIGIN);
  return { db, dispatch };
}

describe('the closing checklist at call end, for the journal', () => {
  it('lists every item with what was ticked, from the call record and the plan', async () => {
    const { db, dispatch } = setup();
    const story = await dispatch('stories.save', { title: 'Checkout', hook: '4% to 0.3%' }, dashboardSender);
    const plan = await dispatch(
      'plans.save',
      { company: 'Acme', interviewers: ['Alex'], pinnedStoryIds: [story.id] },
      dashboardSender,
    );
    const call = await dispatch('calls.start', { platform: 'rehearsal', tabId: 2, tabUrl: 'x' }, dashboardSender);
    await dispatch('calls.bindPlan', { callId: call.id, interviewId: plan.id }, dashboardSender);
    const tick = (itemId: string, label: string, checked: boolean, at: number) =>
      dispatch(
        'calls.addEvent',
        { callId: call.id, event: { type: 'checklist-ticked', at, itemId, label, checked } },
        dashboardSender,
      );
    await tick('thanks', 'Thank Alex by name', true, 100);
    await tick('fit', 'Restate why you fit the role, and that you want it', true, 110);
    await tick('fit', 'Restate why you fit the role, and that you want it', false, 120);
    const ended = await dispatch('calls.end', { callId: call.id }, dashboardSender);

    const results = await callChecklistResults(db, ended!);
    expect(results.map((r) => [r.itemId, r.checked])).toEqual([
      ['fit', false],
      ['standout-story', false],
      ['meaningful-question', false],
      ['next-steps', false],
      ['thanks', true],
    ]);
    expect(results.find((r) => r.itemId === 'standout-story')?.label).toContain('4% to 0.3%');
    expect(results.find((r) => r.itemId === 'thanks')).toMatchObject({ label: 'Thank Alex by name', at: 100 });
  });

  it("keeps an item ticked under its label even after the plan's checklist dropped it", async () => {
    const { db, dispatch } = setup();
    const plan = await dispatch(
      'plans.save',
      { company: 'Acme', checklist: [{ id: 'salary', label: 'Ask about the salary band' }] },
      dashboardSender,
    );
    const call = await dispatch('calls.start', { platform: 'rehearsal', tabId: 3, tabUrl: 'x' }, dashboardSender);
    await dispatch('calls.bindPlan', { callId: call.id, interviewId: plan.id }, dashboardSender);
    await dispatch(
      'calls.addEvent',
      {
        callId: call.id,
        event: { type: 'checklist-ticked', at: 5, itemId: 'salary', label: 'Ask about the salary band', checked: true },
      },
      dashboardSender,
    );
    await dispatch(
      'plans.save',
      { id: plan.id, checklist: [{ id: 'other', label: 'Something else' }] },
      dashboardSender,
    );
    const results = await callChecklistResults(db, (await db.calls.get(call.id))!);
    expect(results).toEqual([
      { itemId: 'other', label: 'Something else', checked: false },
      { itemId: 'salary', label: 'Ask about the salary band', checked: true, at: 5 },
    ]);
  });
});
