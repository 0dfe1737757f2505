import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CallPageSettings } from '@/components/settings/CallPageSettings';
import { HIDE_WHILE_SHARING_KEY } from '@/utils/frame/prefs';
import { OPT_IN_ORIGINS } from '@/utils/platforms/hosts';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings/settings';

const live = vi.hoisted(() => ({ settings: undefined as unknown }));
const requests = vi.hoisted(() => ({ sync: vi.fn() }));

vi.mock('@/components/ui/use-live', () => ({
  useLive: () => ({ status: 'ready', value: live.settings }),
}));
vi.mock('@/utils/api/client', () => ({
  request: (name: string) => (name === 'platforms.sync' ? requests.sync() : Promise.reject(new Error(name))),
}));

let root: HTMLElement;

function checkbox(label: string): HTMLInputElement {
  const found = [...root.querySelectorAll('label')].find((l) => l.textContent?.trim() === label);
  const input = found?.querySelector('input');
  if (!input) throw new Error(`no checkbox ${label}`);
  return input;
}

async function settle() {
  for (let i = 0; i < 5; i++) await act(async () => {});
}

async function show(settings: Settings = DEFAULT_SETTINGS) {
  live.settings = settings;
  root = document.createElement('div');
  document.body.append(root);
  await act(() => render(<CallPageSettings />, root));
  await settle();
}

afterEach(() => {
  render(null, root);
  root.remove();
});

describe('the settings section', () => {
  it('shows Meet always on and the opt-in platforms as the background reports them', async () => {
    await show({ ...DEFAULT_SETTINGS, platforms: { zoom: false, teams: true } });
    expect(checkbox('Google Meet (always on)')).toMatchObject({ checked: true, disabled: true });
    expect(checkbox('Zoom on the web').checked).toBe(false);
    expect(checkbox('Microsoft Teams on the web').checked).toBe(true);
  });

  it('switches Zoom on by asking the browser for its sites, then has the background register it', async () => {
    await show();
    fakeBrowser.permissions.request = vi.fn().mockResolvedValue(true);
    requests.sync.mockResolvedValue({ zoom: true, teams: false });
    await act(() => checkbox('Zoom on the web').click());
    await settle();
    expect(fakeBrowser.permissions.request).toHaveBeenCalledWith({ origins: [...OPT_IN_ORIGINS.zoom] });
    expect(requests.sync).toHaveBeenCalled();
    expect(root.querySelector('[role="status"]')!.textContent).toBe(
      'Zoom on the web is on. Tabs already open there need a reload.',
    );
  });

  it('says so when the browser’s prompt is declined', async () => {
    await show();
    fakeBrowser.permissions.request = vi.fn().mockResolvedValue(false);
    requests.sync.mockResolvedValue({ zoom: false, teams: false });
    await act(() => checkbox('Microsoft Teams on the web').click());
    await settle();
    expect(root.querySelector('[role="status"]')!.textContent).toBe(
      'Access was not granted, so Microsoft Teams on the web stays off.',
    );
  });

  it('switches a platform off by giving its sites back', async () => {
    await show({ ...DEFAULT_SETTINGS, platforms: { zoom: true, teams: false } });
    fakeBrowser.permissions.remove = vi.fn().mockResolvedValue(true);
    requests.sync.mockResolvedValue({ zoom: false, teams: false });
    await act(() => checkbox('Zoom on the web').click());
    await settle();
    expect(fakeBrowser.permissions.remove).toHaveBeenCalledWith({ origins: [...OPT_IN_ORIGINS.zoom] });
    expect(root.querySelector('[role="status"]')!.textContent).toBe('Zoom on the web is off.');
  });

  it('sets the in-call panel’s opacity for every platform, keeping each one’s other prefs', async () => {
    await fakeBrowser.storage.local.set({ 'panelFrame:zoom': { collapsed: true, opacity: 1 } });
    await show();
    const slider = root.querySelector<HTMLInputElement>('input[type="range"]')!;
    expect(slider.value).toBe('100');
    slider.value = '60';
    await act(() => {
      slider.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();
    const stored = await fakeBrowser.storage.local.get(null);
    expect(stored['panelFrame:zoom']).toEqual({ collapsed: true, opacity: 0.6 });
    for (const platform of ['meet', 'teams', 'generic']) {
      expect(stored[`panelFrame:${platform}`]).toEqual({ collapsed: false, opacity: 0.6 });
    }
    expect(root.querySelector('output')!.textContent).toBe('60%');
  });

  it('keeps hiding the panel while sharing on by default, and stores the choice where the call page reads it', async () => {
    await show();
    expect(checkbox('Hide the panel while I share my screen').checked).toBe(true);
    await act(() => checkbox('Hide the panel while I share my screen').click());
    await settle();
    expect((await fakeBrowser.storage.local.get(HIDE_WHILE_SHARING_KEY))[HIDE_WHILE_SHARING_KEY]).toBe(false);
  });
});
