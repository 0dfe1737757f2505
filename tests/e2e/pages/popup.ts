import type { BrowserContext, CDPSession, Page } from 'playwright-core';

/**
 * The extension's real toolbar popup, opened as a user's click on the toolbar button would (so the browser grants
 * activeTab on `tab`), through the DevTools protocol's Extensions.triggerAction. Needs the browser launched with
 * `--enable-unsafe-extension-debugging`. Playwright does not expose popups as pages, so the popup is driven through
 * its own DevTools session: buttons are found by their text and clicked with the mouse.
 */
export interface ToolbarPopup {
  /** Clicks the button labelled `buttonText` (the English message of `messageKey`). */
  click(buttonText: string, messageKey: string): Promise<void>;
  text(): Promise<string>;
  /** Runs an expression in the popup's page (awaited, by value): for what only the popup's own origin may read. */
  evaluate(expression: string): Promise<unknown>;
  /**
   * Waits for an element of this ARIA role and accessible name (or, with the missing catalogue below, its message
   * key) in the popup's accessibility tree, as assistive technology finds it; throws if none shows within 10 s.
   */
  waitForRole(role: string, name: string, messageKey?: string): Promise<void>;
  /** Clicks, with the mouse at its centre, the element of this role and accessible name (see waitForRole). */
  clickRole(role: string, name: string, messageKey?: string): Promise<void>;
  /** Closes the popup (as clicking elsewhere would) and waits until it is gone, so the next one opens fresh. */
  close(): Promise<void>;
}

interface AxNode {
  ignored: boolean;
  role?: { value: string };
  name?: { value: string };
  backendDOMNodeId?: number;
}

export async function openToolbarPopup(context: BrowserContext, tab: Page, extensionId: string): Promise<ToolbarPopup> {
  const browser = context.browser();
  if (!browser) throw new Error('no browser');
  const cdp: CDPSession = await browser.newBrowserCDPSession();
  await tab.bringToFront();
  const tabs = (await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] } as never)) as {
    targetInfos: Array<{ targetId: string; url: string }>;
  };
  const target = tabs.targetInfos.find((t) => t.url === tab.url());
  if (!target) throw new Error(`no tab target for ${tab.url()}`);
  await cdp.send('Extensions.triggerAction' as never, { id: extensionId, targetId: target.targetId } as never);

  const popupUrl = `chrome-extension://${extensionId}/popup.html`;
  let popup: { targetId: string } | undefined;
  for (let tries = 0; !popup && tries < 100; tries++) {
    const all = (await cdp.send('Target.getTargets')) as { targetInfos: Array<{ targetId: string; url: string }> };
    popup = all.targetInfos.find((t) => t.url === popupUrl);
    if (!popup) await new Promise((resolve) => setTimeout(resolve, 50));
  }
  if (!popup) throw new Error('the popup did not open');
  const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: popup.targetId, flatten: false })) as {
    sessionId: string;
  };

  let nextId = 1;
  const pending = new Map<number, (result: unknown) => void>();
  cdp.on(
    'Target.receivedMessageFromTarget' as never,
    ((event: { sessionId: string; message: string }) => {
      if (event.sessionId !== sessionId) return;
      const message = JSON.parse(event.message) as { id?: number; result?: unknown };
      if (message.id !== undefined) pending.get(message.id)?.(message.result);
    }) as never,
  );
  const send = (method: string, params: object) =>
    new Promise<unknown>((resolve) => {
      const id = nextId++;
      pending.set(id, resolve);
      // A click that closes the popup may take the answer with it.
      setTimeout(() => resolve(undefined), 3000);
      void cdp.send(
        'Target.sendMessageToTarget' as never,
        {
          sessionId,
          message: JSON.stringify({ id, method, params }),
        } as never,
      );
    });
  const evaluate = async (expression: string) =>
    (
      (await send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true })) as
        | { result?: { value?: unknown } }
        | undefined
    )?.result?.value;

  const findRole = async (role: string, names: string[]): Promise<number> => {
    for (let tries = 0; tries < 200; tries++) {
      const tree = (await send('Accessibility.getFullAXTree', {})) as { nodes?: AxNode[] } | undefined;
      const node = tree?.nodes?.find(
        (n) => !n.ignored && n.role?.value === role && names.includes(n.name?.value ?? '') && n.backendDOMNodeId,
      );
      if (node?.backendDOMNodeId) return node.backendDOMNodeId;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`no ${role} named ${names[0]} in the popup: ${String(await evaluate('document.body.innerText'))}`);
  };
  const names = (name: string, key?: string) => (key ? [name, key] : [name]);

  return {
    async waitForRole(role, name, messageKey) {
      await findRole(role, names(name, messageKey));
    },
    async clickRole(role, name, messageKey) {
      const backendNodeId = await findRole(role, names(name, messageKey));
      const box = (await send('DOM.getBoxModel', { backendNodeId })) as { model: { content: number[] } } | undefined;
      if (!box) throw new Error(`no box for the ${role} ${name}`);
      const [x1, y1, , , x3, y3] = box.model.content as [number, number, number, number, number, number];
      for (const type of ['mousePressed', 'mouseReleased']) {
        await send('Input.dispatchMouseEvent', {
          type,
          x: (x1 + x3) / 2,
          y: (y1 + y3) / 2,
          button: 'left',
          clickCount: 1,
        });
      }
    },
    async click(buttonText, messageKey) {
      // Now and then Chromium gives a popup opened right after install no message catalogue: i18n.getMessage answers
      // '' and t() shows each label's key (a reload does not help). The button is then found by its key.
      const labels = JSON.stringify([buttonText, messageKey]);
      const find = `(() => {
        const button = [...document.querySelectorAll('button')].find((b) => ${labels}.includes(b.textContent.trim()));
        if (!button) return null;
        const r = button.getBoundingClientRect();
        return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
      })()`;
      // The popup renders once its script has loaded.
      type Point = { x: number; y: number };
      let box = null as Point | null;
      for (let tries = 0; !box && tries < 200; tries++) {
        box = ((await evaluate(find)) as Point | null) ?? null;
        if (box) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      if (!box) {
        const state = await evaluate('location.href + " " + document.readyState + " " + document.body?.innerText');
        const all = (await cdp.send('Target.getTargets')) as { targetInfos: Array<{ type: string; url: string }> };
        throw new Error(
          `no button ${buttonText} in the popup: ${state} ${JSON.stringify(all.targetInfos.map((t) => [t.type, t.url]))}`,
        );
      }
      for (const type of ['mousePressed', 'mouseReleased']) {
        await send('Input.dispatchMouseEvent', { type, x: box.x, y: box.y, button: 'left', clickCount: 1 });
      }
    },
    evaluate,
    async text() {
      return String(await evaluate('document.body.innerText'));
    },
    async close() {
      void evaluate('window.close()');
      for (let tries = 0; tries < 100; tries++) {
        const all = (await cdp.send('Target.getTargets')) as { targetInfos: Array<{ url: string }> };
        if (!all.targetInfos.some((t) => t.url === popupUrl)) return;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error('the popup did not close');
    },
  };
}
