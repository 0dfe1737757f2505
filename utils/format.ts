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
