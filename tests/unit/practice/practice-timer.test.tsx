import { render } from 'preact';
import { act } from 'preact/test-utils';
import { PracticeTimer } from '@/components/practice/PracticeTimer';

const backup = new Map<string, unknown>();
const recorded: unknown[] = [];

vi.mock('@/utils/api/client', () => ({
  request: vi.fn(async (name: string, data: unknown) => {
    if (name === 'formBackup.get') return backup.get(data as string) ?? null;
    if (name === 'formBackup.put') backup.set((data as { key: string }).key, (data as { value: unknown }).value);
    if (name === 'formBackup.delete') backup.delete(data as string);
    if (name === 'practice.record') recorded.push(data);
    return undefined;
  }),
}));

let host: HTMLDivElement;
beforeEach(() => {
  backup.clear();
  recorded.length = 0;
  host = document.createElement('div');
  document.body.append(host);
});
afterEach(() => {
  render(null, host);
  host.remove();
});

async function mount() {
  await act(async () => {
    render(<PracticeTimer storyId="s1" question="Tell me about a failure." />, host);
  });
}
const button = (name: string) => [...host.querySelectorAll('button')].find((b) => b.textContent === name);
async function click(name: string) {
  await act(async () => {
    button(name)!.click();
  });
}
const primary = () => [...host.querySelectorAll('button.primary')].map((b) => b.textContent);
const status = () => host.querySelector('[role="status"]')!.textContent;
const ratingGroup = () => host.querySelector('fieldset');

describe('the practice timer after Stop', () => {
  it('makes "Save rating" the primary action, saving only with a rating chosen', async () => {
    await mount();
    await click('Start timer');
    await click('Stop timer');
    expect(primary()).toEqual(['Save rating']);
    expect(button('Start again')).toBeDefined();
    expect(button('Save rating')!.disabled).toBe(true);
    await click('3 – Good');
    expect(button('3 – Good')!.getAttribute('aria-pressed')).toBe('true');
    expect(button('Save rating')!.disabled).toBe(false);
    await click('Save rating');
    expect(recorded).toEqual([{ storyId: 's1', question: 'Tell me about a failure.', seconds: 0, rating: 3 }]);
    expect(status()).toBe('Practice saved.');
    expect(backup.size).toBe(0);
  });

  it('does not drop an unrated rehearsal on "Start again" without saying so first', async () => {
    await mount();
    await click('Start timer');
    await click('Stop timer');
    await click('Start again');
    expect(status()).toMatch(/not saved yet/);
    expect(ratingGroup()).not.toBeNull();
    expect(backup.get('practice:s1')).toMatchObject({ seconds: 0 });
    await click('Start again');
    expect(ratingGroup()).toBeNull();
    expect(button('Stop timer')).toBeDefined();
    expect(recorded).toEqual([]);
  });

  it('brings back a rehearsal left unrated, waiting for its rating', async () => {
    backup.set('practice:s1', { question: 'Tell me about a failure.', seconds: 95 });
    await mount();
    expect(host.querySelector('[role="timer"]')!.textContent).toBe('1:35');
    expect(ratingGroup()).not.toBeNull();
  });
});
