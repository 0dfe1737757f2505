import { Window } from 'happy-dom';
import type { CallState } from '@/utils/model';
import { adapterForUrl } from '@/utils/platforms';
import { meet } from '@/utils/platforms/meet';
import { teams } from '@/utils/platforms/teams';
import {
  FIXTURE_PLATFORMS,
  FIXTURE_STATES,
  FIXTURE_URLS,
  type FixturePlatform,
  fixturePage,
} from '../../fixtures/platforms';

/** The document a fixture's call UI lives in: Zoom's is the srcdoc of iframe#webclient. */
function clientMarkup(platform: FixturePlatform, state: CallState): Document {
  const page = new DOMParser().parseFromString(fixturePage(platform, state), 'text/html');
  if (platform !== 'zoom') return page;
  return new DOMParser().parseFromString(
    page.querySelector('iframe#webclient')?.getAttribute('srcdoc') ?? '',
    'text/html',
  );
}

const squash = (html: string) => html.replace(/\s+/g, ' ').trim();

describe('fixture files', () => {
  it.each(FIXTURE_PLATFORMS)(
    '%s: every page carries the other two screens, identical to their own files',
    (platform) => {
      for (const state of FIXTURE_STATES) {
        const doc = clientMarkup(platform, state);
        const others = FIXTURE_STATES.filter((other) => other !== state);
        expect([...doc.querySelectorAll('template[data-state]')].map((t) => t.getAttribute('data-state'))).toEqual(
          others,
        );
        for (const other of others) {
          const template = doc.querySelector<HTMLTemplateElement>(`template[data-state="${other}"]`)!;
          expect(squash(template.innerHTML)).toBe(squash(clientMarkup(platform, other).body.innerHTML));
        }
      }
    },
  );

  it.each(FIXTURE_PLATFORMS)('%s: pages are served at a URL its adapter claims', (platform) => {
    expect(adapterForUrl(FIXTURE_URLS[platform])?.platform).toBe(platform);
  });

  it('adds the busy script inside <body> only when asked', () => {
    const plain = fixturePage('meet', 'in-call');
    const busy = fixturePage('meet', 'in-call', { busy: true });
    expect(plain).not.toContain('busy-line');
    expect(busy.indexOf('busy-line')).toBeGreaterThan(busy.indexOf('<body>'));
    expect(busy.indexOf('busy-line')).toBeLessThan(busy.lastIndexOf('</body>'));
  });
});

/** Enough of a display stream for the fixtures' present button. */
function displayStream() {
  const track = Object.assign(new EventTarget(), { kind: 'video', stop: vi.fn() });
  return { track, stream: { getTracks: () => [track], getVideoTracks: () => [track] } };
}

describe('fixture pages running their own scripts', () => {
  const windows: Window[] = [];

  function open(platform: FixturePlatform, state: CallState, busy = false) {
    const win = new Window({
      url: FIXTURE_URLS[platform],
      settings: { enableJavaScriptEvaluation: true, suppressInsecureJavaScriptEnvironmentWarning: true },
    });
    windows.push(win);
    // Parsing, scripts and Zoom's srcdoc frame all complete synchronously here. (No waitUntilComplete: the busy
    // variant's interval never completes.)
    win.document.write(fixturePage(platform, state, { busy }));
    const doc = win.document as unknown as Document;
    const frame = doc.querySelector<HTMLIFrameElement>('iframe#webclient');
    const client = frame?.contentDocument ?? doc;
    const { stream, track } = displayStream();
    const getDisplayMedia = vi.fn(async () => stream);
    Object.defineProperty(client.defaultView!.navigator, 'mediaDevices', { value: { getDisplayMedia } });
    const click = (selector: string) => client.querySelector<HTMLElement>(selector)!.click();
    return { doc, client, click, getDisplayMedia, track };
  }

  afterEach(async () => {
    await Promise.all(windows.splice(0).map((win) => win.happyDOM.close()));
  });

  it.each(FIXTURE_PLATFORMS)('%s: join, leave and rejoin switch screens the adapter reads', async (platform) => {
    const { doc, click } = open(platform, 'lobby');
    const adapter = adapterForUrl(FIXTURE_URLS[platform])!;
    expect(adapter.detect(doc)).toBe('lobby');
    click('[data-go="in-call"]');
    expect(adapter.detect(doc)).toBe('in-call');
    click('[data-go="ended"]');
    expect(adapter.detect(doc)).toBe('ended');
    const rejoin = platform === 'zoom' ? null : '[data-go="in-call"]';
    if (rejoin) {
      click(rejoin);
      expect(adapter.detect(doc)).toBe('in-call');
    }
  });

  it.each(FIXTURE_PLATFORMS)('%s: present shares the screen and a second press stops it', async (platform) => {
    const { doc, client, click, getDisplayMedia, track } = open(platform, 'in-call');
    click('[data-present]');
    await vi.waitFor(() => expect(client.querySelector('[data-present]')!.getAttribute('aria-pressed')).toBe('true'));
    expect(getDisplayMedia).toHaveBeenCalledWith({ video: true });
    if (platform === 'meet') expect(meet.isPresenting?.(doc)).toBe(true);
    if (platform === 'teams') expect(teams.isPresenting?.(doc)).toBe(true);
    click('[data-present]');
    expect(track.stop).toHaveBeenCalled();
    expect(client.querySelector('[data-present]')!.getAttribute('aria-pressed')).toBe('false');
    if (platform === 'meet') expect(meet.isPresenting?.(doc)).toBe(false);
  });

  it('ends the presenting state when the browser ends the share', async () => {
    const { client, click, track } = open('teams', 'in-call');
    click('[data-present]');
    await vi.waitFor(() => expect(teams.isPresenting?.(client)).toBe(true));
    track.dispatchEvent(new Event('ended'));
    expect(teams.isPresenting?.(client)).toBe(false);
  });

  it.each(FIXTURE_PLATFORMS)('%s: the busy variant keeps mutating the stage', async (platform) => {
    const { client } = open(platform, 'in-call', true);
    await vi.waitFor(() => expect(client.querySelectorAll('[data-busy] .busy-line').length).toBeGreaterThan(2));
    // Bounded, so a long e2e run does not grow the page.
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(client.querySelectorAll('[data-busy] .busy-line').length).toBeLessThanOrEqual(5);
    expect(client.querySelectorAll('[data-busy] .tile').length).toBe(2);
  });
});
