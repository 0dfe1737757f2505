import type { Browser } from 'wxt/browser';

// The extension API as seen by scripts the e2e tests evaluate inside extension pages and the service worker.
declare global {
  const chrome: typeof Browser;
}
