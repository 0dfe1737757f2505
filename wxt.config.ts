import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { marked } from 'marked';
import sharp from 'sharp';
import { defineConfig } from 'wxt';
import { CALL_HOSTS, OPT_IN_ORIGINS } from './utils/platforms/hosts';

// Call-page content scripts ship without webextension-polyfill: it is ~10 KB minified, larger than the whole
// loader budget (8 KB), and the few calls a loader makes (runtime messaging, storage) are promise-based in both
// Chrome MV3 and Firefox. Every other context gets the polyfill through the `wxt/browser` alias.
const polyfillAlias = { 'wxt/browser': '@wxt-dev/webextension-polyfill/browser' };

// Icons: one SVG source each, PNGs made at build time. @wxt-dev/auto-icons (WXT's own module, sharp underneath)
// renders the mark at every size and lists it as the manifest's `icons`. The sources live in components/ui/: not in
// public/ (copied verbatim into every package), not in a new top-level folder, and components/ is where the UI's
// shared pieces are, so the dashboard can import the same mark. The dark variant only Firefox can use (theme_icons);
// auto-icons renders one source, so the variant is rendered here with the same library.
const ICON_SIZES = [16, 32, 48, 128] as const;
const ICON_SOURCE = 'components/ui/icon.svg';
const ICON_ON_DARK_SOURCE = 'components/ui/icon-dark.svg';
// The mark with a "live" dot, set per tab while a call runs there (entrypoints/background/toolbar.ts).
const ICON_IN_CALL_SOURCE = 'components/ui/icon-in-call.svg';
const ICON_PATHS = Object.fromEntries(ICON_SIZES.map((size) => [size, `icons/${size}.png`]));

// The panel page loads in as few files as possible (#16: it is framed in a call the moment the call starts, and on
// two cores each module request queues behind the last). The bundler's default splits every set of modules shared
// by a different set of pages into a chunk of its own (ten files for the panel); here every module the panel page
// imports statically that another page imports too goes into one chunk. A module of that chunk imports only
// modules that are in it too, so no chunk cycle can form. Lazily imported parts (the journal form) keep their own
// chunks. Written by hand: no Vite plugin groups chunks by what an entry reaches.
const PANEL_ENTRY = /entrypoints\/panel\.sidepanel\/index\.html$/;
type ModuleInfoOf = (id: string) => { isEntry: boolean; importers: readonly string[] } | null;
function panelChunks(id: string, context: { getModuleInfo: ModuleInfoOf }): string | undefined {
  const entries = new Set<string>();
  const seen = new Set<string>();
  const stack = [id];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (seen.has(current)) continue;
    seen.add(current);
    const info = context.getModuleInfo(current);
    if (!info) continue;
    if (info.isEntry) entries.add(current);
    stack.push(...info.importers);
  }
  const fromPanel = [...entries].some((entry) => PANEL_ENTRY.test(entry));
  return fromPanel && entries.size > 1 ? 'panel-shared' : undefined;
}

