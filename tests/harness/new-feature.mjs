// `npm run new:feature <name>`: the three rooms of a new feature, wired in, compiling and tested.
//   utils/<name>/protocol.ts            its messages (a query stub), composed into utils/api/protocol.ts
//   entrypoints/background/<name>.ts    its handlers over Dexie, composed into entrypoints/background/features.ts
//   components/<name>/<Name>View.tsx    its UI, subscribed to its query
//   tests/unit/<name>/<name>.test.ts    a unit test through the real dispatcher
// and the name is added to the feature list of tests/unit/conventions.test.ts. See CONTRIBUTING.md.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ROOT } from './browser.mjs';

const name = process.argv[2] ?? '';
if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(name)) {
  console.error('Usage: npm run new:feature <name>   (kebab-case, e.g. "offers" or "follow-ups")');
  process.exit(2);
}
const camel = name.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
const Pascal = camel[0].toUpperCase() + camel.slice(1);
const files = {
  [`utils/${name}/protocol.ts`]: `/** What the ${name} feature answers. A query can be subscribed to; commands are writes. */
export interface ${Pascal}Summary {
  count: number;
}

export interface ${Pascal}Queries {
  '${camel}.summary'(): ${Pascal}Summary;
}

export type ${Pascal}Commands = Record<never, never>;
`,
  [`entrypoints/background/${name}.ts`]: `import type { ${Pascal}Commands, ${Pascal}Queries, ${Pascal}Summary } from '@/utils/${name}/protocol';
import type { StarboardDb } from './db';
import type { FeatureHandlers } from './router';

// Handlers written directly over Dexie. A feature with rows of its own adds a table in db.ts through a new
// version with upgrade(), and its rows to the backup format (utils/backup).
export async function ${camel}Summary(_db: StarboardDb): Promise<${Pascal}Summary> {
  return { count: 0 };
}

export function ${camel}Feature(db: StarboardDb): FeatureHandlers<${Pascal}Queries, ${Pascal}Commands> {
  return {
    queries: { '${camel}.summary': () => ${camel}Summary(db) },
    commands: {},
  };
}
`,
  [`components/${name}/${Pascal}View.tsx`]: `import { useLive, valueOr } from '@/components/ui/use-live';

/** The ${name} feature's view; every user-facing string goes through t() (public/_locales/*). */
export function ${Pascal}View() {
  const summary = valueOr(useLive('${camel}.summary', undefined), { count: 0 });
  return <output>{summary.count}</output>;
}
`,
  [`tests/unit/${name}/${name}.test.ts`]: `import { createHandlers } from '@/entrypoints/background/features';
import { createDispatcher } from '@/entrypoints/background/router';
import { dashboardSender, EXTENSION_ID, EXTENSION_ORIGIN, freshDb } from '../db-helpers';

describe('${camel}.summary', () => {
  it('answers an extension page', async () => {
    const dispatch = createDispatcher(createHandlers(freshDb()), EXTENSION_ID, EXTENSION_ORIGIN);
    expect(await dispatch('${camel}.summary', undefined, dashboardSender)).toEqual({ count: 0 });
  });
});
`,
};

for (const path of Object.keys(files)) {
  if (existsSync(join(ROOT, path))) {
    console.error(`${path} exists already: nothing was written.`);
    process.exit(1);
  }
}

function edit(path, change) {
  const full = join(ROOT, path);
  const before = readFileSync(full, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`Could not wire ${name} into ${path}: its shape changed; wire it by hand.`);
  writeFileSync(full, after);
}

// All edits are checked before anything is written, so a failure leaves the tree as it was.
const edits = [
  [
    'utils/api/protocol.ts',
    (text) =>
      text
        .replace(
          /(\nexport interface Queries\n {2}extends )/,
          `\nimport type { ${Pascal}Commands, ${Pascal}Queries } from '@/utils/${name}/protocol';$1${Pascal}Queries,\n    `,
        )
        .replace(/(\nexport interface Commands\n {2}extends )/, `$1${Pascal}Commands,\n    `),
  ],
  [
    'entrypoints/background/features.ts',
    (text) =>
      text
        .replace(/^/, `import { ${camel}Feature } from './${name}';\n`)
        .replace(/( {2}\/\/ Annotated literals)/, `  const ${camel} = ${camel}Feature(db);\n$1`)
        .replace(/( {2}const queries: QueryHandlers = \{\n)/, `$1    ...${camel}.queries,\n`)
        .replace(/( {2}const commands: CommandHandlers = \{\n)/, `$1    ...${camel}.commands,\n`),
  ],
  ['tests/unit/conventions.test.ts', (text) => text.replace(/(const FEATURES = \[\n)/, `$1  '${name}',\n`)],
];
const originals = edits.map(([path]) => [path, readFileSync(join(ROOT, path), 'utf8')]);
try {
  for (const [path, change] of edits) edit(path, change);
} catch (error) {
  for (const [path, text] of originals) writeFileSync(join(ROOT, path), text);
  console.error(String(error.message ?? error));
  process.exit(1);
}
for (const [path, text] of Object.entries(files)) {
  mkdirSync(dirname(join(ROOT, path)), { recursive: true });
  writeFileSync(join(ROOT, path), text);
}
console.log(
  `Created the ${name} feature:\n${Object.keys(files)
    .map((p) => `  ${p}`)
    .join('\n')}`,
);
console.log('Wired into utils/api/protocol.ts, entrypoints/background/features.ts and the conventions test.');
console.log('Next: npx biome check --write . && npx tsc --noEmit && npm run test:unit');
