import { normaliseMeetingUrl } from '@/utils/platforms/meeting-url';
import {
  ZOOM_INVITE_REGEX,
  ZOOM_REDIRECT_RULE_ID,
  ZOOM_WEB_CLIENT_SUBSTITUTION,
  ZOOMGOV_INVITE_REGEX,
  ZOOMGOV_REDIRECT_RULE_ID,
  ZOOMGOV_WEB_CLIENT_SUBSTITUTION,
  zoomRedirectRules,
} from '@/utils/platforms/zoom-redirect';

/**
 * What the browser does with the rule, in JS: RE2's `\1` is JS's `$1`, and the filter is case-insensitive. The regex
 * uses nothing JS and RE2 read differently (no lookaround, no backreference in the pattern).
 */
function redirect(url: string): string | null {
  const hits = zoomRedirectRules().filter((rule) => new RegExp(rule.condition.regexFilter, 'i').test(url));
  // The rules must never overlap: two matching rules of one priority leave the choice to the browser.
  expect(hits.length).toBeLessThanOrEqual(1);
  const rule = hits[0];
  if (!rule) return null;
  const re = new RegExp(rule.condition.regexFilter, 'i');
  return url.replace(re, rule.action.redirect.regexSubstitution.replace(/\\(\d)/g, '$$$1'));
}

describe('the Zoom invite redirect rule', () => {
  it.each([
    // Real link shapes, as bots collect them (Meeting-BaaS/meet-teams-bot, src/urlParser/zoomUrlParser.test.ts).
    [
      'https://us02web.zoom.us/j/85001833920?pwd=cWY6TnhHRkdKZXcwSVk5aGE1VXpqUT09',
      'https://app.zoom.us/wc/85001833920/join?pwd=cWY6TnhHRkdKZXcwSVk5aGE1VXpqUT09',
    ],
    [
      'https://us06web.zoom.us/j/84617432243?pwd=K30YMDo2VEwrSUNMSG16cZRzRWyjaE.1',
      'https://app.zoom.us/wc/84617432243/join?pwd=K30YMDo2VEwrSUNMSG16cZRzRWyjaE.1',
    ],
    [
      'https://acrons-team.zoom.us/j/98832106351?pwd=LED1nQDsZvuIED3ccBTlw04Gzi0MOw.1&uname=Alex%20K',
      'https://app.zoom.us/wc/98832106351/join?pwd=LED1nQDsZvuIED3ccBTlw04Gzi0MOw.1&uname=Alex%20K',
    ],
    ['https://zoom.us/j/92648182477', 'https://app.zoom.us/wc/92648182477/join'],
    ['https://us05web.zoom.us/j/6298382741', 'https://app.zoom.us/wc/6298382741/join'],
    ['https://us02web.zoom.us/j/74495491647/?pwd=a', 'https://app.zoom.us/wc/74495491647/join?pwd=a'],
    ['https://acme.zoom.us/s/81234567890?pwd=x&zak=y', 'https://app.zoom.us/wc/81234567890/join?pwd=x&zak=y'],
    ['https://us06web.zoom.us/w/81234567890?tk=abc&pwd=y', 'https://app.zoom.us/wc/81234567890/join?tk=abc&pwd=y'],
    ['HTTPS://US02WEB.ZOOM.US/j/85001833920?pwd=Ab', 'https://app.zoom.us/wc/85001833920/join?pwd=Ab'],
    // zoom.com is the same service (attendee-labs/attendee, bots/meeting_url_utils.py maps it to zoom.us).
    ['https://zoom.com/j/85001833920?pwd=Ab', 'https://app.zoom.us/wc/85001833920/join?pwd=Ab'],
    ['https://acme.zoom.com/j/85001833920', 'https://app.zoom.us/wc/85001833920/join'],
    // ZoomGov stays on its own cloud and host (EdoardoTosin/Zoom-Web-Client-Redirector, src/js/redirect.js).
    ['https://zoomgov.com/j/1602639518?pwd=ZnI1', 'https://zoomgov.com/wc/join/1602639518?pwd=ZnI1'],
    ['https://gsa.zoomgov.com/j/1602639518', 'https://gsa.zoomgov.com/wc/join/1602639518'],
    [
      'https://us06web.zoomgov.com/s/1602639518/?pwd=x&zak=y',
      'https://us06web.zoomgov.com/wc/join/1602639518?pwd=x&zak=y',
    ],
    ['https://agency.zoomgov.com/w/1602639518?tk=abc', 'https://agency.zoomgov.com/wc/join/1602639518?tk=abc'],
  ])('sends %s to the web client', (from, to) => {
    expect(redirect(from)).toBe(to);
    // The web client page binds to the same plan as the invite did.
    expect(normaliseMeetingUrl(to)).toBe(normaliseMeetingUrl(from));
  });

  it.each([
    'https://app.zoom.us/wc/85001833920/join?pwd=x', // already the web client: no loop
    'https://zoom.us/my/jane.doe', // no id to send
    'https://zoom.us/j/abcdefg', // not a meeting id
    'https://zoom.us/j/12345', // too short
    'https://zoom.us/j/85001833920/extra',
    'https://evilzoom.us/j/85001833920',
    'https://zoom.us.example.com/j/85001833920',
    'http://zoom.us/j/85001833920',
    'https://events.zoom.us/ejl/AbC',
    'https://zoom.us/signin',
    'https://zoomgov.com/wc/join/1602639518', // already the web client
    'https://gsa.zoomgov.com/wc/1602639518/join?pwd=x',
    'https://evilzoomgov.com/j/1602639518',
    'https://zoomgov.com.example.com/j/1602639518',
    'https://zoom.community/j/85001833920',
    'https://evilzoom.com/j/85001833920',
    'http://zoomgov.com/j/1602639518',
  ])('leaves %s alone', (url) => {
    expect(redirect(url)).toBeNull();
  });

  it('is one main-frame redirect rule per Zoom cloud, with stable ids', () => {
    const rules = zoomRedirectRules();
    expect(rules).toHaveLength(2);
    expect(rules[0]).toMatchObject({
      id: ZOOM_REDIRECT_RULE_ID,
      action: { type: 'redirect', redirect: { regexSubstitution: ZOOM_WEB_CLIENT_SUBSTITUTION } },
      condition: { regexFilter: ZOOM_INVITE_REGEX, resourceTypes: ['main_frame'], isUrlFilterCaseSensitive: false },
    });
    expect(rules[1]).toMatchObject({
      id: ZOOMGOV_REDIRECT_RULE_ID,
      action: { type: 'redirect', redirect: { regexSubstitution: ZOOMGOV_WEB_CLIENT_SUBSTITUTION } },
      condition: { regexFilter: ZOOMGOV_INVITE_REGEX, resourceTypes: ['main_frame'], isUrlFilterCaseSensitive: false },
    });
    // RE2 has no lookaround or backreferences; keep the patterns inside what both engines read alike.
    for (const rule of rules) expect(rule.condition.regexFilter).not.toMatch(/\(\?[=!<]|\\[1-9]/);
  });
});
