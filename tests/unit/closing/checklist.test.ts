import messages from '@/public/_locales/en/messages.json';
import {
  addItem,
  checklistResults,
  checklistTicks,
  completionRatio,
  DEFAULT_CHECKLIST,
  defaultChecklistItems,
  mergeChecklistEdit,
  moveItem,
  removeItem,
  renameItem,
  resetToDefault,
  resolveChecklist,
  type Translate,
} from '@/utils/closing/checklist';
import { t as browserT } from '@/utils/i18n';
import type { CallEvent, ChecklistItem, ChecklistResult } from '@/utils/model';
import { DEFAULT_SETTINGS } from '@/utils/settings/settings';

type Entry = { message: string; placeholders?: Record<string, { content: string }> };
const catalogue = messages as Record<string, Entry>;

/**
 * Chrome's getMessage over the English catalogue, including named placeholders ($NAMES$ → content "$1" → first
 * substitution). The fake browser in setup.ts only knows bare $1, so it cannot check the prefilled items. Throws on
 * a placeholder the message does not declare, so a broken catalogue entry fails here rather than showing "$NAMES$".
 */
const t: Translate = (key, substitutions) => {
  const entry = catalogue[key];
  if (!entry) throw new Error(`no message ${key}`);
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  const fill = (text: string) => text.replace(/\$(\d)/g, (_, n: string) => String(subs[Number(n) - 1] ?? ''));
  return entry.message.replace(/\$([A-Za-z_][A-Za-z0-9_]*)\$/g, (_, name: string) => {
    const placeholder = entry.placeholders?.[name.toLowerCase()];
    if (!placeholder) throw new Error(`${key}: placeholder $${name}$ is not declared`);
    return fill(placeholder.content);
  });
};

const settings = DEFAULT_SETTINGS;
const plan = { interviewers: [], questionsToAsk: [], pinnedStoryIds: [] };
const labels = (items: ChecklistItem[]) => items.map((item) => item.label);
const labelOf = (items: ChecklistItem[], id: string) => items.find((item) => item.id === id)?.label;

describe('DEFAULT_CHECKLIST', () => {
  it('has the five closing items with stable ids, in the order a close runs', () => {
    expect(DEFAULT_CHECKLIST.map((item) => item.id)).toEqual([
      'fit',
      'standout-story',
      'meaningful-question',
      'next-steps',
      'thanks',
    ]);
  });

  it('names keys that exist in the catalogue', () => {
    for (const { labelKey } of DEFAULT_CHECKLIST) expect(catalogue[labelKey]?.message).toBeTruthy();
  });
});

describe('resolveChecklist', () => {
  const generic = [
    'Restate why you fit the role, and that you want it',
    'Bring back your standout story in one line',
    'Ask a question that shows you thought about the role',
    'Ask about next steps and the timeline',
    'Thank the interviewers by name',
  ];

  it('uses the generic wording without a plan', () => {
    expect(labels(resolveChecklist({ settings, stories: [] }, t))).toEqual(generic);
  });

  it('works with the real t from @/utils/i18n', () => {
    expect(labels(resolveChecklist({ interview: plan, settings, stories: [] }, browserT))).toEqual(generic);
  });

  it('prefills from the plan: interviewer names, first question, top pinned story hook', () => {
    const items = resolveChecklist(
      {
        interview: {
          interviewers: ['Alex', ' Sam '],
          questionsToAsk: ['  ', 'What does success look like in six months?', 'Team size?'],
          pinnedStoryIds: ['deleted', 's2', 's1'],
        },
        settings,
        stories: [
          { id: 's1', hook: 'Second choice.' },
          { id: 's2', hook: ' We cut checkout errors from 4% to 0.3%. ' },
        ],
      },
      t,
    );
    expect(items.map((item) => item.id)).toEqual(DEFAULT_CHECKLIST.map((item) => item.id));
    expect(labelOf(items, 'thanks')).toBe('Thank Alex and Sam by name');
    expect(labelOf(items, 'meaningful-question')).toBe('Ask: “What does success look like in six months?”');
    expect(labelOf(items, 'standout-story')).toBe(
      'Bring back your standout story: “We cut checkout errors from 4% to 0.3%.”',
    );
    expect(labelOf(items, 'fit')).toBe(generic[0]);
    expect(labelOf(items, 'next-steps')).toBe(generic[3]);
  });

  it('joins three or more names as a list, once each', () => {
    const items = resolveChecklist(
      { interview: { ...plan, interviewers: ['Alex', 'Sam', '', 'Kim', 'Alex'] }, settings, stories: [] },
      t,
    );
    expect(labelOf(items, 'thanks')).toBe('Thank Alex, Sam, and Kim by name');
  });

  it('still joins names when the catalogue has no usable locale tag', () => {
    const keyless: Translate = (key, subs) => (key === 'checklistListLocale' ? key : t(key, subs));
    const items = resolveChecklist(
      { interview: { ...plan, interviewers: ['Alex', 'Sam'] }, settings, stories: [] },
      keyless,
    );
    expect(labelOf(items, 'thanks')).toBe('Thank Alex and Sam by name');
  });

  it("falls back to generic wording when the top story has no hook, rather than a lower story's hook", () => {
    const items = resolveChecklist(
      {
        interview: { ...plan, pinnedStoryIds: ['s1', 's2'] },
        settings,
        stories: [
          { id: 's1', hook: '  ' },
          { id: 's2', hook: 'Not the top one.' },
        ],
      },
      t,
    );
    expect(labelOf(items, 'standout-story')).toBe(generic[1]);
  });

  it('falls back to generic wording when pinned stories are not loaded', () => {
    const items = resolveChecklist({ interview: { ...plan, pinnedStoryIds: ['s1'] }, settings, stories: [] }, t);
    expect(labelOf(items, 'standout-story')).toBe(generic[1]);
  });

  it("prefers the plan's own checklist, then the settings template", () => {
    const template = [{ id: 'tpl', label: 'From the template' }];
    const own = [
      { id: 'own', label: ' From the plan ' },
      { id: 'blank', label: '   ' },
    ];
    expect(
      resolveChecklist(
        { interview: { ...plan, checklist: own }, settings: { checklistTemplate: template }, stories: [] },
        t,
      ),
    ).toEqual([{ id: 'own', label: 'From the plan' }]);
    expect(resolveChecklist({ interview: plan, settings: { checklistTemplate: template }, stories: [] }, t)).toEqual(
      template,
    );
  });

  it('treats an empty list as unset', () => {
    const template = [{ id: 'tpl', label: 'From the template' }];
    expect(
      resolveChecklist(
        { interview: { ...plan, checklist: [] }, settings: { checklistTemplate: template }, stories: [] },
        t,
      ),
    ).toEqual(template);
    expect(labels(resolveChecklist({ settings: { checklistTemplate: [] }, stories: [] }, t))).toEqual(generic);
  });

  it('does not hand out the stored items themselves', () => {
    const template = [{ id: 'tpl', label: 'From the template' }];
    const [item] = resolveChecklist({ settings: { checklistTemplate: template }, stories: [] }, t);
    expect(item).not.toBe(template[0]);
  });
});

