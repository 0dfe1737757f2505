import { fakeBrowser } from 'wxt/testing/fake-browser';
import { reportText } from '@/components/platforms/CallPageHelp';
import { globals } from '@/utils/frame/globals';
import { runCallLoader } from '@/utils/frame/loader';
import type { LoaderReport } from '@/utils/frame/protocol';
import { meet } from '@/utils/platforms/meet';
import { teams } from '@/utils/platforms/teams';
import type { PlatformAdapter } from '@/utils/platforms/types';
import { zoom, zoomClientDocument } from '@/utils/platforms/zoom';
import { casePage, FIXTURE_CASES, type FixturePlatform } from '../../fixtures/platforms';
import { fakeContext } from '../frame/fake-context';
import { resetDocument, setUrl } from './page';

const ADAPTERS: Record<FixturePlatform, PlatformAdapter> = { meet, zoom, teams };

type Listener = (message: unknown, sender: { id?: string }, respond: (answer: unknown) => void) => void;

afterEach(() => {
  globals.starboardLoader = undefined;
  resetDocument();
});

/** The popup's whole path: the real loader on the page answers, the popup's own function builds the text. */
describe('the report the popup copies', () => {
  it.each(FIXTURE_CASES)('holds no page text and no id of the $name page', async (fixture) => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ res: { ok: true } } as never);
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ version: '1.4.0' } as never);
    const addListener = vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener');
    setUrl(fixture.url);
    document.documentElement.innerHTML = casePage(fixture.name);
    const ctx = fakeContext();
    runCallLoader(ctx, fixture.platform, ADAPTERS[fixture.platform]);
    const listener = addListener.mock.calls.at(-1)![0] as unknown as Listener;
    let answer: LoaderReport | undefined;
    listener({ type: 'starboard/report' }, { id: fakeBrowser.runtime.id }, (a) => {
      answer = a as LoaderReport;
    });
    ctx.invalidate();
    expect(answer?.url).toBe(location.href);
    const report = await reportText(answer!);

    expect(report).toContain(`platform: ${fixture.platform}`);
    // Every word the page shows or labels with that is not plain lowercase ASCII (ours are: ligatures, our names).
    const docs = [document, zoomClientDocument(document)].filter((d): d is Document => !!d);
    const pageText = docs
      .flatMap((d) => [
        d.body?.textContent ?? '',
        ...[...d.querySelectorAll('[aria-label]')].map((el) => el.getAttribute('aria-label') ?? ''),
      ])
      .join(' ');
    const words = [...new Set(pageText.match(/[\p{L}\p{N}]{2,}/gu) ?? [])].filter((w) => !/^[a-z_]+$/.test(w));
    expect(words.length).toBeGreaterThan(0);
    const host = new URL(fixture.url).hostname.split('.');
    const leaked = words.filter((w) => !host.includes(w.toLowerCase()) && report.includes(w));
    expect(leaked).toEqual([]);
    for (const secret of ['81234567890', 'abc-defg-hij', 'meeting_', 'x1', 'NjMx'])
      expect(report).not.toContain(secret);
  });
});
