import { render } from 'preact';
import { act } from 'preact/test-utils';
import { useStoryImport } from '@/components/stories/StoryImport';
import { BACKUP_LIMITS } from '@/utils/backup/format';
import type { Story } from '@/utils/model';
import { makeStory } from '../fixtures';

// The import preview's ticks: a story that cannot be saved cannot be ticked, a same-title duplicate starts unticked,
// and only what is ticked is sent, in one stories.importMany.

const calls: Array<[string, unknown]> = [];
vi.mock('@/utils/api/client', () => ({
  request: async (name: string, data: unknown) => {
    calls.push([name, data]);
    return { saved: Array.isArray(data) ? data.length : 0 };
  },
}));

let importFile: (file: File) => void;
function Harness({ stories }: { stories: Story[] }) {
  const storyImport = useStoryImport(stories);
  importFile = storyImport.importFile;
  return storyImport.view;
}

const flush = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 10)));
const checkbox = (root: HTMLElement, title: string) => {
  const label = [...root.querySelectorAll('label')].find((l) => l.textContent === title)!;
  return root.querySelector<HTMLInputElement>(`#${label.htmlFor}`)!;
};
const button = (root: HTMLElement, text: string) =>
  [...root.querySelectorAll('button')].find((b) => b.textContent === text);

describe('story import preview', () => {
  let root: HTMLElement;
  beforeEach(() => {
    calls.length = 0;
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    render(null, root);
    root.remove();
  });

  it('ticks the new stories only, and sends only the ticked ones', async () => {
    const notes = [
      '## Fresh story',
      'Situation: new',
      '',
      '## Known story',
      'Situation: already there',
      '',
      '## Too long',
      `Action: ${'x'.repeat(BACKUP_LIMITS.textChars + 1)}`,
    ].join('\n');
    render(<Harness stories={[makeStory({ id: 'known', title: 'Known story' })]} />, root);
    await act(() => importFile(new File([notes], 'notes.md', { type: 'text/markdown' })));
    await flush();

    expect(checkbox(root, 'Fresh story').checked).toBe(true);
    expect(checkbox(root, 'Known story').checked).toBe(false);
    expect(root.textContent).toContain('Already in your library');
    const long = checkbox(root, 'Too long');
    expect(long.checked).toBe(false);
    expect(long.disabled).toBe(true);
    expect(root.textContent).toMatch(/Action/);

    await act(() => button(root, 'Import 1 story')!.click());
    await flush();
    expect(calls).toHaveLength(1);
    const [name, sent] = calls[0]!;
    expect(name).toBe('stories.importMany');
    expect((sent as Array<{ title: string }>).map((s) => s.title)).toEqual(['Fresh story']);
    expect(root.textContent).toContain('Imported stories: 1.');
  });

  it('says why a file is refused and sends nothing', async () => {
    render(<Harness stories={[]} />, root);
    await act(() => importFile(new File(['# Title only\n'], 'notes.md')));
    await flush();
    expect(root.querySelector('[role="alert"]')!.textContent).toMatch(/No story was found/);
    await act(() => importFile(new File(['x'], 'notes.docx')));
    await flush();
    expect(root.querySelector('[role="alert"]')!.textContent).toMatch(/\.md\), text/);
    expect(calls).toEqual([]);
  });
});