describe('template editing', () => {
  const base: ChecklistItem[] = Object.freeze([
    Object.freeze({ id: 'a', label: 'A' }),
    Object.freeze({ id: 'b', label: 'B' }),
    Object.freeze({ id: 'c', label: 'C' }),
  ]) as ChecklistItem[];
  const ids = (list: ChecklistItem[]) => list.map((item) => item.id);

  it('adds an item with an id from the injected generator', () => {
    const next = addItem(base, 'D', () => 'd');
    expect(next).toEqual([...base, { id: 'd', label: 'D' }]);
    expect(ids(base)).toEqual(['a', 'b', 'c']);
  });

  it('never reuses an id already in the list', () => {
    const queue = ['b', 'c', 'e'];
    expect(ids(addItem(base, 'E', () => queue.shift()!))).toEqual(['a', 'b', 'c', 'e']);
    expect(() => addItem(base, 'X', () => 'a')).toThrow();
  });

  it('generates distinct ids by default', () => {
    const once = addItem([], 'One');
    const twice = addItem(once, 'Two');
    expect(new Set(ids(twice)).size).toBe(2);
  });

  it('removes an item by id', () => {
    expect(ids(removeItem(base, 'b'))).toEqual(['a', 'c']);
    expect(ids(removeItem(base, 'missing'))).toEqual(['a', 'b', 'c']);
  });

  it('moves an item, clamping the target', () => {
    expect(ids(moveItem(base, 0, 2))).toEqual(['b', 'c', 'a']);
    expect(ids(moveItem(base, 2, 0))).toEqual(['c', 'a', 'b']);
    expect(ids(moveItem(base, 1, 1))).toEqual(['a', 'b', 'c']);
    expect(ids(moveItem(base, 0, 99))).toEqual(['b', 'c', 'a']);
    expect(ids(moveItem(base, 2, -4))).toEqual(['c', 'a', 'b']);
    expect(ids(moveItem(base, 5, 0))).toEqual(['a', 'b', 'c']);
  });

  it('renames an item, keeping what was typed', () => {
    expect(renameItem(base, 'b', 'Ask about ')).toEqual([
      { id: 'a', label: 'A' },
      { id: 'b', label: 'Ask about ' },
      { id: 'c', label: 'C' },
    ]);
  });

  it('resets to the built-in checklist, which stays localised', () => {
    expect(resetToDefault()).toBeNull();
    const template = resetToDefault();
    expect(labels(resolveChecklist({ settings: { checklistTemplate: template }, stories: [] }, t))).toEqual(
      labels(defaultChecklistItems(t)),
    );
  });
});

