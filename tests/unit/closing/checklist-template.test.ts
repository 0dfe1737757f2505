import { editChecklistTemplate } from '@/entrypoints/background/closing/checklist';
import { getSettings, updateSettings } from '@/entrypoints/background/settings';
import { freshDb } from '../db-helpers';

describe('editing the closing-checklist template', () => {
  it('keeps both edits when two dashboard tabs save from the same starting list', async () => {
    const db = freshDb();
    const base = [
      { id: 'fit', label: 'Say why this team' },
      { id: 'thanks', label: 'Thank them by name' },
    ];
    await updateSettings(db, { checklistTemplate: base });
    await editChecklistTemplate(db, { base, items: [...base, { id: 'a', label: ' Ask about the roadmap ' }] });
    const second = await editChecklistTemplate(db, {
      base,
      items: [{ id: 'fit', label: 'Say why this team, with one example' }, base[1]!],
    });
    expect(second.checklistTemplate).toEqual([
      { id: 'fit', label: 'Say why this team, with one example' },
      { id: 'thanks', label: 'Thank them by name' },
      { id: 'a', label: 'Ask about the roadmap' },
    ]);
  });

  it('starts from the built-in list when there is no template yet', async () => {
    const db = freshDb();
    const settings = await getSettings(db);
    expect(settings.checklistTemplate).toBeNull();
    const next = await editChecklistTemplate(db, {
      base: [{ id: 'fit', label: 'x' }],
      items: [
        { id: 'fit', label: 'x' },
        { id: 'mine', label: 'Mine' },
      ],
    });
    expect(next.checklistTemplate?.map((item) => item.id)).toContain('mine');
    expect(next.checklistTemplate?.map((item) => item.id)).toContain('thanks');
  });

  it('refuses an edit with a blank label and changes nothing', async () => {
    const db = freshDb();
    await expect(editChecklistTemplate(db, { base: [], items: [{ id: 'x', label: '   ' }] })).rejects.toThrow(/label/);
    expect((await getSettings(db)).checklistTemplate).toBeNull();
  });
});
