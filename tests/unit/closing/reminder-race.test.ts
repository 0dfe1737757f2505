import { fakeBrowser } from 'wxt/testing/fake-browser';
import { installReminders, onReminderAlarm, reminderAlarmName } from '@/entrypoints/background/closing/reminders';
import { createHandlers } from '@/entrypoints/background/features';
import { CallEvents, createDispatcher } from '@/entrypoints/background/router';
import { SEEN_DWELL_MS } from '@/utils/closing/protocol';
import { globals } from '@/utils/frame/globals';
import { runPanelFrame } from '@/utils/frame/panel-frame';
import type { Call } from '@/utils/model';
import { dashboardSender, EXTENSION_ID, EXTENSION_ORIGIN, framedPanelSender, freshDb } from '../db-helpers';

/**
 * The race the closing reminder used to lose: the user collapses the in-page frame (or a share hides it) and, in the
 * same task, the panel's one-second tick brings the checklist forward while its intersection observer still says
 * "on screen". The frame's own state decides, so the reminder is not counted as seen and the alarm badges instead.
 * Background and frame are the real code; only the message hop between them is a direct call.
 */

type HappySettings = { happyDOM: { settings: { enableIframePageLoading: boolean } } };
const MIN = 60_000;
const T0 = Date.UTC(2025, 0, 15, 14, 0, 0);
const TAB = framedPanelSender.tab!.id!;
const BACKGROUND = { id: fakeBrowser.runtime.id };

let root: ShadowRoot;
let uninstall = () => {};

async function setup() {
  const db = freshDb();
  const events = new CallEvents();
  const dispatch = createDispatcher(createHandlers(db, events), EXTENSION_ID, EXTENSION_ORIGIN);
  uninstall = installReminders(db, events);
  // The background's tabs.sendMessage reaches the frame's runtime.onMessage listener, as in a call tab's top frame.
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (_tab: number, message: unknown) => {
    let answer: unknown;
    await fakeBrowser.runtime.onMessage.trigger(message, BACKGROUND, (value: unknown) => {
      answer = value;
    });
    return answer;
  }) as never);
  globals.starboardLoader = {
    platform: 'meet',
    sharing: false,
    expandOnMount: false,
    show: vi.fn(),
    shareOver: vi.fn(),
  };
  const attach = vi.spyOn(Element.prototype, 'attachShadow');
  await runPanelFrame();
  root = attach.mock.results[0]?.value as ShadowRoot;
  attach.mockRestore();
  const call: Call = await dispatch(
    'calls.start',
    { platform: 'generic', tabId: TAB, tabUrl: 'https://meet.example/room' },
    dashboardSender,
  );
  const seen = () => dispatch('closing.seen', { callId: call.id }, framedPanelSender);
  const dispatchSeen = (sender: typeof framedPanelSender) => dispatch('closing.seen', { callId: call.id }, sender);
  const reminders = async () =>
    ((await db.calls.get(call.id))?.events ?? []).filter((e) => e.type === 'reminder-shown').length;
  return { db, call, seen, dispatchSeen, reminders };
}

const badge = () => fakeBrowser.action.getBadgeText({ tabId: TAB });
const collapseButton = () => root.querySelector<HTMLButtonElement>('section button:not(.g):not(.r)')!;
const slimTab = () => root.querySelector<HTMLButtonElement>('button.t')!;

beforeAll(() => {
  (window as unknown as HappySettings).happyDOM.settings.enableIframePageLoading = true;
});
afterAll(() => {
  (window as unknown as HappySettings).happyDOM.settings.enableIframePageLoading = false;
});
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date', 'performance'] });
  // A real page's performance.now() is well past 0 by the time the frame mounts.
  vi.advanceTimersByTime(5_000);
  vi.setSystemTime(T0);
  vi.spyOn(fakeBrowser.runtime, 'getURL').mockReturnValue('about:blank');
});
afterEach(() => {
  uninstall();
  globals.starboardFrame?.remove();
  globals.starboardLoader = undefined;
  vi.useRealTimers();
});

describe('the closing reminder against a collapse in the same task', () => {
  it('is not counted as seen when the frame collapses in the task the checklist comes forward', async () => {
    const s = await setup();
    vi.advanceTimersByTime(37 * MIN + 1000);
    // One task: the user's collapse, then the panel's report (its observer has not heard of the collapse).
    collapseButton().click();
    const answer = s.seen();
    expect(await answer).toEqual({ recorded: false, seen: false });
    expect(await s.reminders()).toBe(0);

    // The alarm stands in: recorded once, toolbar and slim tab badged.
    await onReminderAlarm(s.db, reminderAlarmName(s.call.id));
    expect(await s.reminders()).toBe(1);
    expect(await badge()).toBe('•');
    expect(root.querySelector('.d')!.hasAttribute('hidden')).toBe(false);

    // Expanded, but not yet for a second: still not seen.
    slimTab().click();
    vi.advanceTimersByTime(SEEN_DWELL_MS - 1);
    expect(await s.seen()).toEqual({ recorded: false, seen: false });
    expect(await badge()).toBe('•');
    vi.advanceTimersByTime(1);
    expect(await s.seen()).toEqual({ recorded: false, seen: true });
    expect(await badge()).toBe('');
    expect(await s.reminders()).toBe(1);
  });

  it('is not counted as seen when a share hides the frame in that task either', async () => {
    const s = await setup();
    vi.advanceTimersByTime(37 * MIN + 1000);
    globals.starboardFrame!.share(true);
    expect(await s.seen()).toEqual({ recorded: false, seen: false });
    expect(await s.reminders()).toBe(0);
  });

  it('is counted once the frame was open for a second in a visible tab', async () => {
    const s = await setup();
    vi.advanceTimersByTime(37 * MIN + 1000);
    expect(await s.seen()).toEqual({ recorded: true, seen: true });
    expect(await s.reminders()).toBe(1);
  });

  it('refuses a framed panel whose frame does not answer (no loader in the tab)', async () => {
    const s = await setup();
    globals.starboardFrame!.remove();
    vi.advanceTimersByTime(37 * MIN + 1000);
    expect(await s.seen()).toEqual({ recorded: false, seen: false });
  });
});

describe('a panel framed in the rehearsal room (an extension page)', () => {
  it('is not asked about a call-page frame: its own observer decides, as in the side panel', async () => {
    const s = await setup();
    globals.starboardFrame!.remove();
    vi.spyOn(fakeBrowser.runtime, 'getURL').mockImplementation(
      ((path: string) => `${EXTENSION_ORIGIN}${path.replace(/^\//, '')}`) as never,
    );
    vi.advanceTimersByTime(37 * MIN + 1000);
    const rehearsal = {
      ...framedPanelSender,
      tab: { id: TAB, url: `${EXTENSION_ORIGIN}rehearsal.html` },
    } as typeof framedPanelSender;
    expect(await s.dispatchSeen(rehearsal)).toEqual({ recorded: true, seen: true });
  });
});
