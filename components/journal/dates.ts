import type { Timestamp } from '@/utils/model';

/** `YYYY-MM-DD` in local time, the value of an `<input type="date">`. */
export function dateInputValue(at: Timestamp | undefined): string {
  if (at === undefined || !Number.isFinite(at)) return '';
  const date = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * The timestamp of a date input's value, keeping the time of day of `keepTimeOf` (an interview's start time
 * should survive correcting its day); undefined when the input is empty or invalid.
 */
export function fromDateInput(value: string, keepTimeOf?: Timestamp): Timestamp | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  const time = keepTimeOf === undefined ? new Date(0, 0, 1, 12) : new Date(keepTimeOf);
  const at = new Date(
    Number(match[1]),
    Number(match[2]) - 1,
    Number(match[3]),
    time.getHours(),
    time.getMinutes(),
    time.getSeconds(),
  ).getTime();
  return Number.isFinite(at) ? at : undefined;
}
