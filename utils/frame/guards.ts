import type { LoaderMessage } from '@/utils/frame/protocol';
import { clampOpacity } from './prefs';

export interface MessageSenderLike {
  id?: string;
  tab?: unknown;
}

/**
 * Only the background may steer the frame: the sender must be this extension and not come from a tab (a content
 * script, or an extension page framed in a tab, which the page around it could click-jack).
 */
export function isFromBackground(sender: MessageSenderLike, runtimeId: string): boolean {
  return sender.id === runtimeId && sender.tab === undefined;
}

const ACTIONS = new Set(['collapse', 'expand', 'toggle', 'opacity']);

/** A message for the call-page scripts from the background, or null: a malformed message changes nothing. */
export function readLoaderMessage(
  message: unknown,
  sender: MessageSenderLike,
  runtimeId: string,
): LoaderMessage | null {
  if (!isFromBackground(sender, runtimeId) || typeof message !== 'object' || message === null) return null;
  const m = message as Record<string, unknown>;
  // Nothing to read in it but its type: the rest, if any, is never looked at.
  if (m.type === 'starboard/sight') return m as LoaderMessage;
  if (m.type === 'starboard/badge') return typeof m.on === 'boolean' ? { type: 'starboard/badge', on: m.on } : null;
  if (m.type === 'starboard/label') return m.label === 'draft' ? { type: 'starboard/label', label: 'draft' } : null;
  if (m.type !== 'starboard/frame' || typeof m.action !== 'string' || !ACTIONS.has(m.action)) return null;
  if (m.action === 'opacity') {
    return typeof m.value === 'number' && Number.isFinite(m.value)
      ? { type: 'starboard/frame', action: 'opacity', value: clampOpacity(m.value) }
      : null;
  }
  return { type: 'starboard/frame', action: m.action as 'collapse' | 'expand' | 'toggle' };
}

/** For the loader before any frame exists: does the background ask to show the panel? */
export function asksToShow(message: unknown, sender: MessageSenderLike, runtimeId: string): boolean {
  const m = message as { type?: unknown; action?: unknown } | null;
  return (
    isFromBackground(sender, runtimeId) &&
    m?.type === 'starboard/frame' &&
    (m.action === 'expand' || m.action === 'toggle')
  );
}

/** The popup asks the loader for what the detection report needs (utils/platforms/detection-report.ts). */
export function asksForReport(message: unknown, sender: MessageSenderLike, runtimeId: string): boolean {
  return isFromBackground(sender, runtimeId) && (message as { type?: unknown } | null)?.type === 'starboard/report';
}
