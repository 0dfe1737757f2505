import type { CallState } from '@/utils/model';
import { meet } from '@/utils/platforms/meet';
import { teams } from '@/utils/platforms/teams';
import { watchCallState } from '@/utils/platforms/watch';
import { zoom } from '@/utils/platforms/zoom';
import { casePage, FIXTURE_CASES } from '../../fixtures/platforms';
import { fixtureBody, loadFixture, resetDocument, setUrl, zoomInner } from './page';

let stop: (() => void) | undefined;

function watch(adapter: Parameters<typeof watchCallState>[0]): CallState[] {
  const changes: CallState[] = [];
  stop = watchCallState(adapter, document, (state) => changes.push(state));
  return changes;
}

/** A case page's <body>, for swapping screens in place the way the platforms do. */
function caseBody(name: string): string {
  return new DOMParser().parseFromString(casePage(name), 'text/html').body.innerHTML;
}

async function advance(ms: number): Promise<void> {
  await Promise.resolve();
  await vi.advanceTimersByTimeAsync(ms);
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  stop?.();
  stop = undefined;
  vi.useRealTimers();
  resetDocument();
});

describe('waiting to be let in', () => {
  it('Meet: lobby → waiting → in call, with in-call only once admitted however long the wait', async () => {
    loadFixture('meet', 'lobby');
    const changes = watch(meet);
    document.body.innerHTML = caseBody('meet-waiting');
    await advance(30 * 60_000);
    expect(changes).toEqual(['lobby', 'waiting']);
    document.body.innerHTML = fixtureBody('meet', 'in-call');
    await advance(250);
    expect(changes).toEqual(['lobby', 'waiting', 'in-call']);
  });

  it('Meet: a denied request ends the wait (nothing was opened) once the controls stay gone', async () => {
    loadFixture('meet', 'lobby');
    const changes = watch(meet);
    document.body.innerHTML = caseBody('meet-waiting');
    await advance(250);
    document.body.innerHTML = caseBody('meet-denied');
    await advance(5000);
    expect(changes).toEqual(['lobby', 'waiting']);
    await advance(300);
    expect(changes).toEqual(['lobby', 'waiting', 'ended']);
    expect(changes).not.toContain('in-call');
  });

  it('Meet: "you left" at the same URL without data-call-ended ends the call once the controls stay gone', async () => {
    loadFixture('meet', 'in-call');
    const changes = watch(meet);
    document.body.innerHTML = caseBody('meet-left');
    await advance(5300);
    expect(changes).toEqual(['in-call', 'ended']);
  });

  it('Teams guest: prejoin → waiting → in call → end screen', async () => {
    const guest = FIXTURE_CASES.find((c) => c.name === 'teams-guest-prejoin')!;
    setUrl(guest.url);
    document.documentElement.innerHTML = casePage('teams-guest-prejoin');
    const changes = watch(teams);
    for (const name of ['teams-guest-waiting', 'teams-guest-in-call', 'teams-guest-ended']) {
      document.body.innerHTML = caseBody(name);
      await advance(250);
    }
    expect(changes).toEqual(['lobby', 'waiting', 'in-call', 'ended']);
  });

  it('Teams: a denied lobby request lands on the retry screen and ends the wait', async () => {
    document.body.innerHTML = caseBody('teams-guest-waiting');
    const changes = watch(teams);
    document.body.innerHTML = caseBody('teams-retry');
    await advance(250);
    expect(changes).toEqual(['waiting', 'ended']);
  });

  it('Zoom: the waiting room keeps the lobby, and no call starts', async () => {
    setUrl('https://app.zoom.us/wc/81234567890/join');
    document.documentElement.innerHTML = zoomInner('lobby');
    const changes = watch(zoom);
    document.body.innerHTML = caseBody('zoom-waiting-room');
    await advance(30 * 60_000);
    expect(changes).toEqual(['lobby']);
  });
});

describe('Zoom after the call', () => {
  it('the preview again at the same URL ends the call, then reads as the lobby', async () => {
    setUrl('https://app.zoom.us/wc/81234567890/join');
    document.documentElement.innerHTML = zoomInner('in-call');
    const changes = watch(zoom);
    document.body.innerHTML = new DOMParser().parseFromString(zoomInner('lobby'), 'text/html').body.innerHTML;
    await advance(250);
    expect(changes).toEqual(['in-call', 'ended', 'lobby']);
  });

  it('the recording-consent dialog over the call ends nothing', async () => {
    setUrl('https://app.zoom.us/wc/81234567890/join');
    document.documentElement.innerHTML = zoomInner('in-call');
    const changes = watch(zoom);
    document.body.insertAdjacentHTML(
      'beforeend',
      '<div class="zm-modal" role="dialog"><button class="zm-btn">x</button></div>',
    );
    await advance(60_000);
    expect(changes).toEqual(['in-call']);
  });

  it('Meet does not end on its pre-join screen: a reload mid-call is the same call', async () => {
    loadFixture('meet', 'in-call');
    const changes = watch(meet);
    document.body.innerHTML = fixtureBody('meet', 'lobby');
    await advance(250);
    expect(changes).toEqual(['in-call', 'lobby']);
  });
});
