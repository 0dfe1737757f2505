import type { BrowserContext, FrameLocator, Page } from 'playwright-core';
import { tabIdOf } from '../../harness/extension-api';
import { SAMPLE_PLAN } from './sample-data';

/** The rehearsal room (rehearsal.html): a practice call with the panel framed in, on the user's own machine. */
export class RehearsalRoom {
  /** The room's tab, once opened. */
  page!: Page;

  constructor(
    private readonly context: BrowserContext,
    private readonly extensionUrl: (path: string) => string,
  ) {}

  /** The panel framed in the room. */
  get panel(): FrameLocator {
    return this.page.frameLocator('iframe[title="Starboard panel"]');
  }

  get planPicker() {
    return this.page.getByLabel('Plan to rehearse');
  }

  /**
   * Opens the lobby and waits until it offers the sample plan (seeded on install), picked. A locator wait, not
   * expect.poll, so a describe's beforeAll may open the room too.
   */
  async open(): Promise<Page> {
    this.page = await this.context.newPage();
    await this.page.goto(this.extensionUrl('rehearsal.html'));
    const exactly = new RegExp(`^${SAMPLE_PLAN.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
    await this.planPicker
      .locator('option:checked')
      .filter({ hasText: exactly })
      .waitFor({ state: 'attached', timeout: 15_000 });
    return this.page;
  }

  /** Starts a rehearsal of the picked plan and waits for the call controls and the panel showing the plan. */
  async start(): Promise<{ room: Page; panel: FrameLocator; tabId: number }> {
    await this.page.getByRole('button', { name: 'Start rehearsal' }).click();
    await this.page.getByRole('navigation', { name: 'Call controls' }).waitFor();
    await this.panel.getByRole('heading', { name: SAMPLE_PLAN }).waitFor();
    return { room: this.page, panel: this.panel, tabId: await tabIdOf(this.page) };
  }

  /** Opens the lobby and starts a rehearsal of the sample plan. */
  async openAndStart(): Promise<{ room: Page; panel: FrameLocator; tabId: number }> {
    await this.open();
    return this.start();
  }
}
