import { createHandlers } from '@/entrypoints/background/features';
import { CallEvents, createDispatcher } from '@/entrypoints/background/router';
import type { Call } from '@/utils/model';
import { makePlan } from '../backup/fixtures';
import { dashboardSender, EXTENSION_ID, EXTENSION_ORIGIN, freshDb } from '../db-helpers';

/** A call started by hand from the panel binds the plan on screen in the same write (no moment without it). */
describe('calls.start with the plan on screen', () => {
  async function setup() {
    const db = freshDb();
    const events = new CallEvents();
    const started: Call[] = [];
    events.onStarted((call) => {
      started.push(call);
    });
    const dispatch = createDispatcher(createHandlers(db, events), EXTENSION_ID, EXTENSION_ORIGIN);
    await db.interviews.bulkPut([
      makePlan({ id: 'on-screen', company: 'Sample Co', meetingUrl: '', meetingKey: '' }),
      makePlan({
        id: 'by-link',
        company: 'Link Corp',
        meetingUrl: 'https://meet.google.com/abc-defg-hij',
        meetingKey: 'meet:abc-defg-hij',
      }),
    ]);
    const start = (tabId: number, tabUrl: string, interviewId: string) =>
      dispatch('calls.start', { platform: 'generic', tabId, tabUrl, interviewId }, dashboardSender);
    return { db, start, started };
  }

  it('comes back bound to it, and the start event already carries it', async () => {
    const s = await setup();
    const call = await s.start(3, 'https://interview.example/room', 'on-screen');
    expect(call.interviewId).toBe('on-screen');
    expect(s.started.map((c) => c.interviewId)).toEqual(['on-screen']);
  });

  it('lets the meeting link choose when it finds a plan, and ignores a plan id that does not exist', async () => {
    const s = await setup();
    const linked = await s.start(4, 'https://meet.google.com/abc-defg-hij', 'on-screen');
    expect(linked.interviewId).toBe('by-link');
    const unknown = await s.start(5, 'https://x.example/', 'gone');
    expect(unknown.interviewId).toBeUndefined();
  });
});
