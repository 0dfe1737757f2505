import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import messages from '../../public/_locales/en/messages.json';

// The project's rules, checked on the source so they cannot drift (after refined-github's meta-tests).
const ROOT = join(__dirname, '..', '..');
const SOURCE_DIRS = ['entrypoints', 'components', 'utils'];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const sources = SOURCE_DIRS.flatMap((dir) => filesUnder(join(ROOT, dir))).map((path) => ({
  path: relative(ROOT, path),
  text: readFileSync(path, 'utf8'),
}));

/** Imports that are bundled (type-only imports vanish at build time). */
function runtimeImports(text: string): string[] {
  return [...text.matchAll(/^import\s+(?!type\s)[^'"]*?from\s+['"]([^'"]+)['"]|^import\s+['"]([^'"]+)['"]/gm)].map(
    (m) => m[1] ?? m[2] ?? '',
  );
}

describe('conventions', () => {
  it('has source files to check', () => {
    expect(sources.length).toBeGreaterThan(10);
  });

  it('never talks to the network', () => {
    const offenders = sources.filter(({ text }) =>
      /\bfetch\s*\(|XMLHttpRequest|new\s+WebSocket|EventSource\s*\(|sendBeacon|importScripts\s*\(/.test(text),
    );
    expect(offenders.map((f) => f.path)).toEqual([]);
  });

  it('opens the database only in the background', () => {
    const offenders = sources.filter(
      ({ path, text }) =>
        !path.startsWith('entrypoints/background/') &&
        (runtimeImports(text).some((m) => m === 'dexie' || m.includes('background/db')) ||
          /indexedDB\.open/.test(text)),
    );
    expect(offenders.map((f) => f.path)).toEqual([]);
  });

  it('keeps call-page loaders tiny: no Preact, no Dexie, no components, no polyfill', () => {
    const loaders = sources.filter(
      ({ path }) =>
        /^entrypoints\/[^/]+\.content(\/|\.ts)/.test(path) ||
        path.startsWith('entrypoints/panel-frame') ||
        path.startsWith('utils/frame/'),
    );
    for (const { path, text } of loaders) {
      const heavy = runtimeImports(text).filter((m) =>
        /^(preact|dexie|webextension-polyfill)|components\/|background\//.test(m),
      );
      expect({ path, heavy }).toEqual({ path, heavy: [] });
    }
  });

  it('keeps the panel page deaf to window messages: a call page can post to the frame, but nothing listens', () => {
    const listeners = sources.filter(
      ({ path, text }) =>
        (path.startsWith('entrypoints/panel.sidepanel/') || path.startsWith('components/')) &&
        /addEventListener\(\s*['"]message['"]|\bonmessage\s*=/.test(text),
    );
    expect(listeners.map((f) => f.path)).toEqual([]);
  });

  it('uses only message keys that exist, and every key is used', () => {
    const catalogue = new Set(Object.keys(messages));
    const used = new Set<string>();
    for (const { text } of sources) {
      for (const m of text.matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)) used.add(m[1]!);
      // Keys chosen in data (hint ids, menus) are written as `messageKey: '...'` or `label: '...'` typed MessageKey.
      for (const m of text.matchAll(/['"]([a-z][A-Za-z0-9]+)['"]/g)) if (catalogue.has(m[1]!)) used.add(m[1]!);
    }
    const missing = [...used].filter((key) => !catalogue.has(key));
    expect(missing).toEqual([]);
    const manifestKeys = ['extName', 'extDescription', 'commandTogglePanel'];
    const unused = [...catalogue].filter((key) => !used.has(key) && !manifestKeys.includes(key));
    expect(unused).toEqual([]);
  });
});

// A feature is one name in at most three rooms: utils/<feature>/, entrypoints/background/<feature>(.ts|/),
// components/<feature>/. Anything else in those folders is shared infrastructure, listed here on purpose.
const FEATURES = [
  'offers',
  'up-next',
  'stories',
  'coverage',
  'matcher',
  'practice',
  'plans',
  'calls',
  'closing',
  'journal',
  'insights',
  'backup',
  'settings',
  'platforms',
  'frame',
  'form-backup',
  'samples',
  'cue-card',
];
const SHARED = {
  utils: ['api', 'model.ts', 'i18n.ts', 'i18n-pseudo.ts', 'format.ts', 'form-values.ts'],
  components: ['ui', 'styles'],
  'entrypoints/background': ['index.ts', 'db.ts', 'router.ts', 'features.ts', 'live.ts', 'side-panel.ts', 'toolbar.ts'],
};

describe('feature rooms', () => {
  for (const [room, shared] of Object.entries(SHARED)) {
    it(`${room}/ holds only feature rooms and named shared parts`, () => {
      const names = readdirSync(join(ROOT, room)).map((name) => name.replace(/\.ts$/, ''));
      const stray = names.filter(
        (name) => !FEATURES.includes(name) && !shared.map((s) => s.replace(/\.ts$/, '')).includes(name),
      );
      expect(stray).toEqual([]);
    });
  }

  it('gives every feature a protocol or a background module only where it has messages, composed in one place', () => {
    const composed = readFileSync(join(ROOT, 'utils/api/protocol.ts'), 'utf8');
    const protocols = FEATURES.filter((feature) => {
      try {
        return statSync(join(ROOT, 'utils', feature, 'protocol.ts')).isFile();
      } catch {
        return false;
      }
    });
    for (const feature of protocols) expect(composed).toContain(`'@/utils/${feature}/protocol'`);
    const features = readFileSync(join(ROOT, 'entrypoints/background/features.ts'), 'utf8');
    for (const feature of protocols) expect(features).toMatch(new RegExp(`from '\\./${feature}'`));
  });
});
