import { exportBackupFile } from '@/entrypoints/background/backup';
import { createHandlers } from '@/entrypoints/background/features';
import { CallEvents, createDispatcher } from '@/entrypoints/background/router';
import { BACKUP_LIMITS } from '@/utils/backup/format';
import { parseBackup } from '@/utils/backup/validate';
import {
  contentScriptSender,
  dashboardSender,
  EXTENSION_ID,
  EXTENSION_ORIGIN,
  framedPanelSender,
  freshDb,
} from '../db-helpers';
import { makeStory } from './fixtures';

/** Every write path refuses what the backup would refuse, says which field and limit, and changes nothing. */
function setup() {
  const db = freshDb();
  const dispatch = createDispatcher(createHandlers(db, new CallEvents()), EXTENSION_ID, EXTENSION_ORIGIN);
  return { db, dispatch };
}

const over = (limit: number) => 'x'.repeat(limit + 1);

async function restorable(db: ReturnType<typeof setup>['db']) {
  return parseBackup((await exportBackupFile(db)).text).ok;
}

describe('one validator on every write path', () => {
  it('stories.save refuses a 20,001-character Situation, and an edit over the limit leaves the story as it was', async () => {
    const { db, dispatch } = setup();
    await expect(
      dispatch('stories.save', { title: 'T', situation: over(BACKUP_LIMITS.textChars) }, dashboardSender),
    ).rejects.toThrow(/situation.*20000/);
    expect(await db.stories.count()).toBe(0);
    const saved = await dispatch('stories.save', { title: 'Kept', situation: 'short' }, dashboardSender);
    await expect(
      dispatch('stories.save', { id: saved.id, situation: over(BACKUP_LIMITS.textChars) }, dashboardSender),
    ).rejects.toThrow(/Not saved/);
    expect((await db.stories.get(saved.id))?.situation).toBe('short');
    expect(await restorable(db)).toBe(true);
  });

  it('plans.save refuses a 201-character company', async () => {
    const { db, dispatch } = setup();
    await expect(dispatch('plans.save', { company: over(BACKUP_LIMITS.shortChars) }, dashboardSender)).rejects.toThrow(
      /company.*200/,
    );
    expect(await db.interviews.count()).toBe(0);
  });

  it('calls.addEvent refuses a 20,001-character captured question; the call is unchanged', async () => {
    const { db, dispatch } = setup();
    await dispatch('call.report', { platform: 'meet', state: 'in-call' }, contentScriptSender);
    const [call] = await db.calls.toArray();
    const event = { type: 'question-captured' as const, at: Date.now(), text: over(BACKUP_LIMITS.textChars) };
    await expect(dispatch('calls.addEvent', { callId: call!.id, event }, framedPanelSender)).rejects.toThrow(
      /events\[0\]\.text/,
    );
    expect((await db.calls.get(call!.id))?.events).toEqual([]);
    expect(await restorable(db)).toBe(true);
  });

  it('journal.save refuses an over-long field', async () => {
    const { db, dispatch } = setup();
    const entry = await dispatch('journal.createManual', {}, dashboardSender);
    await expect(
      dispatch('journal.save', { entry: { ...entry, wentWell: over(BACKUP_LIMITS.textChars) } }, dashboardSender),
    ).rejects.toThrow();
    expect((await db.journal.get(entry.id))?.wentWell).toBe('');
  });
});

describe('backup.export', () => {
  it('checks its own output and refuses, naming the record, rather than offer a file that would not restore', async () => {
    const { db, dispatch } = setup();
    // Written around the write paths, as an older build could have.
    await db.stories.add(makeStory({ id: 'old', situation: over(BACKUP_LIMITS.textChars) }));
    await expect(dispatch('backup.export', undefined as never, dashboardSender)).rejects.toThrow(
      /tables\.stories\[0\]\.situation/,
    );
  });
});
