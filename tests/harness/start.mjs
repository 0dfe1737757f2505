// `npm start`: build, then open Chromium with Starboard loaded on a profile kept in .output/profile, so the
// sample stories seeded on first run (and anything you write) are there next time. It opens the rehearsal room (a
// practice call with the panel beside it), the quickest way to see Starboard at work.
import { execSync } from 'node:child_process';
import { join } from 'node:path';
import { CHROME_BUILD, ensureChromium, launchWithExtension, ROOT } from './browser.mjs';

ensureChromium();
execSync('npx wxt build', { cwd: ROOT, stdio: 'inherit' });

const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) || process.platform === 'darwin';
if (!hasDisplay) {
  console.log(`
Starboard is built at ${CHROME_BUILD}
No display here, so no browser window was opened. To use it:
  • Chrome or Edge: open chrome://extensions (edge://extensions), turn on Developer mode,
    choose "Load unpacked" and select ${CHROME_BUILD}
  • Firefox: npm run build:firefox, then about:debugging → This Firefox → Load Temporary Add-on…
    and pick .output/firefox-mv2/manifest.json
On a machine with a display, npm start opens Chromium with Starboard and sample stories loaded.`);
  process.exit(0);
}

const { context, extensionUrl } = await launchWithExtension({
  userDataDir: join(ROOT, '.output', 'profile'),
  headless: false,
});
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(extensionUrl('rehearsal.html'));
console.log('Starboard is running in Chromium. Close the browser window to stop.');
await new Promise((done) => context.on('close', done));
