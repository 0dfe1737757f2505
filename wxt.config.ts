import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { CALL_HOSTS, OPT_IN_ORIGINS } from './utils/platforms/hosts';

// Call-page content scripts ship without webextension-polyfill: it is ~10 KB minified, larger than the whole
// loader budget (8 KB), and the few calls a loader makes (runtime messaging, storage) are promise-based in both
// Chrome MV3 and Firefox. Every other context gets the polyfill through the `wxt/browser` alias.
const polyfillAlias = { 'wxt/browser': '@wxt-dev/webextension-polyfill/browser' };

export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  outDir: '.output',
  // Explicit imports: every file says what it depends on, and the conventions test can check call-page loaders.
  imports: false,
  vite: () => ({
    plugins: [preact({ prefreshEnabled: false, devToolsEnabled: false })],
    build: { sourcemap: false },
  }),
  hooks: {
    'vite:build:extendConfig'(entrypoints, config) {
      // Scripts injected into call pages (content scripts, and the unlisted panel-frame script) go without it.
      if (entrypoints.every((entry) => entry.type === 'content-script' || entry.type === 'unlisted-script')) return;
      config.resolve ??= {};
      config.resolve.alias = { ...(config.resolve.alias as Record<string, string>), ...polyfillAlias };
    },
    'vite:devServer:extendConfig'(config) {
      config.resolve ??= {};
      config.resolve.alias = { ...(config.resolve.alias as Record<string, string>), ...polyfillAlias };
    },
    'build:manifestGenerated'(wxt, manifest) {
      // The dashboard doubles as the options page, opened in a full tab.
      manifest.options_ui = { page: 'dashboard.html', open_in_tab: true };
      // MV2 has no optional_host_permissions (WXT drops the key): there, optional origins are optional permissions.
      if (wxt.config.manifestVersion === 2) {
        manifest.optional_permissions = [
          ...(manifest.optional_permissions ?? []),
          ...OPT_IN_ORIGINS.zoom,
          ...OPT_IN_ORIGINS.teams,
        ] as typeof manifest.optional_permissions;
      }
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // scripting: Zoom and Teams loaders are registered at runtime once the user opts in; activeTab + scripting inject
    // the generic loader into the one tab where the user asks for it.
    permissions: [
      'storage',
      'alarms',
      'tabs',
      'scripting',
      'activeTab',
      ...(browser === 'firefox' ? [] : ['sidePanel']),
    ],
    host_permissions: ['https://meet.google.com/*'],
    // Chrome enforces `use_dynamic_url` (below) only from 107 and matchOriginAsFallback (the share guard in
    // about:blank frames) from 99; 120 also brings Object.hasOwn, CSS nesting and the side panel's open/close.
    ...(browser === 'firefox' ? {} : { minimum_chrome_version: '120' }),
    optional_host_permissions: [
      'https://app.zoom.us/*',
      'https://*.zoom.us/*',
      'https://teams.microsoft.com/*',
      'https://teams.live.com/*',
      'https://teams.cloud.microsoft/*',
    ],
    // The panel page framed in call tabs. A dynamic URL (Chrome) changes every session, so a site cannot probe for
    // the extension or frame the panel itself; <all_urls> because "Use Starboard on this site" may mount it anywhere.
    web_accessible_resources: [
      { resources: ['panel.html'], matches: [...CALL_HOSTS, '<all_urls>'], use_dynamic_url: true },
    ],
    commands: {
      'toggle-panel': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandTogglePanel__',
      },
    },
    // No remote code and no connection beyond the extension itself: the privacy promise, enforced by the browser.
    content_security_policy: {
      extension_pages:
        "script-src 'self'; object-src 'self'; connect-src 'self'; frame-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; default-src 'self'",
    },
    browser_specific_settings:
      browser === 'firefox'
        ? {
            gecko: {
              id: 'starboard@starboard.local',
              strict_min_version: '128.0',
              // Firefox's data consent: Starboard collects and transmits nothing.
              data_collection_permissions: { required: ['none'] },
            },
          }
        : undefined,
  }),
});
