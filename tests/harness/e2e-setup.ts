import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CHROME_BUILD, ensureChromium, FIREFOX_BUILD, ROOT } from './browser.mjs';
import { ensureFirefox, warmFirefox } from './firefox.mjs';

/** The e2e tests load the production build; `npm test` builds first, a lone `npm run test:e2e` builds if missing. */
export default async function setup() {
  ensureChromium();
  ensureFirefox();
  if (!existsSync(join(CHROME_BUILD, 'manifest.json'))) execSync('npx wxt build', { cwd: ROOT, stdio: 'inherit' });
  if (!existsSync(join(FIREFOX_BUILD, 'manifest.json'))) {
    execSync('npx wxt build -b firefox', { cwd: ROOT, stdio: 'inherit' });
  }
  console.log(`Firefox ESR started once to warm it: ${((await warmFirefox()) / 1000).toFixed(1)} s.`);
}
