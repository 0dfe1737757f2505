import { buildDetectionReport, urlForm } from '@/utils/platforms/detection-report';
import { meet } from '@/utils/platforms/meet';
import { teams } from '@/utils/platforms/teams';
import type { PlatformAdapter } from '@/utils/platforms/types';
import { zoom, zoomClientDocument } from '@/utils/platforms/zoom';
import { casePage, FIXTURE_CASES, type FixturePlatform } from '../../fixtures/platforms';
import { resetDocument, setUrl } from './page';

const ADAPTERS: Record<FixturePlatform, PlatformAdapter> = { meet, zoom, teams };

afterEach(resetDocument);

/**
 * Every run of 2+ letters (Japanese names are two) the page shows or labels with: what must never reach a report. (Not <title>: the product's
 * name, which the report's host names anyway.)
 */
function pageWords(doc: Document): string[] {
  const docs = [doc, zoomClientDocument(doc)];
  const text = docs
    .flatMap((d) => [
      d.body?.textContent ?? '',
      ...[...d.querySelectorAll('[aria-label],[title],[value]')].flatMap((el) =>
        ['aria-label', 'title', 'value'].map((name) => el.getAttribute(name) ?? ''),
      ),
    ])
    .join(' ');
  return [...new Set(text.match(/[\p{L}\p{N}]{2,}/gu) ?? [])];
}

describe('urlForm', () => {
  it.each([
    ['https://meet.google.com/abc-defg-hij?authuser=1&hs=122', 'https://meet.google.com/<meet-code>?authuser=…&hs=…'],
    ['https://meet.google.com/_meet/abc-defg-hij?hs=179', 'https://meet.google.com/_meet/<meet-code>?hs=…'],
    [
      'https://acme-corp.zoom.us/j/81234567890?pwd=SECRET1&uname=Alex',
      'https://<sub>.zoom.us/j/<number>?pwd=…&uname=…',
    ],
    ['https://app.zoom.us/wc/81234567890/join', 'https://<sub>.zoom.us/wc/<number>/join'],
    ['https://zoom.us/my/jane.doe', 'https://zoom.us/my/<name>'],
    [
      'https://teams.microsoft.com/v2/?meetingjoin=true#/l/meetup-join/19:meeting_NjMx@thread.v2/0?context=%7B%22Tid%22%7D&anon=true',
      'https://teams.microsoft.com/v2/?meetingjoin=…#/l/meetup-join/<id>/<number>',
    ],
    ['https://teams.live.com/meet/9356969621606?p=08ogAWeCL73fVssuEK', 'https://teams.live.com/meet/<number>?p=…'],
    ['https://example.com/acme-interview/room', 'https://example.com/<word>/<word>'],
    ['not a url', '<not a URL>'],
  ])('%s → %s', (url, form) => {
    expect(urlForm(url)).toBe(form);
  });
});

describe('buildDetectionReport', () => {
  const now = Date.UTC(2026, 11, 3, 9, 30);

  it('lists the form, signals, recent verdicts and versions, line by line', () => {
    const report = buildDetectionReport({
      url: 'https://meet.google.com/abc-defg-hij?authuser=1',
      platform: 'meet',
      signals: [
        { name: 'icon:call_end', found: true },
        { name: 'tiles', found: false },
      ],
      verdicts: [
        { at: now - 10 * 60_000, state: 'lobby' },
        { at: now - 90_000, state: 'waiting' },
        { at: now - 5000, state: null },
      ],
      browser: 'Chrome 131\nInjected: line',
      extensionVersion: '1.4.0',
      now,
    });
    expect(report.split('\n')).toEqual([
      'Starboard detection report',
      'platform: meet',
      'page: https://meet.google.com/<meet-code>?authuser=…',
      'browser: Chrome 131 Injected: line',
      'extension: 1.4.0',
      'signals found: icon:call_end',
      'signals missing: tiles',
      'verdicts (last 5 min): -90s waiting, -5s unknown',
    ]);
  });

  it.each(FIXTURE_CASES)('holds no text, label or id of the $name page', (fixture) => {
    setUrl(fixture.url);
    document.documentElement.innerHTML = casePage(fixture.name);
    const adapter = ADAPTERS[fixture.platform];
    const report = buildDetectionReport({
      url: fixture.url,
      platform: fixture.platform,
      signals: adapter.signals?.(document) ?? [],
      verdicts: [{ at: now - 1000, state: adapter.detect(document) }],
      browser: 'Firefox 133',
      extensionVersion: '1.4.0',
      now,
    });
    // The product's name (Zoom's frame is titled "Zoom") is the host's, which the report names by design.
    const host = new URL(fixture.url).hostname.split('.');
    const words = pageWords(document).filter((word) => !host.includes(word.toLowerCase()));
    expect(words.length).toBeGreaterThan(0);
    const reportWords = new Set(report.toLowerCase().match(/[\p{L}\p{N}]{2,}/gu) ?? []);
    // Structural names (ligatures, ids we chose) may coincide with page words only when they are ours, not text.
    const leaked = words.filter((word) => reportWords.has(word.toLowerCase()) && !/^[a-z_]+$/.test(word));
    expect(leaked).toEqual([]);
    for (const secret of ['81234567890', 'abc-defg-hij', 'meeting_', 'x1', '9356969621606']) {
      expect(report).not.toContain(secret);
    }
  });
});
