import { render } from 'preact';
import { act } from 'preact/test-utils';
import { ChecklistEditor } from '@/components/closing/ChecklistEditor';
import type { ChecklistItem } from '@/utils/model';

const START: ChecklistItem[] = [
  { id: 'fit', label: 'Restate fit' },
  { id: 'thanks', label: 'Thank them' },
];

let host: HTMLDivElement;

beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
});
afterEach(() => {
  render(null, host);
  host.remove();
});

function mount(props: Partial<Parameters<typeof ChecklistEditor>[0]> = {}) {
  const onSave = vi.fn(async (_items: ChecklistItem[], _base: readonly ChecklistItem[]) => {});
  const onReset = vi.fn(async () => [{ id: 'default', label: 'Default item' }]);
  act(() => {
    render(<ChecklistEditor idPrefix="t" initial={START} onSave={onSave} onReset={onReset} {...props} />, host);
  });
  return { onSave, onReset };
}

const labels = () =>
  [...host.querySelectorAll<HTMLInputElement>('.checklist-editor-item input')].map((input) => input.value);
const button = (name: string) =>
  [...host.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent) === name)!;
const status = () => host.querySelector('[role="status"]')!.textContent;

async function click(name: string) {
  await act(async () => {
    button(name).click();
  });
}

async function type(input: HTMLInputElement, value: string) {
  await act(async () => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('the checklist editor', () => {
  it('reorders, removes, adds and saves trimmed labels', async () => {
    const { onSave } = mount();
    await click('Move “Restate fit” down');
    expect(labels()).toEqual(['Thank them', 'Restate fit']);
    await click('Remove “Thank them”');
    expect(labels()).toEqual(['Restate fit']);
    await type(host.querySelector<HTMLInputElement>('#t-new-item')!, '  Ask about next steps ');
    await act(async () => {
      host.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    expect(labels()).toEqual(['Restate fit', 'Ask about next steps']);
    await type(host.querySelectorAll<HTMLInputElement>('.checklist-editor-item input')[0]!, 'Restate fit ');
    await click('Save checklist');
    expect(onSave).toHaveBeenCalledTimes(1);
    const saved = onSave.mock.calls[0]![0];
    expect(saved.map((item) => item.label)).toEqual(['Restate fit', 'Ask about next steps']);
    expect(saved[0]!.id).toBe('fit');
    expect(new Set(saved.map((item) => item.id)).size).toBe(2);
    // The list it started from goes along, so the plan can keep changes made in another tab meanwhile.
    expect(onSave.mock.calls[0]![1]).toEqual(START);
    await vi.waitFor(() => expect(status()).toBe('Checklist saved.'));
    // Saved: the next save starts from what was saved.
    await click('Save checklist');
    expect(onSave.mock.calls[1]![1]).toEqual(saved);
  });

  it('refuses empty labels and an empty list, and saves nothing', async () => {
    const { onSave } = mount();
    await type(host.querySelectorAll<HTMLInputElement>('.checklist-editor-item input')[1]!, '   ');
    await click('Save checklist');
    expect(onSave).not.toHaveBeenCalled();
    expect(status()).toMatch(/needs some text/);
    await click('Remove “Restate fit”');
    await click('Remove “Item 1”');
    expect(labels()).toEqual([]);
    await click('Save checklist');
    expect(onSave).not.toHaveBeenCalled();
  });

  it('keeps the edits when saving fails', async () => {
    mount({ onSave: vi.fn(async () => Promise.reject(new Error('worker gone'))) });
    await type(host.querySelectorAll<HTMLInputElement>('.checklist-editor-item input')[0]!, 'Changed');
    await click('Save checklist');
    await vi.waitFor(() => expect(status()).toMatch(/not saved/));
    expect(labels()).toEqual(['Changed', 'Thank them']);
  });

  it('shows the default list after a reset', async () => {
    const { onReset } = mount();
    await click('Reset to default');
    expect(onReset).toHaveBeenCalled();
    await vi.waitFor(() => expect(status()).toBe('Back to the default checklist.'));
    expect(labels()).toEqual(['Default item']);
  });
});
