import { render } from 'preact';
import { act } from 'preact/test-utils';
import { QuestionMatcher } from '@/components/matcher/QuestionMatcher';
import type { Story } from '@/utils/model';
import { makeStory } from '../fixtures';

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const conflict = makeStory({
  id: 'conflict',
  title: 'Settled the API dispute',
  action: 'I listened to the mobile lead and proposed a deprecation calendar.',
  competencies: ['conflict-resolution', 'communication'],
  strength: 3,
});
const launch = makeStory({
  id: 'launch',
  title: 'Shipped the launch with my teammate',
  action: 'I paired with a teammate on the release.',
  competencies: ['ownership-delivery'],
  strength: 5,
});

async function ask(question: string) {
  const input = root.querySelector('textarea')!;
  input.value = question;
  await act(() => {
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('QuestionMatcher', () => {
  it('ranks the conflict story first for a disagreement with a teammate, with its reasons', async () => {
    await act(() => render(<QuestionMatcher stories={[launch, conflict]} />, root));
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Your stories will be ranked as you type.');
    await ask('Tell me about a time you disagreed with a teammate');

    const items = [...root.querySelectorAll('.match-result')];
    expect(items[0]?.textContent).toContain('Settled the API dispute');
    expect(items[0]?.textContent).toContain('Asks about: Conflict resolution');
    expect(root.querySelector('label')?.textContent).toBe('Interview question');
    expect(root.querySelector('[role="status"]')?.textContent).toMatch(/^Best matches: \d\.$/);
    // No onPick, no buttons: the component is read-only unless a surface asks for a choice.
    expect(root.querySelector('button')).toBeNull();
  });

  it('hands back the picked story and the question', async () => {
    const picked: Array<[Story, string]> = [];
    await act(() =>
      render(
        <QuestionMatcher stories={[launch, conflict]} pickLabel="Show" onPick={(s, q) => picked.push([s, q])} />,
        root,
      ),
    );
    await ask('How do you handle conflict?');
    const button = root.querySelector<HTMLButtonElement>('button[aria-label="Show: Settled the API dispute"]')!;
    await act(() => button.click());
    expect(picked).toEqual([[conflict, 'How do you handle conflict?']]);
  });

  it('says when nothing matches and follows the stories it is given', async () => {
    await act(() => render(<QuestionMatcher stories={[launch]} />, root));
    await ask('Tell me about a conflict with your manager');
    expect(root.querySelector('[role="status"]')?.textContent).toBe('No story matches this question yet.');
    await act(() => render(<QuestionMatcher stories={[launch, conflict]} />, root));
    expect(root.querySelector('.match-result')?.textContent).toContain('Settled the API dispute');
  });
});
