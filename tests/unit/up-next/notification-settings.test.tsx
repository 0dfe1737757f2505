import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { HeadsUpSettings } from '@/components/up-next/HeadsUpSettings';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings/settings';

const live = vi.hoisted(() => ({ settings: undefined as unknown }));
const updates = vi.hoisted(() => ({ list: [] as unknown[] }));
vi.mock('@/components/ui/use-live', () => ({ useLive: () => ({ status: 'ready', value: live.settings }) }));
vi.mock('@/utils/api/client', () => ({
  request: async (_name: string, data: unknown) => {
    updates.list.push(data);
    return {};
  },
}));

let root: HTMLElement;
beforeEach(() => {
  updates.list = [];
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
const checkbox = (text: string) =>
  [...root.querySelectorAll('label')].find((l) => l.textContent?.startsWith(text))!.querySelector('input')!;

async function show(settings: Partial<Settings>) {
  live.settings = { ...DEFAULT_SETTINGS, ...settings };
  await act(() => render(<HeadsUpSettings />, root));
}

describe('heads-ups and follow-up reminders share one permission', () => {
  it('turns follow-up reminders on by asking for notifications from the click', async () => {
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true as never);
    await show({});
    checkbox('Notify me once when a follow-up is due').click();
    expect(request).toHaveBeenCalledWith({ permissions: ['notifications'] });
    await settle();
    expect(updates.list).toEqual([{ followUpReminders: true }]);
  });

  it('keeps the permission while the other switch still needs it, and gives it back when neither does', async () => {
    const remove = vi.spyOn(fakeBrowser.permissions, 'remove').mockResolvedValue(true as never);
    await show({ headsUp: true, followUpReminders: true });
    checkbox('Notify me once when a follow-up is due').click();
    await settle();
    expect(remove).not.toHaveBeenCalled();
    expect(updates.list).toEqual([{ followUpReminders: false }]);

    render(null, root);
    updates.list = [];
    await show({ headsUp: true, followUpReminders: false });
    checkbox('Notify me before each planned interview').click();
    await settle();
    expect(remove).toHaveBeenCalledWith({ permissions: ['notifications'] });
    expect(updates.list).toEqual([{ headsUp: false }]);
  });

  it('says so when the browser refuses, and the switch stays off', async () => {
    vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(false as never);
    await show({});
    checkbox('Notify me once when a follow-up is due').click();
    await settle();
    expect(updates.list).toEqual([{ followUpReminders: false }]);
    expect(root.querySelector('[role="status"]')?.textContent).toBe(
      'The browser did not allow notifications, so follow-up reminders stay off.',
    );
  });
});
