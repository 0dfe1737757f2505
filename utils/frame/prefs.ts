import type { Platform } from '@/utils/model';
import type { FrameRect } from './geometry';

/**
 * How the in-call frame is drawn on one platform. Kept in `browser.storage.local`, not with the user's data: the
 * loader needs it before anything else, it is not private, and the call page cannot read extension storage.
 */
export interface FramePrefs {
  /** Absent until the user moves or resizes the frame: then the default docked rect fits any window. */
  rect?: FrameRect;
  collapsed: boolean;
  opacity: number;
}

export const DEFAULT_FRAME_PREFS: FramePrefs = { collapsed: false, opacity: 1 };
/** Below this the panel is too faint to read; the frame is opaque again on hover and focus anyway. */
export const MIN_OPACITY = 0.3;

export const HIDE_WHILE_SHARING_KEY = 'panelFrame:hideWhileSharing';

export function framePrefsKey(platform: Platform): string {
  return `panelFrame:${platform}`;
}

export function clampOpacity(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value)
    ? Math.min(1, Math.max(MIN_OPACITY, Math.round(value * 100) / 100))
    : DEFAULT_FRAME_PREFS.opacity;
}

function readRect(raw: unknown): FrameRect | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { right, top, width, height } = raw as Record<string, unknown>;
  const values = [right, top, width, height];
  if (!values.every((v) => typeof v === 'number' && Number.isFinite(v))) return undefined;
  return { right, top, width, height } as FrameRect;
}

/** Whatever storage holds (nothing, an older shape, a hand edit), as complete prefs: each bad field falls back. */
export function readFramePrefs(raw: unknown): FramePrefs {
  const stored = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const rect = readRect(stored.rect);
  return {
    ...(rect ? { rect } : {}),
    collapsed: typeof stored.collapsed === 'boolean' ? stored.collapsed : DEFAULT_FRAME_PREFS.collapsed,
    opacity: stored.opacity === undefined ? DEFAULT_FRAME_PREFS.opacity : clampOpacity(stored.opacity),
  };
}

export function mergeFramePrefs(prefs: FramePrefs, patch: Partial<FramePrefs>): FramePrefs {
  return readFramePrefs({ ...prefs, ...patch });
}

/** On unless the user turned it off: the safe default is to hide the panel from a shared screen. */
export function readHideWhileSharing(raw: unknown): boolean {
  return raw !== false;
}
