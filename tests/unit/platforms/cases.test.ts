import { adapterForUrl } from '@/utils/platforms';
import { meet } from '@/utils/platforms/meet';
import { teams } from '@/utils/platforms/teams';
import type { PlatformAdapter } from '@/utils/platforms/types';
import { zoom, zoomClientDocument } from '@/utils/platforms/zoom';
import { casePage, FIXTURE_CASES, type FixtureCase, type FixturePlatform } from '../../fixtures/platforms';
import { resetDocument, setUrl, stripLanguage } from './page';

const ADAPTERS: Record<FixturePlatform, PlatformAdapter> = { meet, zoom, teams };

function load(fixture: FixtureCase): void {
  setUrl(fixture.url);
  document.documentElement.innerHTML = casePage(fixture.name);
}

afterEach(resetDocument);

describe.each(FIXTURE_CASES)('the $name page at its real URL', (fixture) => {
  const adapter = ADAPTERS[fixture.platform];

  it(`is claimed by the ${fixture.platform} adapter`, () => {
    expect(adapterForUrl(fixture.url)).toBe(adapter);
  });

  it(`reads as ${fixture.expected ?? 'nothing'}`, () => {
    load(fixture);
    expect(adapter.detect(document)).toBe(fixture.expected);
  });

  it('reads the same with every label and text gone (no language dependence)', () => {
    load(fixture);
    stripLanguage(document);
    const client = zoomClientDocument(document);
    if (client !== document) stripLanguage(client);
    expect(adapter.detect(document)).toBe(fixture.expected);
  });

  it('names the public source of its signals and speaks no English', () => {
    const html = casePage(fixture.name);
    const comment = html.match(/<!--([\s\S]*?)-->/)?.[1] ?? '';
    // owner/repository, then a file path inside it.
    expect(comment).toMatch(/[A-Za-z0-9-]+\/[A-Za-z0-9._-]+,?\s+[\w./-]+\.(?:ts|js|py)\b/);
    expect(html).toMatch(/<html lang="(?:de|fr|ja)">/);
  });

  it('lists each signal it reads by name, found or not, and only names', () => {
    load(fixture);
    const signals = adapter.signals?.(document) ?? [];
    expect(signals.length).toBeGreaterThan(3);
    if (fixture.expected !== null) expect(signals.some((s) => s.found)).toBe(true);
    for (const { name } of signals) expect(name).toMatch(/^[a-z][\w:-]*$/i);
  });
});

describe('cases no single-screen read can settle', () => {
  it('Meet: call_end alone is the waiting screen; tiles, Present or Captions make it the call', () => {
    setUrl('https://meet.google.com/abc-defg-hij');
    const bar = (icons: string) =>
      icons
        .split(' ')
        .map((icon) => `<button><i class="google-symbols">${icon}</i></button>`)
        .join('');
    document.body.innerHTML = bar('mic call_end');
    expect(meet.detect(document)).toBe('waiting');
    for (const icon of ['present_to_all', 'closed_caption_off', 'stop_screen_share']) {
      document.body.innerHTML = bar(`mic ${icon} call_end`);
      expect(meet.detect(document)).toBe('in-call');
    }
    document.body.innerHTML = `${bar('call_end')}<div data-participant-id="spaces/a/devices/1"></div>`;
    expect(meet.detect(document)).toBe('in-call');
  });

  it('Meet: an instant-meeting path is a meeting page, not the home screen', () => {
    const fixture = FIXTURE_CASES.find((c) => c.name === 'meet-instant-in-call')!;
    load(fixture);
    expect(meet.detect(document)).toBe('in-call');
    setUrl('https://meet.google.com/_meet/');
    expect(meet.detect(document)).toBe('ended');
  });

  it('Teams: a hang-up control over the disabled pre-join screen is still waiting', () => {
    document.body.innerHTML =
      '<div data-tid="calling-prejoin-screen"><button data-tid="prejoin-join-button" aria-disabled="true"></button></div><button id="hangup-button"></button>';
    expect(teams.detect(document)).toBe('waiting');
  });

  it('Teams: the guest hang-up spellings are the call', () => {
    for (const markup of ['<button data-tid="anon-hangup-button"></button>', '<div data-inp="hangup-button"></div>']) {
      document.body.innerHTML = markup;
      expect(teams.detect(document)).toBe('in-call');
    }
  });

  it('Zoom: a modal with no footer behind it is the end, over a footer it is not', () => {
    setUrl('https://acme.zoom.us/wc/81234567890/join');
    document.body.innerHTML = '<div class="zm-modal"><div class="zm-modal-body-title">x</div></div>';
    expect(zoom.detect(document)).toBe('ended');
    document.body.insertAdjacentHTML('afterbegin', '<footer id="wc-footer"><button aria-label="x"></button></footer>');
    expect(zoom.detect(document)).toBe('in-call');
    expect(zoom.lobbyEndsCall).toBe(true);
    expect(meet.lobbyEndsCall).toBeUndefined();
  });
});
