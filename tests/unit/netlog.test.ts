import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { leakedRequests, requestsInNetLog } from '../harness/netlog.mjs';

const EXT = 'chrome-extension://abcdefghijklmnop/';

function netLog(events: Array<{ url: string; initiator?: string }>, { cut = false } = {}) {
  const lines = [
    '{"constants":{"logEventTypes":{"REQUEST_ALIVE":1,"URL_REQUEST_START_JOB":2}},',
    '"events": [',
    ...events.map(
      (e, i) =>
        `{"params":{"initiator":${JSON.stringify(e.initiator ?? 'not an origin')},"method":"GET","url":${JSON.stringify(e.url)}},"phase":1,"source":{"id":${i},"type":1},"time":"1","type":2},`,
    ),
    '{"params":{"url":"https://alive.example/"},"phase":0,"source":{"id":99,"type":1},"time":"1","type":1},',
  ];
  const text = cut
    ? `${lines.join('\n')}\n{"params":{"initiator":"${EXT}","url":"https://cut.exa`
    : `${lines.join('\n')}\n]}`;
  const path = join(mkdtempSync(join(tmpdir(), 'netlog-')), 'log.json');
  writeFileSync(path, text);
  return path;
}

describe('the zero-network check', () => {
  it('reads request starts and ignores other events', () => {
    const requests = requestsInNetLog(netLog([{ url: 'https://a.example/x', initiator: EXT }]));
    expect(requests).toEqual([{ url: 'https://a.example/x', initiator: EXT }]);
  });

  it('flags requests our pages or worker start, and extra requests from call pages', () => {
    const requests = requestsInNetLog(
      netLog([
        { url: `${EXT}chunks/app.js`, initiator: EXT },
        { url: 'https://tracker.example/pixel', initiator: EXT.slice(0, -1) },
        { url: 'https://meet.google.com/abc-defg-hij', initiator: 'https://meet.google.com' },
        { url: 'https://meet.google.com/favicon.ico', initiator: 'https://meet.google.com' },
        { url: 'https://collector.example/stories', initiator: 'https://meet.google.com' },
        { url: 'wss://socket.example/', initiator: EXT.slice(0, -1) },
        { url: 'https://update.googleapis.com/service/update2/json' },
      ]),
    );
    const leaked = leakedRequests(requests, {
      extensionOrigin: EXT.slice(0, -1),
      fixtureUrls: ['https://meet.google.com/abc-defg-hij'],
    });
    expect(leaked.map((r) => r.url)).toEqual([
      'https://tracker.example/pixel',
      'https://collector.example/stories',
      'wss://socket.example/',
    ]);
  });

  it('survives a log cut short by a killed browser', () => {
    const requests = requestsInNetLog(netLog([{ url: 'https://a.example/', initiator: EXT }], { cut: true }));
    expect(requests.map((r) => r.url)).toEqual(['https://a.example/']);
  });
});
