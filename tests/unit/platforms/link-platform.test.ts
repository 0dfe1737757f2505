import { linkPlatform } from '@/utils/platforms/link-platform';

describe('the platform of a meeting link', () => {
  it.each([
    ['https://meet.google.com/abc-defg-hij?authuser=1', 'meet'],
    ['meet.google.com/_meet/abc-defg-hij', 'meet'],
    ['https://us02web.zoom.us/j/81234567890?pwd=abc', 'zoom'],
    ['https://app.zoom.us/wc/81234567890/join', 'zoom'],
    ['https://acme.zoom.us/my/jane.doe', 'zoom'],
    ['https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0', 'teams'],
    ['https://teams.live.com/meet/9876543210123?p=xyz', 'teams'],
  ])('%s is on %s', (link, platform) => {
    expect(linkPlatform(link)).toBe(platform);
  });

  it.each([
    'https://meet.google.com/',
    'https://meet.google.com/landing',
    'https://zoom.us/pricing',
    'https://teams.microsoft.com/v2/',
    'https://example.com/call/1',
    '',
    'not a link',
  ])('%s names no meeting', (link) => {
    expect(linkPlatform(link)).toBeNull();
  });
});
