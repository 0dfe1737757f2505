import { browser } from 'wxt/browser';
import { t } from '@/utils/i18n';
import { relayToLoader } from '../frame';

/**
 * The stand-in for a closing checklist the user cannot see (panel collapsed, hidden while sharing the screen, or not
 * open): a dot on the toolbar icon for the call's tab, and on the panel's slim tab in the call page. Calm on
 * purpose: no sound, no system notification, no red.
 */
const BADGE_TEXT = '•';
const BADGE_COLOUR = '#2f6f8f';

type ToolbarAction = Pick<typeof browser.action, 'setBadgeText' | 'setBadgeBackgroundColor' | 'setTitle'>;

/** Chrome's MV3 `action`; Firefox's MV2 build has `browserAction` with the same calls. */
function toolbar(): ToolbarAction | undefined {
  return (
    (browser as unknown as { action?: ToolbarAction }).action ??
    (browser as unknown as { browserAction?: ToolbarAction }).browserAction
  );
}

/** Per tab, so other tabs keep a plain icon. A tab closed meanwhile rejects; that is not worth an error. */
export async function showReminderBadge(tabId: number): Promise<void> {
  const action = toolbar();
  await Promise.allSettled([
    action?.setBadgeBackgroundColor({ tabId, color: BADGE_COLOUR }),
    action?.setBadgeText({ tabId, text: BADGE_TEXT }),
    action?.setTitle({ tabId, title: t('reminderBadgeTitle') }),
    relayToLoader(tabId, { type: 'starboard/badge', on: true }),
  ]);
}

export async function clearReminderBadge(tabId: number): Promise<void> {
  const action = toolbar();
  await Promise.allSettled([
    action?.setBadgeText({ tabId, text: '' }),
    action?.setTitle({ tabId, title: t('extName') }),
    relayToLoader(tabId, { type: 'starboard/badge', on: false }),
  ]);
}
