// A copy of the built extension in the pseudo-locale (utils/i18n-pseudo.ts): every message stretched 40 %, accented
// and wrapped in ⟦ ⟧, for a screenshot pass that finds clipped text and strings that bypass t(). The build itself is
// untouched; only the copy's catalogue changes.
//   node tests/harness/pseudo-locale.mjs [built dir] [target dir]   (default .output/chrome-mv3 → …-pseudo)
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROME_BUILD, ROOT } from './browser.mjs';

// The pure function is TypeScript; jiti (WXT's own loader, as in bench.mjs) runs it without a build step.
const { createJiti } = await import('jiti');
const jiti = createJiti(import.meta.url, { alias: { '@': ROOT } });
const { pseudoCatalogue } = await jiti.import('../../utils/i18n-pseudo.ts');

export function buildPseudoLocale(from = CHROME_BUILD, to = `${from}-pseudo`) {
  const catalogue = join(from, '_locales', 'en', 'messages.json');
  if (!existsSync(catalogue)) throw new Error(`No built extension at ${from} (run \`npx wxt build\` first).`);
  if (resolve(to) === resolve(from)) throw new Error('The pseudo-locale copy must not overwrite the build.');
  rmSync(to, { recursive: true, force: true });
  cpSync(from, to, { recursive: true });
  const locales = join(to, '_locales');
  // Only en stays, so a browser in any UI language falls back to the default locale, i.e. the pseudo catalogue.
  for (const locale of readdirSync(locales)) if (locale !== 'en') rmSync(join(locales, locale), { recursive: true });
  const messages = JSON.parse(readFileSync(catalogue, 'utf8'));
  writeFileSync(join(locales, 'en', 'messages.json'), `${JSON.stringify(pseudoCatalogue(messages), null, 2)}\n`);
  return to;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const [from, to] = process.argv.slice(2).map((dir) => resolve(dir));
    console.log(`Pseudo-locale build: ${buildPseudoLocale(from, to)}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
