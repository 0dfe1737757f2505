import { FIXTURE_URLS, fixturePage } from '../fixtures/platforms/index.ts';
import { launchFirefoxWithExtension } from './firefox.mjs';

const { browser } = await launchFirefoxWithExtension();
const page = await browser.newPage();
page.on('console', (m) => console.log('console', m.type(), m.text()));
await page.setRequestInterception(true);
page.on('request', (request) => {
  if (request.url().startsWith(FIXTURE_URLS.meet))
    void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: fixturePage('meet', 'lobby') });
  else void request.abort();
});
await page.goto(FIXTURE_URLS.meet);
await new Promise((r) => setTimeout(r, 1000));
await page.click('[data-go="in-call"]');
for (let i = 0; i < 30; i++) {
  const fs = page.frames();
  const hrefs = [];
  for (const f of fs.slice(1))
    hrefs.push(
      await Promise.race([
        f.evaluate(() => location.href).catch((e) => 'ERR ' + String(e).slice(0, 80)),
        new Promise((r) => setTimeout(() => r('TIMEOUT'), 2000)),
      ]),
    );
  console.log(i, fs.length, JSON.stringify(hrefs));
  await new Promise((r) => setTimeout(r, 300));
}
console.log(
  'frames',
  page.frames().map((f) => f.url()),
);
console.log(
  await page.evaluate(
    () => document.body.innerHTML.slice(0, 300) + ' ... ' + document.documentElement.outerHTML.slice(-100),
  ),
);
await browser.close();
