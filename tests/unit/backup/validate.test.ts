import { BACKUP_LIMITS, previewImport, serializeBackup, utf8ByteLength } from '@/utils/backup/format';
import { checkBackupSize, parseBackup, validateBackup } from '@/utils/backup/validate';
import { t } from '@/utils/i18n';
import { makeBackup } from './fixtures';

// biome-ignore lint/suspicious/noExplicitAny: the tests edit the file's JSON freely, into wrong types too.
type LooseJson = any;

/** The backup as JSON, changed by `edit` on a plain copy. */
function textWith(edit: (value: LooseJson) => void): string {
  const value = JSON.parse(serializeBackup(makeBackup()));
  edit(value);
  return JSON.stringify(value);
}

function errorOf(text: string) {
  const result = parseBackup(text);
  if (result.ok) throw new Error('expected the backup to be rejected');
  return result.error;
}

describe('parseBackup', () => {
  it('accepts a complete backup with every optional field and returns equal data', () => {
    const backup = makeBackup();
    const result = parseBackup(serializeBackup(backup));
    expect(result).toEqual({ ok: true, backup });
  });

  it('accepts a byte-order mark and journal terms (which are ignored later)', () => {
    const text = textWith((b) => {
      b.tables.journal[0].terms = ['anything'];
    });
    expect(parseBackup(`\uFEFF${text}`).ok).toBe(true);
  });

  it('calls a genuine backup that is damaged damaged, never "not valid JSON" or "not a Starboard backup"', () => {
    const text = serializeBackup(makeBackup());
    expect(errorOf(text.slice(0, text.length / 2))).toEqual({ messageKey: 'backupErrorDamaged' });
    expect(errorOf('{"format": "starboard-backup", ')).toEqual({ messageKey: 'backupErrorDamaged' });
    // Valid JSON, our format, a bad row: the row is named.
    const badRow = textWith((b) => {
      (b.tables.stories[0] as { strength: number }).strength = 9;
    });
    expect(t(errorOf(badRow).messageKey, errorOf(badRow).substitutions)).toBe(
      'This backup has an invalid value at tables.stories[0].strength, so nothing was imported.',
    );
  });

  it('rejects text that is not JSON', () => {
    expect(errorOf('')).toEqual({ messageKey: 'backupErrorNotJson' });
    expect(t(errorOf('nope').messageKey)).toBe('This file is not a Starboard backup: its content is not valid JSON.');
  });

  it('rejects JSON that is not a Starboard backup', () => {
    for (const text of ['[]', 'null', '42', '"starboard-backup"', '{}', '{"format":"other-app","version":1}']) {
      expect(errorOf(text).messageKey).toBe('backupErrorNotBackup');
    }
  });

  it('rejects another format version with the version in the message', () => {
    const error = errorOf(
      textWith((b) => {
        b.version = 3;
      }),
    );
    expect(error).toEqual({ messageKey: 'backupErrorUnsupportedVersion', substitutions: ['3'] });
    expect(t(error.messageKey, error.substitutions)).toBe(
      'This backup uses format version 3, which this version of Starboard cannot restore.',
    );
    expect(errorOf(textWith((b) => delete b.version)).messageKey).toBe('backupErrorUnsupportedVersion');
    expect(errorOf(textWith((b) => (b.version = '1'))).messageKey).toBe('backupErrorUnsupportedVersion');
  });

  it('rejects wrong types with the path of the value', () => {
    const error = errorOf(textWith((b) => (b.tables.journal[0].company = 42)));
    expect(error).toEqual({
      messageKey: 'backupErrorInvalidValue',
      substitutions: ['tables.journal[0].company'],
      path: 'tables.journal[0].company',
    });
    expect(t(error.messageKey, error.substitutions)).toBe(
      'This backup has an invalid value at tables.journal[0].company, so nothing was imported.',
    );
    expect(errorOf(textWith((b) => (b.tables.stories = {}))).path).toBe('tables.stories');
    expect(errorOf(textWith((b) => (b.tables.calls[0].events[1].storyId = null))).path).toBe(
      'tables.calls[0].events[1].storyId',
    );
    expect(errorOf(textWith((b) => (b.exportedAt = 'yesterday'))).path).toBe('exportedAt');
    expect(errorOf(textWith((b) => (b.tables.stories[0].createdAt = -9e15))).path).toBe('tables.stories[0].createdAt');
  });

  it('rejects values out of range and unknown enum values', () => {
    const cases: Array<[(b: LooseJson) => void, string]> = [
      [(b) => (b.tables.stories[0].strength = 6), 'tables.stories[0].strength'],
      [(b) => (b.tables.stories[0].strength = 0), 'tables.stories[0].strength'],
      [(b) => (b.tables.journal[0].ratings[0].score = 5), 'tables.journal[0].ratings[0].score'],
      [(b) => (b.tables.practice[0].rating = 0), 'tables.practice[0].rating'],
      [(b) => (b.tables.journal[0].outcome = 'hired'), 'tables.journal[0].outcome'],
      [(b) => (b.tables.journal[0].selfCall = 'maybe'), 'tables.journal[0].selfCall'],
      [(b) => (b.tables.interviews[0].status = 'ongoing'), 'tables.interviews[0].status'],
      [(b) => (b.tables.calls[0].platform = 'skype'), 'tables.calls[0].platform'],
      [(b) => (b.tables.calls[0].events[0].type = 'story-forgotten'), 'tables.calls[0].events[0].type'],
      [(b) => (b.tables.journal[0].draft = true), 'tables.journal[0].draft'],
      [(b) => (b.tables.interviews[0].plannedMinutes = -5), 'tables.interviews[0].plannedMinutes'],
      [(b) => (b.tables.settings[0].value = 'ten'), 'tables.settings[0]'],
      [(b) => (b.tables.settings[3].value = { zoom: true }), 'tables.settings[3]'],
    ];
    for (const [edit, path] of cases) {
      expect(errorOf(textWith(edit))).toMatchObject({ messageKey: 'backupErrorInvalidValue', path });
    }
  });

  it('rejects numbers JSON turns into Infinity', () => {
    const text = serializeBackup(makeBackup()).replace(/"exportedAt":\d+/, '"exportedAt":1e999');
    expect(errorOf(text).path).toBe('exportedAt');
  });

  it('rejects unknown and missing fields', () => {
    expect(errorOf(textWith((b) => (b.tables.stories[0].nickname = 'x')))).toMatchObject({
      messageKey: 'backupErrorUnknownField',
      path: 'tables.stories[0].nickname',
    });
    expect(errorOf(textWith((b) => (b.tables.drafts = [])))).toMatchObject({
      messageKey: 'backupErrorUnknownField',
      path: 'tables.drafts',
    });
    expect(errorOf(textWith((b) => delete b.tables.journal[0].wentWell))).toMatchObject({
      messageKey: 'backupErrorMissingField',
      path: 'tables.journal[0].wentWell',
    });
    expect(errorOf(textWith((b) => delete b.tables.practice))).toMatchObject({
      messageKey: 'backupErrorMissingField',
      path: 'tables.practice',
    });
  });

  it('rejects huge strings and long lists with the limit in the message', () => {
    const long = 'x'.repeat(BACKUP_LIMITS.textChars + 1);
    const error = errorOf(textWith((b) => (b.tables.journal[0].reflections = long)));
    expect(error).toEqual({
      messageKey: 'backupErrorTextTooLong',
      substitutions: ['tables.journal[0].reflections', '20000'],
      path: 'tables.journal[0].reflections',
    });
    expect(t(error.messageKey, error.substitutions)).toBe(
      'The text at tables.journal[0].reflections is longer than 20000 characters, so nothing was imported.',
    );
    expect(errorOf(textWith((b) => (b.tables.stories[0].id = 'i'.repeat(201)))).messageKey).toBe(
      'backupErrorTextTooLong',
    );
    expect(errorOf(textWith((b) => (b.tables.stories[0].id = ''))).messageKey).toBe('backupErrorInvalidValue');
    const many = Array.from({ length: BACKUP_LIMITS.listItems + 1 }, () => 'leadership');
    expect(errorOf(textWith((b) => (b.tables.stories[0].competencies = many)))).toMatchObject({
      messageKey: 'backupErrorTooManyItems',
      path: 'tables.stories[0].competencies',
    });
  });

  it('accepts text exactly at the limit', () => {
    const atLimit = 'x'.repeat(BACKUP_LIMITS.textChars);
    expect(parseBackup(textWith((b) => (b.tables.journal[0].reflections = atLimit))).ok).toBe(true);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('rejects a %s key anywhere', (key) => {
    const inject = (json: string, target: string) => json.replace(target, `${target}"${key}":{"polluted":true},`);
    const base = serializeBackup(makeBackup());
    for (const target of ['{', '"tables":{', '"platforms","value":{', '"events":[{']) {
      expect(base).toContain(target);
      const error = errorOf(inject(base, target));
      expect(error).toEqual({ messageKey: 'backupErrorForbiddenKey', substitutions: [key] });
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects duplicate ids within a table', () => {
    const error = errorOf(textWith((b) => b.tables.stories.push({ ...b.tables.stories[0], title: 'Copy' })));
    expect(error).toEqual({
      messageKey: 'backupErrorDuplicateId',
      substitutions: ['story-checkout', 'stories'],
      path: 'tables.stories[2]',
    });
    expect(errorOf(textWith((b) => b.tables.settings.push({ key: 'reminderMinutes', value: 5 }))).messageKey).toBe(
      'backupErrorDuplicateId',
    );
  });

  it('rejects setting values nested too deeply or not plain JSON', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 20; i++) deep = [deep];
    expect(errorOf(textWith((b) => b.tables.settings.push({ key: 'custom', value: deep }))).path).toBe(
      'tables.settings[4].value',
    );
    expect(parseBackup(textWith((b) => b.tables.settings.push({ key: 'custom', value: { a: [1, 'b'] } }))).ok).toBe(
      true,
    );
  });

  it('refuses a 50 MB file before parsing it', () => {
    const huge = `{"format":"starboard-backup","version":1,"pad":"${'x'.repeat(50 * 1024 * 1024)}"}`;
    const parse = vi.spyOn(JSON, 'parse');
    const error = errorOf(huge);
    expect(parse).not.toHaveBeenCalled();
    expect(error).toEqual({ messageKey: 'backupErrorTooLarge', substitutions: ['51', '25'] });
    expect(t(error.messageKey, error.substitutions)).toBe(
      'This file is 51 MB, but a Starboard backup can be at most 25 MB, so it was not opened.',
    );
  });

  it('counts bytes, not characters, against the size cap', () => {
    // 9 M three-byte characters: 27 MB, though only 9 M characters long.
    const wide = `"${'€'.repeat(9 * 1024 * 1024)}"`;
    expect(errorOf(wide).messageKey).toBe('backupErrorTooLarge');
    expect(utf8ByteLength('a€😀')).toBe(1 + 3 + 4);
    expect(utf8ByteLength('\ud800')).toBe(3);
  });

  it('checks a file size before reading', () => {
    expect(checkBackupSize(25 * 1024 * 1024)).toBeNull();
    expect(checkBackupSize(25 * 1024 * 1024 + 1)?.messageKey).toBe('backupErrorTooLarge');
  });
});

describe('validateBackup', () => {
  it('rejects an own __proto__ property in an object built in code', () => {
    const value = JSON.parse(serializeBackup(makeBackup()));
    Object.defineProperty(value.tables.stories[0], '__proto__', { value: {}, enumerable: true });
    expect(validateBackup(value)).toEqual({
      ok: false,
      error: { messageKey: 'backupErrorForbiddenKey', substitutions: ['__proto__'] },
    });
  });

  it('accepts the same backup without it', () => {
    expect(validateBackup(JSON.parse(serializeBackup(makeBackup()))).ok).toBe(true);
  });
});

describe('previewImport', () => {
  it('counts incoming rows and conflicts per table', () => {
    const preview = previewImport(makeBackup(), {
      stories: new Set(['story-checkout', 'unrelated']),
      settings: ['reminderMinutes', 'platforms'],
    });
    expect(preview.tables.stories).toEqual({ incoming: 2, conflicts: 1 });
    expect(preview.tables.settings).toEqual({ incoming: 4, conflicts: 2 });
    expect(preview.tables.journal).toEqual({ incoming: 1, conflicts: 0 });
    expect(preview.tables.offers).toEqual({ incoming: 1, conflicts: 0 });
    expect(preview.incoming).toBe(2 + 1 + 1 + 1 + 1 + 4 + 1);
    expect(preview.conflicts).toBe(3);
  });
});
