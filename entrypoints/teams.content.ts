import { defineContentScript } from 'wxt/utils/define-content-script';
import { runCallLoader } from '@/utils/frame/loader';
import { teams } from '@/utils/platforms/teams';

// Opt-in: registered by the background (entrypoints/background/platform-scripts.ts) once the user grants Teams'
// optional host permissions, on LOADER_MATCHES.teams.
export default defineContentScript({
  registration: 'runtime',
  noScriptStartedPostMessage: true,
  main(ctx) {
    runCallLoader(ctx, 'teams', teams);
  },
});
