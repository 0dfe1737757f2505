import { defineContentScript } from 'wxt/utils/define-content-script';
import { runCallLoader } from '@/utils/frame/loader';
import { zoom } from '@/utils/platforms/zoom';

// Opt-in: registered by the background (entrypoints/background/platform-scripts.ts) once the user grants Zoom's
// optional host permission, on LOADER_MATCHES.zoom. Runs in the top frame and reads the client's same-origin frame.
export default defineContentScript({
  registration: 'runtime',
  noScriptStartedPostMessage: true,
  main(ctx) {
    runCallLoader(ctx, 'zoom', zoom);
  },
});