describe('mergeChecklistEdit: two editors of the same plan', () => {
  const item = (id: string, label = id.toUpperCase()): ChecklistItem => ({ id, label });
  const base = Object.freeze([item('a'), item('b'), item('c')]) as ChecklistItem[];
  const ids = (list: ChecklistItem[]) => list.map((entry) => entry.id);

  it('is the edit itself when nothing changed elsewhere', () => {
    const edited = [item('c'), item('a', 'A2'), item('d')];
    expect(mergeChecklistEdit(base, edited, base)).toEqual(edited);
  });

  it('keeps an item added elsewhere, after the item it follows there, and this edit’s own addition', () => {
    const elsewhere = [item('a'), item('x'), item('y'), item('b'), item('c')];
    const edited = [item('a'), item('b'), item('c'), item('d')];
    expect(ids(mergeChecklistEdit(base, edited, elsewhere))).toEqual(['a', 'x', 'y', 'b', 'c', 'd']);
    // One added at the top elsewhere stays at the top.
    expect(ids(mergeChecklistEdit(base, edited, [item('x'), ...base]))).toEqual(['x', 'a', 'b', 'c', 'd']);
  });

  it('drops an item removed on either side', () => {
    expect(ids(mergeChecklistEdit(base, [item('a'), item('c')], [item('a'), item('b')]))).toEqual(['a']);
  });

  it('takes a rename from the side that made it, this edit’s when both did', () => {
    const elsewhere = [item('a', 'A elsewhere'), item('b', 'B elsewhere'), item('c')];
    const edited = [item('a', 'A here'), item('b'), item('c')];
    expect(mergeChecklistEdit(base, edited, elsewhere)).toEqual([
      item('a', 'A here'),
      item('b', 'B elsewhere'),
      item('c'),
    ]);
  });

  it('leaves its inputs alone', () => {
    const edited = [item('a')];
    const elsewhere = [item('a'), item('x')];
    const merged = mergeChecklistEdit(base, edited, elsewhere);
    merged[0]!.label = 'changed';
    expect(edited).toEqual([item('a')]);
    expect(elsewhere).toEqual([item('a'), item('x')]);
  });
});

describe('ticks and results', () => {
  const tick = (itemId: string, at: number, checked = true, label = itemId): CallEvent => ({
    type: 'checklist-ticked',
    at,
    itemId,
    label,
    checked,
  });
  const items: ChecklistItem[] = [
    { id: 'fit', label: 'Fit' },
    { id: 'next-steps', label: 'Next steps' },
    { id: 'thanks', label: 'Thanks' },
  ];

  it('resolves each item to its last tick, so an untick after a tick leaves it unticked', () => {
    const ticks = checklistTicks({
      events: [
        tick('fit', 100),
        { type: 'reminder-shown', at: 90 },
        tick('thanks', 110),
        tick('fit', 120, false),
        { type: 'story-told', at: 130, storyId: 's1' },
      ],
    });
    expect(ticks).toEqual(
      new Map([
        ['fit', { checked: false, at: 120 }],
        ['thanks', { checked: true, at: 110 }],
      ]),
    );
  });

  it('goes by time when events arrive out of order, and by arrival on a tie', () => {
    const ticks = checklistTicks({
      events: [tick('fit', 200), tick('fit', 150, false), tick('thanks', 300), tick('thanks', 300, false)],
    });
    expect(ticks.get('fit')).toEqual({ checked: true, at: 200 });
    expect(ticks.get('thanks')).toEqual({ checked: false, at: 300 });
  });

  it('lists every item in order with whether it was ticked and when', () => {
    const results = checklistResults(items, {
      events: [tick('thanks', 300), tick('fit', 100), tick('fit', 120, false)],
    });
    expect(results).toEqual<ChecklistResult[]>([
      { itemId: 'fit', label: 'Fit', checked: false },
      { itemId: 'next-steps', label: 'Next steps', checked: false },
      { itemId: 'thanks', label: 'Thanks', checked: true, at: 300 },
    ]);
  });

  it('keeps items ticked during the call that the checklist no longer has, under their ticked label', () => {
    const results = checklistResults(items, {
      events: [
        tick('gone', 50, true, 'Old wording'),
        tick('gone', 60, true, 'Ticked wording'),
        tick('untouched', 70, false),
      ],
    });
    expect(results.slice(3)).toEqual([{ itemId: 'gone', label: 'Ticked wording', checked: true, at: 60 }]);
  });

  it('computes the completion ratio', () => {
    const results = checklistResults(items, { events: [tick('fit', 1), tick('thanks', 2)] });
    expect(completionRatio(results)).toBeCloseTo(2 / 3);
    expect(completionRatio(checklistResults(items, { events: [] }))).toBe(0);
    expect(completionRatio(checklistResults(items, { events: items.map((item, i) => tick(item.id, i)) }))).toBe(1);
    expect(completionRatio([])).toBe(0);
  });
});
