import type { Timestamp } from '@/utils/model';

/**
 * Conversions between stored values and what HTML inputs hold. A story's month is a calendar month, the same
 * everywhere, so it is kept in UTC; an interview's start is a moment, entered and shown in local time.
 */

const pad = (n: number) => String(n).padStart(2, '0');

/** `<input type="month">` value ("2024-03") for a stored month, or "" when there is none. */
export function toMonthValue(timestamp: Timestamp | null | undefined): string {
  if (timestamp === null || timestamp === undefined || !Number.isFinite(timestamp)) return '';
  const date = new Date(timestamp);
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}`;
}

/** The first instant of the month, UTC; null for an empty or malformed value. */
export function fromMonthValue(value: string): Timestamp | null {
  const match = /^(\d{4})-(\d{2})$/.exec(value.trim());
  if (!match) return null;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  return Date.UTC(Number(match[1]), month - 1, 1);
}

/** `<input type="datetime-local">` value ("2025-06-15T14:30") in local time, or "". */
export function toDateTimeLocalValue(timestamp: Timestamp | null | undefined): string {
  if (timestamp === null || timestamp === undefined || !Number.isFinite(timestamp)) return '';
  const date = new Date(timestamp);
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(
    date.getMinutes(),
  )}`;
}

export function fromDateTimeLocalValue(value: string): Timestamp | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim());
  if (!match) return null;
  const [year, month, day, hours, minutes, seconds] = match.slice(1).map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const date = new Date(year, month - 1, day, hours, minutes, seconds);
  // new Date rolls "02-31" over into March; a value the picker could not have produced is refused instead.
  if (date.getMonth() !== month - 1 || date.getDate() !== day || hours > 23 || minutes > 59) return null;
  return date.getTime();
}

/** A whole number of minutes within bounds, or null when the field is empty or not a number. */
export function parseMinutes(value: string, { min = 0, max = 24 * 60 }: { min?: number; max?: number } = {}) {
  if (value.trim() === '') return null;
  const minutes = Math.round(Number(value));
  if (!Number.isFinite(minutes)) return null;
  return Math.min(max, Math.max(min, minutes));
}

/** The list with the item at `index` moved by `delta` places; unchanged when the move would leave the list. */
export function moveBy<T>(list: readonly T[], index: number, delta: number): T[] {
  const target = index + delta;
  if (index < 0 || index >= list.length || target < 0 || target >= list.length) return [...list];
  const next = [...list];
  const [item] = next.splice(index, 1);
  next.splice(target, 0, item as T);
  return next;
}