/** A page for the rendered policy: the system font and colours of every extension page, nothing to load. */
function privacyPage(body: string): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Starboard privacy policy</title>
<style>
:root { color-scheme: light dark; font: 15px/1.5 system-ui, sans-serif; }
body { max-width: 760px; margin: 2rem auto; padding: 0 1rem; }
table { border-collapse: collapse; } th, td { border: 1px solid #8888; padding: 4px 8px; text-align: left; vertical-align: top; }
</style></head>
<body>
${body}
</body>
</html>
`;
}

export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  outDir: '.output',
  // Explicit imports: every file says what it depends on, and the conventions test can check call-page loaders.
  imports: false,
  modules: ['@wxt-dev/auto-icons'],
  autoIcons: { baseIconPath: ICON_SOURCE, sizes: [...ICON_SIZES] },
  vite: () => ({
    plugins: [preact({ prefreshEnabled: false, devToolsEnabled: false })],
    build: { sourcemap: false },
  }),
  hooks: {
    'vite:build:extendConfig'(entrypoints, config) {
      // Scripts injected into call pages (content scripts, and the unlisted panel-frame script) go without it.
      if (entrypoints.every((entry) => entry.type === 'content-script' || entry.type === 'unlisted-script')) return;
      if (entrypoints.some((entry) => entry.name === 'panel')) {
        config.build ??= {};
        config.build.rollupOptions ??= {};
        const output = config.build.rollupOptions.output;
        if (!Array.isArray(output)) config.build.rollupOptions.output = { ...output, manualChunks: panelChunks };
      }
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
      // The toolbar button shows the mark too (auto-icons fills only `icons`). In Firefox, a light theme (dark text)
      // gets the normal mark and a dark theme (bright text) the light variant: `light` is the icon *for* dark
      // themes, as tor-browser's browser/base/content/browser.css maps toolbar[brighttext] to the `light` image and
      // mozilla/multi-account-containers' webextension/manifest.json pairs dark "-d-" and white "-w-" icons.
      const action = manifest.action ?? manifest.browser_action ?? {};
      action.default_icon = ICON_PATHS;
      // WXT takes the tooltip from popup.html's <title>, a literal; the name is localized, so is its tooltip.
      action.default_title = '__MSG_extName__';
      if (wxt.config.browser === 'firefox') {
        (action as { theme_icons?: unknown }).theme_icons = ICON_SIZES.map((size) => ({
          size,
          dark: ICON_PATHS[size],
          light: `icons/on-dark-${size}.png`,
        }));
      }
      if (wxt.config.manifestVersion === 2) manifest.browser_action = action;
      else manifest.action = action;
      // MV2 has no optional_host_permissions (WXT drops the key): there, optional origins are optional permissions.
      if (wxt.config.manifestVersion === 2) {
        manifest.optional_permissions = [
          ...(manifest.optional_permissions ?? []),
          ...OPT_IN_ORIGINS.zoom,
          ...OPT_IN_ORIGINS.teams,
        ] as typeof manifest.optional_permissions;
      }
    },
    async 'build:done'(wxt, output) {
      // Variants auto-icons does not make (it renders one source): the in-call mark for every browser, and the mark
      // for dark toolbars where only Firefox can use it.
      const variants: [source: string, prefix: string][] = [[ICON_IN_CALL_SOURCE, 'in-call']];
      if (wxt.config.browser === 'firefox') variants.push([ICON_ON_DARK_SOURCE, 'on-dark']);
      await mkdir(resolve(wxt.config.outDir, 'icons'), { recursive: true });
      for (const [source, prefix] of variants) {
        for (const size of ICON_SIZES) {
          const fileName = `icons/${prefix}-${size}.png`;
          await sharp(resolve(wxt.config.srcDir, source))
            .resize(size)
            .png()
            .toFile(resolve(wxt.config.outDir, fileName));
          output.publicAssets.push({ type: 'asset', fileName });
        }
      }
      // The privacy policy inside the package (Settings → About links to it): PRIVACY.md is the one text, for the
      // repository, the stores and here, rendered by marked (a Markdown parser; GitHub's tables included) at build
      // time so the extension ships no parser. English only, as the link says.
      const policy = await marked.parse(await readFile(resolve(wxt.config.root, 'PRIVACY.md'), 'utf8'), {
        async: true,
      });
      await writeFile(resolve(wxt.config.outDir, 'privacy.html'), privacyPage(policy));
      output.publicAssets.push({ type: 'asset', fileName: 'privacy.html' });
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Each permission and why: README.md "Permissions" (tests/unit/permissions.test.ts checks each is used).
    // `tabs` stays: the side panel's "Start call" on any site reads that tab's address (tabs.get) when no click on
    // the toolbar granted activeTab; without it the e2e "starts and ends a call by hand on any site" fails.
    // declarativeNetRequestWithHostAccess: the Zoom invite redirect (entrypoints/background/platforms.ts). It brings
    // no install warning and acts only where host access is held, i.e. Zoom's optional origins once Zoom is on; the
    // plain `declarativeNetRequest` would warn "block content on any page".
    permissions: [
      'storage',
      'declarativeNetRequestWithHostAccess',
      'alarms',
      'tabs',
      'scripting',
      'activeTab',
      ...(browser === 'firefox' ? [] : ['sidePanel']),
    ],
    // notifications: heads-ups before interviews, asked for only when the user turns them on (Settings).
    optional_permissions: ['notifications'],
    host_permissions: ['https://meet.google.com/*'],
    // Chrome enforces `use_dynamic_url` (below) only from 107 and matchOriginAsFallback (the share guard in
    // about:blank frames) from 99; 120 also brings Object.hasOwn, CSS nesting and the side panel's open/close.
    ...(browser === 'firefox' ? {} : { minimum_chrome_version: '120' }),
    // Zoom's three domains (zoom.us, zoom.com, ZoomGov) and Teams': utils/platforms/hosts.ts says where each is from.
    optional_host_permissions: [...OPT_IN_ORIGINS.zoom, ...OPT_IN_ORIGINS.teams],
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
              // 142: data_collection_permissions (below) is read from Firefox 140 on desktop and 142 on Android;
              // older versions would install without the consent screen (web-ext lint warns). ESR 153 is current.
              strict_min_version: '142.0',
              // Firefox's data consent: Starboard collects and transmits nothing.
              data_collection_permissions: { required: ['none'] },
            },
          }
        : undefined,
  }),
});
