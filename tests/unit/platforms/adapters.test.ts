import { generic, manualEnd, manualStart } from '@/utils/platforms/generic';
import { meet } from '@/utils/platforms/meet';
import { teams } from '@/utils/platforms/teams';
import type { PlatformAdapter } from '@/utils/platforms/types';
import { zoom, zoomClientDocument } from '@/utils/platforms/zoom';
import { FIXTURE_PLATFORMS, FIXTURE_STATES } from '../../fixtures/platforms';
import { loadFixture, resetDocument, setUrl, stripLanguage, zoomFrame, zoomInner } from './page';

const ADAPTERS: Record<(typeof FIXTURE_PLATFORMS)[number], PlatformAdapter> = { meet, zoom, teams };

afterEach(resetDocument);

describe.each(FIXTURE_PLATFORMS)('%s adapter on its fixtures', (platform) => {
  const adapter = ADAPTERS[platform];

  it.each(FIXTURE_STATES)('reads the %s page', (state) => {
    loadFixture(platform, state);
    expect(adapter.platform).toBe(platform);
    expect(adapter.detect(document)).toBe(state);
  });

  it.each(FIXTURE_STATES)('reads the %s page with every label and text gone (no language dependence)', (state) => {
    loadFixture(platform, state);
    stripLanguage(document);
    if (platform === 'zoom') stripLanguage(zoomFrame().contentDocument!);
    expect(document.body.textContent).not.toMatch(/Jetzt|参加|Rejoindre|Quitter|verlassen/);
    expect(adapter.detect(document)).toBe(state);
  });

  it('reads nothing on a blank or still-loading page', () => {
    loadFixture(platform, 'lobby');
    document.body.replaceChildren();
    expect(adapter.detect(document)).toBeNull();
  });
});

describe('meet', () => {
  it('ends once Meet routes away from the meeting code (home screen, landing page)', () => {
    loadFixture('meet', 'in-call');
    setUrl('https://meet.google.com/landing');
    expect(meet.detect(document)).toBe('ended');
    setUrl('https://meet.google.com/');
    expect(meet.detect(document)).toBe('ended');
  });

  it('ends when data-call-ended flips in place, an attribute it asks the watcher to observe', () => {
    loadFixture('meet', 'in-call');
    document.querySelector('[data-call-ended]')!.setAttribute('data-call-ended', 'true');
    expect(meet.detect(document)).toBe('ended');
    expect(meet.observeAttributes).toContain('data-call-ended');
  });

  it('reads the older i.google-material-icons markup', () => {
    setUrl('https://meet.google.com/abc-defg-hij');
    const button = (icon: string) => `<div role="button"><i class="google-material-icons">${icon}</i></div>`;
    document.body.innerHTML = button('call_end');
    expect(meet.detect(document)).toBe('waiting');
    document.body.innerHTML = button('present_to_all') + button('call_end');
    expect(meet.detect(document)).toBe('in-call');
  });

  it('ignores a call_end glyph outside any button (help text, a tooltip)', () => {
    setUrl('https://meet.google.com/abc-defg-hij');
    document.body.innerHTML = '<p><i class="google-symbols">call_end</i></p>';
    expect(meet.detect(document)).toBeNull();
  });

  it('knows the pre-join screen by its device toggles when data-is-prejoin is missing', () => {
    loadFixture('meet', 'lobby');
    document.querySelector('[data-is-prejoin]')!.removeAttribute('data-is-prejoin');
    expect(meet.detect(document)).toBe('lobby');
    for (const icon of document.querySelectorAll('.google-symbols')) icon.textContent = 'settings';
    expect(meet.detect(document)).toBeNull();
  });

  it('does not take data-is-prejoin="false" for the pre-join screen', () => {
    setUrl('https://meet.google.com/abc-defg-hij');
    document.body.innerHTML = '<div data-is-prejoin="false"></div>';
    expect(meet.detect(document)).toBeNull();
  });

  it('reads presenting from the stop-presenting glyph only', () => {
    loadFixture('meet', 'in-call');
    expect(meet.isPresenting?.(document)).toBe(false);
    const present = document.querySelector('[data-present] i')!;
    present.textContent = 'stop_screen_share';
    expect(meet.isPresenting?.(document)).toBe(true);
  });
});

