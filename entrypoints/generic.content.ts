import { defineContentScript } from 'wxt/utils/define-content-script';
import { runCallLoader } from '@/utils/frame/loader';

// "Use Starboard on this site": injected by the popup into the active tab (activeTab), never registered. There is no
// adapter: the panel shows at once, and the call is started and ended from the panel.
export default defineContentScript({
  registration: 'runtime',
  noScriptStartedPostMessage: true,
  main(ctx) {
    runCallLoader(ctx, 'generic');
  },
});
