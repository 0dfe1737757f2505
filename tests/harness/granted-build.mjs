// A copy of the built extension whose optional permissions (hosts and APIs) are granted at install, for end-to-end tests of the
// opt-in platforms: headless Chromium cannot answer the permission prompt that the dashboard's switch opens. The
// production code path is unchanged: the background sees the permissions granted (as after the prompt) and
// registers the Zoom and Teams scripts at runtime.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROME_BUILD } from './browser.mjs';

/**
 * @param {{ keepOptional?: string[] }} [options] origins left optional (not granted): `keepOptional` set to zoom.com and
 *   ZoomGov's is the grant of someone who turned Zoom on before those were among its origins.
 */
export function buildWithOptionalHostsGranted(options = {}) {
  const keep = new Set(options.keepOptional ?? []);
  const dir = mkdtempSync(join(tmpdir(), 'starboard-granted-'));
  cpSync(CHROME_BUILD, dir, { recursive: true });
  const path = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(path, 'utf8'));
  manifest.host_permissions = [
    ...manifest.host_permissions,
    ...manifest.optional_host_permissions.filter((origin) => !keep.has(origin)),
  ];
  manifest.optional_host_permissions = manifest.optional_host_permissions.filter((origin) => keep.has(origin));
  if (manifest.optional_host_permissions.length === 0) delete manifest.optional_host_permissions;
  // Optional API permissions too (notifications, for heads-ups): the Settings switch's request then resolves granted.
  manifest.permissions = [...manifest.permissions, ...(manifest.optional_permissions ?? [])];
  delete manifest.optional_permissions;
  writeFileSync(path, JSON.stringify(manifest));
  return dir;
}
