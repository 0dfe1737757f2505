import type { Page } from 'playwright-core';
import { goTo, waitSaved } from './dashboard';

export interface PlanFields {
  company: string;
  role?: string;
  round?: string;
  meetingUrl?: string;
  /** Minutes from now; filled in the browser's own time zone, to the minute, as a person types it. */
  startsInMinutes?: number;
  interviewers?: string[];
  /** Story titles to pin, in order. */
  pin?: string[];
  pitch?: string;
}

/** Makes a plan in the Plans section's editor, as a user does, and waits until everything typed is saved. */
export async function createPlan(page: Page, fields: PlanFields): Promise<void> {
  await goTo(page, 'Plans', 'Interview plans');
  await page.getByRole('button', { name: 'New plan' }).click();
  await page.getByLabel('Company', { exact: true }).waitFor();
  await page.getByLabel('Company', { exact: true }).fill(fields.company);
  if (fields.role) await page.getByLabel('Role', { exact: true }).fill(fields.role);
  if (fields.round) await page.getByLabel('Round or stage').fill(fields.round);
  if (fields.meetingUrl) await page.getByLabel('Meeting link').fill(fields.meetingUrl);
  if (fields.startsInMinutes !== undefined) {
    const local = await page.evaluate((minutes) => {
      const at = new Date(Date.now() + minutes * 60_000);
      const pad = (n: number) => String(n).padStart(2, '0');
      return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(at.getHours())}:${pad(at.getMinutes())}`;
    }, fields.startsInMinutes);
    await page.getByLabel('Scheduled start').fill(local);
  }
  for (const [index, name] of (fields.interviewers ?? []).entries()) {
    await page.getByRole('button', { name: 'Add interviewer' }).click();
    await page.getByLabel(`Interviewer ${index + 1}`, { exact: true }).fill(name);
  }
  for (const title of fields.pin ?? []) {
    await page.getByLabel('Story to pin').selectOption({ label: title });
    await page.getByRole('button', { name: 'Pin story' }).click();
  }
  if (fields.pitch) await page.getByLabel('My pitch').fill(fields.pitch);
  await waitSaved(page);
}
