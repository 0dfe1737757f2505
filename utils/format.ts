import type { Timestamp } from '@/utils/model';

/** Dates as the user's browser writes them; no fixed English format. */
export function formatDate(timestamp: Timestamp): string {
  return new Date(timestamp).toLocaleDateString(undefined, { dateStyle: 'medium' });
}

export function formatDateTime(timestamp: Timestamp): string {
  return new Date(timestamp).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** A story's month (stored as the first day of the month, UTC). */
export function formatMonth(timestamp: Timestamp): string {
  return new Date(timestamp).toLocaleDateString(undefined, { month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/**
 * A chart's month ("2026-11", as insights key them) in the user's words, with the whole year: "Nov 2026", never
 * "Nov 26", which reads as a day.
 */
export function formatMonthKey(month: string, locale?: string): string {
  const [year, index] = month.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    Date.UTC(year, index - 1, 1),
  );
}
