import { browser } from 'wxt/browser';
import { t } from '@/utils/i18n';

/**
 * The toolbar button, per tab: the one place that sets its icon, badge and title, from two facts about the tab:
 * a call runs there (the mark with a green "live" dot, and a title saying the panel is on this tab) and the closing
 * checklist is due but unseen (a dot badge; the browser draws it at the icon's bottom right, the live dot sits top
 * right). One writer, because two would undo each other: a reminder clearing its badge used to reset the title to the
 * bare name in the middle of a call. Stateless on purpose: each caller knows both facts when it calls (a reminder
 * fires only in a live call; a call that ends has no reminder due), so a worker that was stopped loses nothing, and
 * the browser keeps what was set per tab meanwhile.
 */
export interface ToolbarState {
  inCall: boolean;
  reminderDue: boolean;
}

const BADGE_TEXT = '•';
// Calm on purpose: no red, no sound, no system notification (the reminder is a nudge, not an alarm).
const BADGE_COLOUR = '#2f6f8f';
const ICON_SIZES = [16, 32, 48, 128] as const;
// Made at build time from components/ui/icon.svg and icon-in-call.svg (wxt.config.ts).
const iconPaths = (prefix: string) =>
  Object.fromEntries(ICON_SIZES.map((size) => [size, `/icons/${prefix}${size}.png`]));
const DEFAULT_ICONS = iconPaths('');
const IN_CALL_ICONS = iconPaths('in-call-');

type ToolbarAction = Pick<typeof browser.action, 'setBadgeText' | 'setBadgeBackgroundColor' | 'setTitle' | 'setIcon'>;

/** Chrome's MV3 `action`; Firefox's MV2 build has `browserAction` with the same calls. */
function toolbar(): ToolbarAction | undefined {
  return (
    (browser as unknown as { action?: ToolbarAction }).action ??
    (browser as unknown as { browserAction?: ToolbarAction }).browserAction
  );
}

export function toolbarTitle(state: ToolbarState): string {
  if (state.reminderDue) return t('reminderBadgeTitle');
  return state.inCall ? t('toolbarInCallTitle') : t('extName');
}

/** Per tab, so other tabs keep the plain mark. A tab closed meanwhile rejects; that is not worth an error. */
export async function showToolbarState(
  tabId: number,
  state: ToolbarState,
  action: ToolbarAction | undefined = toolbar(),
): Promise<void> {
  // Each call on its own: one the browser refuses (or lacks: a test double) must not keep the others from running.
  const updates = [
    () => action?.setIcon({ tabId, path: state.inCall ? IN_CALL_ICONS : DEFAULT_ICONS }),
    () => (state.reminderDue ? action?.setBadgeBackgroundColor({ tabId, color: BADGE_COLOUR }) : undefined),
    // null, not '': the tab goes back to the global badge (the count of journal drafts waiting, journal/draft-badge.ts);
    // both Chrome and Firefox document null so (the types say string only).
    () => action?.setBadgeText({ tabId, text: (state.reminderDue ? BADGE_TEXT : null) as string }),
    () => action?.setTitle({ tabId, title: toolbarTitle(state) }),
  ];
  await Promise.allSettled(updates.map(async (update) => update()));
}
