import { defineContentScript } from 'wxt/utils/define-content-script';
import { runCallLoader } from '@/utils/frame/loader';
import { meet } from '@/utils/platforms/meet';

// On for every Meet page: the adapter reads Meet's home and landing pages as no call, and Meet routes from them to
// a call without reloading.
export default defineContentScript({
  // A literal, not LOADER_MATCHES: WXT keeps the options object in the bundle (tests/unit/call-page checks they agree).
  matches: ['https://meet.google.com/*'],
  runAt: 'document_idle',
  noScriptStartedPostMessage: true,
  main(ctx) {
    runCallLoader(ctx, 'meet', meet);
  },
});
