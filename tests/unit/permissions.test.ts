import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { OPT_IN_ORIGINS } from '@/utils/platforms/hosts';

// Least privilege: every permission the manifest asks for is used by the code, and README says why. A permission
// nothing uses would be an install warning for nothing.
const ROOT = join(__dirname, '..', '..');
const config = readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8');
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.(ts|tsx)$/.test(name) ? [readFileSync(path, 'utf8')] : [];
  });
}
const code = ['entrypoints', 'components', 'utils'].flatMap((dir) => sources(join(ROOT, dir))).join('\n');

/** How the code uses each permission (activeTab has no API: the popup's click grants it, scripting injects). */
const USES: Record<string, RegExp> = {
  storage: /\bstorage\.(local|session)\b/,
  alarms: /\balarms\.(create|clear|get)\b/,
  scripting: /\bscripting\.(executeScript|registerContentScripts)\b/,
  activeTab: /executeScript\(/,
  sidePanel: /\bsidePanel\b/,
  tabs: /\btabs\.get\(/,
  declarativeNetRequestWithHostAccess: /\bdeclarativeNetRequest\b/,
  notifications: /\bnotifications\.create\b/,
};

describe('permissions', () => {
  const block = /\n {4}permissions: \[([\s\S]*?)\n {4}\],\n/.exec(config)?.[1] ?? '';
  // The browser name in the Firefox/Chrome switch is not a permission.
  const permissions = [...block.matchAll(/'([A-Za-z]+)'/g)].map((m) => m[1]!).filter((name) => name !== 'firefox');

  it.each(['storage', 'alarms', 'tabs', 'scripting', 'activeTab', 'sidePanel'])(
    'uses %s and says why in README',
    (name) => {
      expect(permissions).toContain(name);
      expect(USES[name]!.test(code)).toBe(true);
      expect(readme).toMatch(new RegExp(`\\| \`${name}\``));
    },
  );

  it('knows how every requested permission is used', () => {
    for (const name of permissions) expect(Object.keys(USES)).toContain(name);
  });

  it('README names every Zoom domain the optional hosts cover (zoom.us, zoom.com, ZoomGov)', () => {
    const row = readme.split('\n').find((line) => line.startsWith('| optional hosts:')) ?? '';
    const domains = new Set(
      OPT_IN_ORIGINS.zoom.map((origin) => origin.replace(/^https:\/\/(?:\*\.|app\.)?([^/]+)\/\*$/, '$1')),
    );
    expect([...domains].sort()).toEqual(['zoom.com', 'zoom.us', 'zoomgov.com']);
    for (const domain of domains) expect(row).toContain(`\`${domain}\``);
  });
});
