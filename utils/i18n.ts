import { browser } from 'wxt/browser';
import type messages from '@/public/_locales/en/messages.json';

/** Every key in the English catalogue; a typo is a type error. */
export type MessageKey = keyof typeof messages;

/**
 * The one way a user-facing string is produced. Falls back to the key so a missing translation is visible
 * instead of blank. Numbers are written the UI language's way ("10,000" / "10.000", "3.5" / "3,5"): a string
 * substitution is passed as it is, so what is not a quantity (a year in a file name, a version) goes as a string.
 */
export function t(key: MessageKey, substitutions?: string | number | Array<string | number>): string {
  const subs =
    substitutions === undefined
      ? undefined
      : (Array.isArray(substitutions) ? substitutions : [substitutions]).map((value) =>
          typeof value === 'number' ? formatNumber(value) : value,
        );
  return browser.i18n.getMessage(key, subs) || key;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A quantity in the UI language, with exactly `fractionDigits` decimals when given (a 1-4 average: "3.5"). */
export function formatNumber(value: number, fractionDigits?: number): string {
  const language = browser.i18n.getUILanguage();
  const cacheKey = `${language}|${fractionDigits ?? ''}`;
  let format = numberFormats.get(cacheKey);
  if (!format) {
    format = new Intl.NumberFormat(
      language,
      fractionDigits === undefined
        ? undefined
        : { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits },
    );
    numberFormats.set(cacheKey, format);
  }
  return format.format(value);
}

/**
 * A count's message for each plural category: `one` and `other` for English. A locale whose grammar needs more
 * (`few`, `many`…) adds those keys, and Intl.PluralRules picks among them; a category without a key uses `other`.
 */
export type PluralKeys = { one: MessageKey; other: MessageKey } & Partial<Record<Intl.LDMLPluralRule, MessageKey>>;

/** The message for `count` in the UI language's plural category; `$1` is the count unless substitutions say else. */
export function tp(keys: PluralKeys, count: number, substitutions: Array<string | number> = [count]): string {
  const category = new Intl.PluralRules(browser.i18n.getUILanguage()).select(count);
  return t(keys[category] ?? keys.other, substitutions);
}

/** "1 story", "3 stories": counted nouns to put in a sentence. */
export const COUNT_STORIES: PluralKeys = { one: 'countStoriesOne', other: 'countStoriesOther' };
export const COUNT_COMPANIES: PluralKeys = { one: 'countCompaniesOne', other: 'countCompaniesOther' };
export const COUNT_MONTHS: PluralKeys = { one: 'countMonthsOne', other: 'countMonthsOther' };
export const COUNT_TIMES: PluralKeys = { one: 'countTimesOne', other: 'countTimesOther' };

/** A call's length in whole minutes as read: never "0 min" (a call under a minute is stored as 0). */
export function durationText(minutes: number): string {
  return minutes < 1 ? t('durationUnderAMinute') : t('journalDurationMinutes', minutes);
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
