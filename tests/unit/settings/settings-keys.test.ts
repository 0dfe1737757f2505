import { getSettings, updateSettings } from '@/entrypoints/background/settings';
import { DEFAULT_SETTINGS } from '@/utils/settings/settings';
import { freshDb } from '../db-helpers';

describe('settings keys', () => {
  it('ignores keys that are only inherited (toString, __proto__, constructor), stored or sent', async () => {
    const db = freshDb();
    await db.settings.bulkPut([
      { key: 'toString', value: 'x' },
      { key: 'constructor', value: 1 },
    ]);
    const patch = JSON.parse('{"toString":"y","__proto__":{"polluted":true},"hasOwnProperty":2}');
    const settings = await updateSettings(db, patch);
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(Object.hasOwn(await getSettings(db), 'toString')).toBe(false);
    expect((await db.settings.toArray()).map((row) => row.key).sort()).toEqual(['constructor', 'toString']);
  });
});
