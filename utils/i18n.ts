import { browser } from 'wxt/browser';
import type messages from '@/public/_locales/en/messages.json';

/** Every key in the English catalogue; a typo is a type error. */
export type MessageKey = keyof typeof messages;

/**
 * The one way a user-facing string is produced. Falls back to the key so a missing translation is visible
 * instead of blank.
 */
export function t(key: MessageKey, substitutions?: string | number | Array<string | number>): string {
  const subs =
    substitutions === undefined
      ? undefined
      : (Array.isArray(substitutions) ? substitutions : [substitutions]).map(String);
  return browser.i18n.getMessage(key, subs) || key;
}