describe('zoom', () => {
  it('reads the client inside iframe#webclient and observes that document', () => {
    loadFixture('zoom', 'in-call');
    const inner = zoomFrame().contentDocument!;
    expect(zoomClientDocument(document)).toBe(inner);
    expect(zoom.observeRoot?.(document)).toBe(inner.body);
    // The outer page alone carries no call UI: the state really comes from the frame.
    expect(document.querySelector('#audioOptionMenu')).toBeNull();
  });

  it.each(FIXTURE_STATES)('reads the %s client rendered without a frame', (state) => {
    setUrl('https://acme.zoom.us/wc/81234567890/join');
    document.documentElement.innerHTML = zoomInner(state);
    expect(zoomClientDocument(document)).toBe(document);
    expect(zoom.observeRoot?.(document)).toBe(document.body);
    expect(zoom.detect(document)).toBe(state);
  });

  it('also reads the outer page while the frame is still a blank placeholder', () => {
    setUrl('https://app.zoom.us/wc/81234567890/join');
    document.documentElement.innerHTML = `<body><iframe id="webclient" srcdoc=""></iframe>${
      new DOMParser().parseFromString(zoomInner('lobby'), 'text/html').body.innerHTML
    }</body>`;
    expect(zoomClientDocument(document)).not.toBe(document);
    expect(zoom.detect(document)).toBe('lobby');
  });

  it('stays in the call while the leave-confirmation modal is open over the footer', () => {
    loadFixture('zoom', 'in-call');
    const inner = zoomFrame().contentDocument!;
    inner.body.insertAdjacentHTML('beforeend', '<div class="zm-modal"><button class="zm-btn">x</button></div>');
    expect(zoom.detect(document)).toBe('in-call');
  });

  it('ends on the /wc/leave page whatever it shows', () => {
    setUrl('https://app.zoom.us/wc/leave');
    expect(zoom.detect(document)).toBe('ended');
    setUrl('https://app.zoom.us/wc/81234567890/leave?fromPWA=1');
    expect(zoom.detect(document)).toBe('ended');
  });

  it('reads nothing while the frame is gone or still blank', () => {
    loadFixture('zoom', 'in-call');
    zoomFrame().remove();
    expect(zoom.detect(document)).toBeNull();
    document.body.innerHTML = '<iframe id="webclient" srcdoc=""></iframe>';
    expect(zoom.detect(document)).toBeNull();
  });
});

describe('teams', () => {
  it.each([
    '<div id="hangup-button"><button></button></div>',
    '<button id="hangup-button"></button>',
    '<button data-tid="hangup-main-btn"></button>',
    '<button data-tid="call-hangup"></button>',
  ])('is in the call with %s', (markup) => {
    document.body.innerHTML = markup;
    expect(teams.detect(document)).toBe('in-call');
  });

  it('reads nothing on the chat view, where a call that ended without a post-call screen lands', () => {
    document.body.innerHTML = '<div id="app"><div data-tid="chat-pane-list"><p>Hallo</p></div></div>';
    expect(teams.detect(document)).toBeNull();
  });

  it('reads presenting from the pressed share button', () => {
    loadFixture('teams', 'in-call');
    expect(teams.isPresenting?.(document)).toBe(false);
    document.querySelector('#screenshare-button')!.setAttribute('aria-pressed', 'true');
    expect(teams.isPresenting?.(document)).toBe(true);
  });
});

describe('generic', () => {
  it('never reads the page; the panel reports start and end', () => {
    loadFixture('meet', 'in-call');
    expect(generic.detect(document)).toBeNull();
    expect(manualStart()).toEqual({ platform: 'generic', state: 'in-call' });
    expect(manualEnd()).toEqual({ platform: 'generic', state: 'ended' });
  });
});
