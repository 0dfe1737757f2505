import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// Every locale must say everything en says, with the same slots: a missing key falls back to en silently, an extra
// key is dead text nobody maintains, and a lost or renamed placeholder drops the company name or count from the
// sentence at runtime (browser.i18n does not complain).
const LOCALES_DIR = join(__dirname, '..', '..', '..', 'public', '_locales');

type Entry = { message?: unknown; description?: unknown; placeholders?: Record<string, { content?: unknown }> };
type Catalogue = Record<string, Entry>;

const read = (locale: string): Catalogue =>
  JSON.parse(readFileSync(join(LOCALES_DIR, locale, 'messages.json'), 'utf8')) as Catalogue;

/** `$1`-style substitutions and `$NAME$` references in a message, sorted, as browser.i18n reads them. */
function references(message: string): string[] {
  return (message.match(/\$[A-Za-z_][A-Za-z0-9_]*\$|\$\d/g) ?? []).map((ref) => ref.toLowerCase()).sort();
}

/** Placeholder names with what each stands for (`$1`, `$2`…), sorted; names are case-insensitive in browser.i18n. */
function placeholders(entry: Entry): string[] {
  return Object.entries(entry.placeholders ?? {})
    .map(([name, p]) => `${name.toLowerCase()}=${String(p.content)}`)
    .sort();
}

/** Every way `other` differs from `en` in shape, one line each; empty when they agree. */
function differences(en: Catalogue, other: Catalogue): string[] {
  const problems: string[] = [];
  for (const key of Object.keys(en)) if (!(key in other)) problems.push(`missing ${key}`);
  for (const [key, entry] of Object.entries(other)) {
    const base = en[key];
    if (!base) {
      problems.push(`extra ${key}`);
      continue;
    }
    if (typeof entry.message !== 'string' || entry.message.trim() === '') {
      problems.push(`empty ${key}`);
      continue;
    }
    const want = references(String(base.message));
    const got = references(entry.message);
    if (want.join(' ') !== got.join(' ')) problems.push(`references ${key}: [${want}] in en, [${got}] here`);
    if (placeholders(base).join(' ') !== placeholders(entry).join(' ')) problems.push(`placeholders ${key}`);
  }
  return problems;
}

const en = read('en');
const others = readdirSync(LOCALES_DIR).filter((locale) => locale !== 'en');

describe('locale catalogues', () => {
  it('has the translations the stores list', () => {
    expect(others.sort()).toEqual(expect.arrayContaining(['de', 'es', 'fr']));
  });

  it('has no empty message in en', () => {
    expect(differences(en, en)).toEqual([]);
  });

  for (const locale of others) {
    describe(locale, () => {
      const catalogue = read(locale);

      it('has exactly the keys of en, non-empty, with the same placeholders', () => {
        expect(differences(en, catalogue)).toEqual([]);
      });

      it('names its own language for the list formatter', () => {
        expect(catalogue.checklistListLocale?.message).toBe(locale);
      });

      // Chrome Web Store and manifest limits: name 75 characters, description 132.
      // https://developer.chrome.com/docs/extensions/reference/manifest/description
      it('keeps the store name and description within their limits', () => {
        expect([...String(catalogue.extName?.message)].length).toBeLessThanOrEqual(75);
        expect([...String(catalogue.extDescription?.message)].length).toBeLessThanOrEqual(132);
      });
    });
  }
});

// The comparison above must be able to fail: each kind of drift, planted in a copy of en.
describe('differences', () => {
  const planted = (change: (copy: Catalogue) => void): string[] => {
    const copy = structuredClone(en);
    change(copy);
    return differences(en, copy);
  };

  it('reports a missing key', () => {
    expect(planted((c) => delete c.undo)).toEqual(['missing undo']);
  });

  it('reports a key en lacks', () => {
    expect(planted((c) => (c.undoTypo = { message: 'Undo' }))).toEqual(['extra undoTypo']);
  });

  it('reports an empty message', () => {
    expect(planted((c) => (c.undo = { message: ' ' }))).toEqual(['empty undo']);
  });

  it('reports a lost or added $1-style substitution', () => {
    expect(planted((c) => (c.backupExported = { message: 'Saved to your downloads.' }))).toHaveLength(1);
    expect(planted((c) => (c.undo = { message: 'Undo $1' }))).toHaveLength(1);
  });

  it('reports a renamed $NAME$ reference or placeholder', () => {
    expect(planted((c) => (c.storyDeleted = { ...c.storyDeleted, message: 'Deleted “$NAME$”.' }))).toHaveLength(1);
    expect(
      planted((c) => (c.storyDeleted = { ...c.storyDeleted, placeholders: { name: { content: '$1' } } })),
    ).toHaveLength(1);
  });
});
