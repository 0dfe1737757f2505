import { render } from 'preact';
import { act } from 'preact/test-utils';
import { type Autosave, draftChanges, useAutosave } from '@/components/ui/use-autosave';

const calls: Array<[string, unknown]> = [];
let drafts: Record<string, unknown> = {};

vi.mock('@/utils/api/client', () => ({
  request: async (name: string, data: unknown) => {
    calls.push([name, data]);
    if (name === 'formBackup.get') return drafts[data as string] ?? null;
    if (name === 'formBackup.put') {
      const { key, value } = data as { key: string; value: unknown };
      drafts[key] = value;
    }
    if (name === 'formBackup.delete') delete drafts[data as string];
    return undefined;
  },
}));

interface Form {
  title: string;
  tags: string[];
}

const saved: Form = { title: 'Saved title', tags: ['a'] };
let current: Autosave<Form>;
let saves: Array<Partial<Form>>;
let failNextSave: boolean;

function Harness({ draftKey }: { draftKey: string }) {
  current = useAutosave<Form>({
    draftKey,
    saved,
    fields: ['title', 'tags'],
    delayMs: 20,
    save: async (patch) => {
      if (failNextSave) {
        failNextSave = false;
        throw new Error('disk full');
      }
      saves.push(patch);
    },
  });
  return null;
}

const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 60)));
let root: HTMLElement;

beforeEach(() => {
  calls.length = 0;
  drafts = {};
  saves = [];
  failNextSave = false;
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('useAutosave', () => {
  it('puts the whole form in the draft on every change, saves after a pause, then clears the draft', async () => {
    await act(() => render(<Harness draftKey="story:1" />, root));
    await act(() => current.update({ title: 'Ne' }));
    await act(() => current.update({ title: 'New' }));
    expect(drafts['story:1']).toEqual({ title: 'New', tags: ['a'] });
    expect(calls.filter(([name]) => name === 'formBackup.put')).toHaveLength(2);
    expect(saves).toEqual([]);

    await settle();
    expect(saves).toEqual([{ title: 'New' }]);
    expect(current.saveState).toBe('saved');
    expect(drafts['story:1']).toBeUndefined();
  });

  it('restores a draft left by a closed tab and saves it', async () => {
    drafts['story:2'] = { title: 'Typed before the tab closed', tags: ['a'], unrelated: 'ignored' };
    await act(() => render(<Harness draftKey="story:2" />, root));
    await settle();
    expect(current.form.title).toBe('Typed before the tab closed');
    expect(saves).toEqual([{ title: 'Typed before the tab closed' }]);
    expect(drafts['story:2']).toBeUndefined();
  });

  it('lets what the user types first win over a late draft', async () => {
    drafts['story:3'] = { title: 'Stale draft', tags: ['a'] };
    await act(() => {
      render(<Harness draftKey="story:3" />, root);
      current.update({ tags: ['b'] });
    });
    await settle();
    expect(current.form).toEqual({ title: 'Saved title', tags: ['b'] });
    expect(saves).toEqual([{ tags: ['b'] }]);
  });

  it('keeps the draft and the pending edit when a save fails, and says so', async () => {
    failNextSave = true;
    await act(() => render(<Harness draftKey="story:4" />, root));
    await act(() => current.update({ title: 'Not lost' }));
    await settle();
    expect(current.saveState).toBe('error');
    expect(drafts['story:4']).toEqual({ title: 'Not lost', tags: ['a'] });
    await act(() => current.flush());
    expect(saves).toEqual([{ title: 'Not lost' }]);
    expect(current.saveState).toBe('saved');
    expect(drafts['story:4']).toBeUndefined();
  });

  it('saves at once when the page is hidden or the form closes', async () => {
    await act(() => render(<Harness draftKey="story:5" />, root));
    await act(() => current.update({ title: 'Hidden' }));
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    await act(() => {
      document.dispatchEvent(new Event('visibilitychange'));
    });
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    expect(saves).toEqual([{ title: 'Hidden' }]);

    await act(() => current.update({ title: 'Closed' }));
    await act(() => render(null, root));
    expect(saves).toEqual([{ title: 'Hidden' }, { title: 'Closed' }]);
  });
});

describe('draftChanges', () => {
  it('returns only the listed fields that differ from the saved record', () => {
    expect(draftChanges(saved, { title: 'Saved title', tags: ['a', 'b'], id: 'x' }, ['title', 'tags'])).toEqual({
      tags: ['a', 'b'],
    });
    expect(draftChanges(saved, null, ['title'])).toEqual({});
    expect(draftChanges(saved, ['not', 'a', 'form'], ['title'])).toEqual({});
  });
});
