import { createHandlers } from '@/entrypoints/background/features';
import { createDispatcher } from '@/entrypoints/background/router';
import { dashboardSender, EXTENSION_ID, EXTENSION_ORIGIN, freshDb } from '../db-helpers';

function setup() {
  const db = freshDb();
  return createDispatcher(createHandlers(db), EXTENSION_ID, EXTENSION_ORIGIN);
}

describe('optional fields over the wire (null clears, a message cannot carry undefined)', () => {
  it('sets and clears when a story happened, and refuses a value that is not a time', async () => {
    const dispatch = setup();
    const story = await dispatch(
      'stories.save',
      { title: 'Old one', happenedAt: Date.UTC(2018, 3, 1) },
      dashboardSender,
    );
    expect(story.happenedAt).toBe(Date.UTC(2018, 3, 1));
    const kept = await dispatch('stories.save', { id: story.id, hook: 'Still here' }, dashboardSender);
    expect(kept.happenedAt).toBe(Date.UTC(2018, 3, 1));
    const cleared = await dispatch('stories.save', { id: story.id, happenedAt: null }, dashboardSender);
    expect('happenedAt' in cleared).toBe(false);
    await expect(
      dispatch('stories.save', { id: story.id, title: 'Changed', happenedAt: 'spring' as never }, dashboardSender),
    ).rejects.toThrow(/happened/);
    expect((await dispatch('stories.get', story.id, dashboardSender))?.title).toBe('Old one');
  });

  it('sets and clears a plan’s start and reminder, and refuses a bad planned length', async () => {
    const dispatch = setup();
    const plan = await dispatch(
      'plans.save',
      { company: 'Acme', scheduledAt: 1_750_000_000_000, reminderMinutes: 5 },
      dashboardSender,
    );
    expect(plan).toMatchObject({ scheduledAt: 1_750_000_000_000, reminderMinutes: 5 });
    const cleared = await dispatch(
      'plans.save',
      { id: plan.id, scheduledAt: null, reminderMinutes: null },
      dashboardSender,
    );
    expect('scheduledAt' in cleared || 'reminderMinutes' in cleared).toBe(false);
    await expect(
      dispatch('plans.save', { id: plan.id, company: 'Changed', plannedMinutes: 0 }, dashboardSender),
    ).rejects.toThrow(/planned length/);
    await expect(
      dispatch('plans.save', { id: plan.id, company: 'Changed', reminderMinutes: -1 }, dashboardSender),
    ).rejects.toThrow(/reminderMinutes/);
    expect((await dispatch('plans.get', plan.id, dashboardSender))?.company).toBe('Acme');
  });
});
