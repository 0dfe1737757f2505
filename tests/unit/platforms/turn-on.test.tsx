import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PlatformPartly } from '@/components/platforms/PlatformPartly';
import { PlatformPicker } from '@/components/platforms/PlatformPicker';
import { PlatformOffForLink } from '@/components/platforms/TurnOnPlatform';
import { platformOffAt } from '@/components/platforms/turn-on';
import { ON_WHEN_GRANTED, OPT_IN_ORIGINS } from '@/utils/platforms/hosts';
import { DEFAULT_SETTINGS } from '@/utils/settings/settings';

const live = vi.hoisted(() => ({ settings: undefined as unknown }));
const calls = vi.hoisted(() => ({ list: [] as Array<[string, unknown]> }));
vi.mock('@/components/ui/use-live', () => ({ useLive: () => ({ status: 'ready', value: live.settings }) }));
vi.mock('@/utils/api/client', () => ({
  request: async (name: string, data: unknown) => {
    calls.list.push([name, data]);
    return name === 'platforms.sync' ? { zoom: true, teams: false } : {};
  },
}));

let root: HTMLElement;
beforeEach(() => {
  calls.list = [];
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});
const settle = async () => {
  for (let i = 0; i < 5; i++) await act(async () => {});
};
const button = (name: string) => {
  const found = [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === name);
  if (!found) throw new Error(`no button ${name}: ${root.textContent}`);
  return found;
};

describe('a plan whose link is on a platform that is off', () => {
  const zoomLink = 'https://us02web.zoom.us/j/81234567890?pwd=abc';

  it('says so and turns it on from the click', async () => {
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true as never);
    await act(() => render(<PlatformOffForLink link={zoomLink} platforms={{ zoom: false, teams: false }} />, root));
    expect(root.textContent).toContain('Turn on Zoom to see your panel there.');
    button('Turn on Zoom').click();
    // Asked in the click's own task, before anything was awaited.
    expect(request).toHaveBeenCalledWith({ origins: [...OPT_IN_ORIGINS.zoom] });
    await settle();
    expect(calls.list.map(([name]) => name)).toEqual(['platforms.sync']);
    expect(root.querySelector('[role="status"]')?.textContent).toContain('Zoom is on.');
  });

  it('says nothing when the platform is on, for Meet, or for a link that names no meeting', async () => {
    for (const [link, zoom] of [
      [zoomLink, true],
      ['https://meet.google.com/abc-defg-hij', false],
      ['https://example.com/room', false],
    ] as const) {
      await act(() => render(<PlatformOffForLink link={link} platforms={{ zoom, teams: false }} />, root));
      expect(root.textContent).toBe('');
    }
  });
});

describe('the first-run platform question', () => {
  it('asks for the ticked platforms in one prompt from the click, then is answered', async () => {
    live.settings = DEFAULT_SETTINGS;
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true as never);
    await act(() => render(<PlatformPicker />, root));
    const zoom = [...root.querySelectorAll('label')].find((l) => l.textContent === 'Zoom')!.querySelector('input')!;
    await act(() => {
      zoom.click();
    });
    button('Done').click();
    expect(request).toHaveBeenCalledWith({ origins: [...OPT_IN_ORIGINS.zoom] });
    await settle();
    expect(calls.list).toEqual([
      ['platforms.sync', undefined],
      ['settings.update', { platformsAsked: true }],
    ]);
  });

  it('is not shown once answered', async () => {
    live.settings = { ...DEFAULT_SETTINGS, platformsAsked: true };
    await act(() => render(<PlatformPicker />, root));
    expect(root.textContent).toBe('');
  });
});

describe('the popup says a platform is off on the page in front', () => {
  const holding =
    (origins: readonly string[]) =>
    async ({ origins: asked }: { origins: string[] }) =>
      asked.every((o) => origins.includes(o));
  const zoomGov = 'https://gsa.zoomgov.com/wc/1602639518/join';

  it('when it is off altogether', async () => {
    expect(await platformOffAt('zoom', zoomGov, false, holding(OPT_IN_ORIGINS.zoom))).toBe(true);
  });

  it('when Zoom is on without this host (turned on before ZoomGov and zoom.com were among its origins)', async () => {
    const legacy = holding(['https://app.zoom.us/*', 'https://*.zoom.us/*']);
    expect(await platformOffAt('zoom', zoomGov, true, legacy)).toBe(true);
    expect(await platformOffAt('zoom', 'https://app.zoom.com/wc/81234567890/join', true, legacy)).toBe(true);
    expect(await platformOffAt('zoom', 'https://us02web.zoom.us/j/81234567890', true, legacy)).toBe(false);
  });

  it('not when the host is granted', async () => {
    expect(await platformOffAt('zoom', zoomGov, true, holding(OPT_IN_ORIGINS.zoom))).toBe(false);
    expect(await platformOffAt('teams', 'https://teams.live.com/meet/1', true, holding(OPT_IN_ORIGINS.teams))).toBe(
      false,
    );
  });

  it('asks the browser by default', async () => {
    const contains = vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation((async () => false) as never);
    expect(await platformOffAt('zoom', zoomGov, true)).toBe(true);
    expect(contains).toHaveBeenCalledWith({ origins: ['https://*.zoomgov.com/*'] });
    contains.mockRestore();
  });
});

describe('Settings on a platform turned on before all its sites were asked for', () => {
  const grant = (origins: readonly string[]) =>
    vi
      .spyOn(fakeBrowser.permissions, 'contains')
      .mockImplementation((async ({ origins: asked }: { origins: string[] }) =>
        asked.every((o) => origins.includes(o))) as never);

  it('says Zoom is partly on, which sites it misses, and asks for exactly those from the click', async () => {
    const contains = grant(ON_WHEN_GRANTED.zoom);
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true as never);
    await act(() => render(<PlatformPartly platform="zoom" on={true} noteId="zoom-partly" />, root));
    await settle();
    expect(root.querySelector('#zoom-partly')?.textContent).toBe(
      'Zoom is only partly on: it does not run on zoom.com and zoomgov.com pages yet.',
    );
    button('Turn on Zoom for zoom.com and zoomgov.com too').click();
    expect(request).toHaveBeenCalledWith({ origins: ['https://*.zoom.com/*', 'https://*.zoomgov.com/*'] });
    await settle();
    expect(calls.list.map(([name]) => name)).toEqual(['platforms.sync']);
    expect(root.querySelector('[role="status"]')?.textContent).toContain('Zoom is on.');
    contains.mockRestore();
  });

  it('says the browser refused, and Zoom stays partly on', async () => {
    const contains = grant(ON_WHEN_GRANTED.zoom);
    vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(false as never);
    await act(() => render(<PlatformPartly platform="zoom" on={true} noteId="zoom-partly" />, root));
    await settle();
    button('Turn on Zoom for zoom.com and zoomgov.com too').click();
    await settle();
    expect(root.querySelector('[role="status"]')?.textContent).toBe(
      'Zoom stays on, but not on zoom.com and zoomgov.com: the browser did not allow it.',
    );
    contains.mockRestore();
  });

  it('says nothing when the platform is on everywhere or off', async () => {
    for (const origins of [OPT_IN_ORIGINS.zoom, [] as string[]]) {
      const contains = grant(origins);
      await act(() => render(<PlatformPartly platform="zoom" on={origins.length > 0} noteId="zoom-partly" />, root));
      await settle();
      expect(root.textContent).toBe('');
      contains.mockRestore();
      render(null, root);
    }
  });
});
