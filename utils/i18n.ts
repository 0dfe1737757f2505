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

/**
 * The label of an enum value (a plan's status, an outcome, a platform…), or "Unknown (value)" for one this version
 * does not know: a newer build's value, an edited backup. A view degrades instead of blanking: `t(map[value])` with
 * an unknown value asks the browser for an undefined message, which throws and takes the whole list with it.
 */
export function labelFor<V extends string | number>(labels: Readonly<Record<V, MessageKey>>, value: unknown): string {
  if ((typeof value === 'string' || typeof value === 'number') && Object.hasOwn(labels, value)) {
    return t(labels[value as V]);
  }
  return t('valueUnknown', String(value).slice(0, 40));
}
