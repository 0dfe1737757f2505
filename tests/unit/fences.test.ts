import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

// The import fences of biome.json (noRestrictedImports per folder), proved to bite: each planted file below is
// linted with the project's own config in a scratch copy of the folder layout, and must fail exactly where the
// fence stands. A fence that stops failing (a glob typo, a rule turned off) fails this test.
const ROOT = join(__dirname, '..', '..');
const BIOME = join(ROOT, 'node_modules', '.bin', 'biome');

const CASES: Array<{ path: string; imports: string; fenced: boolean }> = [
  { path: 'utils/stories/probe.ts', imports: "import { x } from '@/entrypoints/background/db';", fenced: true },
  { path: 'utils/stories/probe.ts', imports: "import { x } from '@/components/ui/use-live';", fenced: true },
  { path: 'utils/stories/probe.ts', imports: "import { x } from 'preact';", fenced: true },
  { path: 'utils/stories/probe.ts', imports: "import { x } from '../model';", fenced: true },
  { path: 'utils/stories/probe.ts', imports: "import { x } from '@/utils/model';", fenced: false },
  { path: 'components/stories/probe.ts', imports: "import { x } from 'dexie';", fenced: true },
  { path: 'components/stories/probe.ts', imports: "import { x } from '@/entrypoints/background/db';", fenced: true },
  { path: 'components/stories/probe.ts', imports: "import { x } from '@/utils/api/client';", fenced: false },
  {
    path: 'entrypoints/dashboard/probe.ts',
    imports: "import { x } from '@/entrypoints/panel.sidepanel/Panel';",
    fenced: true,
  },
  { path: 'entrypoints/popup/probe.ts', imports: "import { x } from '@/entrypoints/background/db';", fenced: true },
  {
    path: 'entrypoints/rehearsal/probe.ts',
    imports: "import { x } from '@/components/cue-card/StorySection';",
    fenced: false,
  },
  { path: 'entrypoints/panel.sidepanel/probe.ts', imports: "import { x } from 'dexie';", fenced: true },
  { path: 'entrypoints/background/probe.ts', imports: "import { x } from 'dexie';", fenced: false },
  { path: 'entrypoints/background/probe.ts', imports: "import { x } from '@/components/ui/use-live';", fenced: true },
  { path: 'entrypoints/background/probe.ts', imports: "import { x } from 'preact/hooks';", fenced: true },
  { path: 'entrypoints/meet.content.ts', imports: "import { x } from 'preact';", fenced: true },
  { path: 'entrypoints/meet.content.ts', imports: "import { x } from 'dexie';", fenced: true },
  { path: 'entrypoints/panel-frame.ts', imports: "import { x } from '@/components/ui/use-live';", fenced: true },
  { path: 'utils/frame/probe.ts', imports: "import { x } from 'webextension-polyfill';", fenced: true },
  { path: 'utils/platforms/probe.ts', imports: "import { x } from '@/utils/model';", fenced: false },
];

describe('import fences', () => {
  it('fail on every planted violation and pass the allowed imports', () => {
    const results = CASES.map(({ path, imports }) => {
      const dir = mkdtempSync(join(tmpdir(), 'starboard-fence-'));
      try {
        copyFileSync(join(ROOT, 'biome.json'), join(dir, 'biome.json'));
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), `${imports}\n\nexport const probe = x;\n`);
        let output = '';
        try {
          execFileSync(BIOME, ['lint', '--vcs-enabled=false', '--max-diagnostics=50', path], {
            cwd: dir,
            encoding: 'utf8',
            stdio: 'pipe',
          });
        } catch (error) {
          const failure = error as { stdout?: string; stderr?: string };
          output = `${failure.stdout ?? ''}${failure.stderr ?? ''}`;
        }
        return { path, imports, fenced: output.includes('noRestrictedImports') };
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
    expect(results).toEqual(CASES);
  }, 60_000);
});
