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
    return { db, dispatch, started };
  }

  it('comes back bound to it, and the start event already carries it', async () => {
    const s = await setup();
    const call = await s.dispatch(
      'calls.start',
      { platform: 'generic', tabId: 3, tabUrl: 'https://interview.example/room', interviewId: 'on-screen' },
      dashboardSender,
    );
    expect(call.interviewId).toBe('on-screen');
    expect(s.started.map((c) => c.interviewId)).toEqual(['on-screen']);
  });

  it('lets the meeting link choose when it finds a plan, and ignores a plan id that does not exist', async () => {
    const s = await setup();
    const linked = await s.dispatch(
      'calls.start',
      { platform: 'generic', tabId: 4, tabUrl: 'https://meet.google.com/abc-defg-hij', interviewId: 'on-screen' },
      dashboardSender,
    );
    expect(linked.interviewId).toBe('by-link');
    const unknown = await s.dispatch(
      'calls.start',
      { platform: 'generic', tabId: 5, tabUrl: 'https://x.example/', interviewId: 'gone' },
      dashboardSender,
    );
    expect(unknown.interviewId).toBeUndefined();
  });
});
