import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROME_BUILD } from '../harness/browser.mjs';

function jsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? jsFiles(path) : name.endsWith('.js') ? [path] : [];
  });
}

// Dexie's own error names survive minification; their presence marks a bundle that carries the database layer.
const DEXIE_MARK = 'DatabaseClosedError';

describe('the built extension', () => {
  it('carries Dexie in the background bundle only', () => {
    const carriers = jsFiles(CHROME_BUILD)
      .filter((path) => readFileSync(path, 'utf8').includes(DEXIE_MARK))
      .map((path) => relative(CHROME_BUILD, path));
    expect(carriers).toEqual(['background.js']);
  });

  // Loaders run on every page of a call site, idle most of the time: 8 KB each. panel-frame.js is injected once, in
  // a call, and carries the frame's share latch, on-screen answer and slim-tab labels: 9 KB.
  it('keeps every script injected into call pages within budget (loaders 8 KB, the frame 9 KB), without the polyfill', () => {
    const callPage = [
      ...readdirSync(join(CHROME_BUILD, 'content-scripts')).map((f) => `content-scripts/${f}`),
      'panel-frame.js',
    ].filter((f) => f.endsWith('.js'));
    expect(callPage.length).toBeGreaterThanOrEqual(6);
    for (const file of callPage) {
      const text = readFileSync(join(CHROME_BUILD, file));
      const budget = file === 'panel-frame.js' ? 9 * 1024 : 8 * 1024;
      expect({ file, size: text.length <= budget }).toEqual({ file, size: true });
      // webextension-polyfill's own error text.
      expect({ file, polyfill: text.includes('This script should only be loaded in a browser extension') }).toEqual({
        file,
        polyfill: false,
      });
    }
  });

  it('loads no remote code: every script and style is packaged', () => {
    const manifest = JSON.parse(readFileSync(join(CHROME_BUILD, 'manifest.json'), 'utf8'));
    expect(manifest.content_security_policy.extension_pages).toMatch(/script-src 'self';/);
    expect(manifest.content_security_policy.extension_pages).toMatch(/connect-src 'self';/);
    const html = readdirSync(CHROME_BUILD).filter((f) => f.endsWith('.html'));
    for (const file of html) {
      expect(readFileSync(join(CHROME_BUILD, file), 'utf8')).not.toMatch(/(src|href)="(https?:)?\/\//);
    }
  });
});
