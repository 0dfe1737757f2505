import { adapterForUrl } from '@/utils/platforms';

describe('adapterForUrl', () => {
  it.each([
    ['https://meet.google.com/abc-defg-hij', 'meet'],
    ['https://meet.google.com/abc-defg-hij?authuser=1&hs=122', 'meet'],
    ['https://meet.google.com/abc-defg-hij/', 'meet'],
    ['https://app.zoom.us/wc/81234567890/join?pwd=xyz', 'zoom'],
    ['https://app.zoom.us/wc/join/81234567890', 'zoom'],
    ['https://acme.zoom.us/wc/81234567890/start', 'zoom'],
    ['https://zoom.us/wc/81234567890/join', 'zoom'],
    ['https://app.zoom.us/wc/leave', 'zoom'],
    // The same web client on zoom.com and on ZoomGov (utils/platforms/hosts.ts).
    ['https://app.zoom.com/wc/81234567890/join', 'zoom'],
    ['https://zoomgov.com/wc/join/1602639518', 'zoom'],
    ['https://gsa.zoomgov.com/wc/1602639518/join?pwd=x', 'zoom'],
    ['https://teams.microsoft.com/v2/?meetingjoin=true#/l/meetup-join/19:meeting_abc@thread.v2/0', 'teams'],
    ['https://teams.microsoft.com/_#/pre-join-calling/19:meeting_abc@thread.v2', 'teams'],
    ['https://teams.live.com/meet/9312345678901?p=abc', 'teams'],
    ['https://teams.cloud.microsoft/v2/', 'teams'],
  ])('%s → %s', (url, platform) => {
    expect(adapterForUrl(url)?.platform).toBe(platform);
  });

  it.each([
    'https://meet.google.com/',
    'https://meet.google.com/landing',
    'https://meet.google.com/new',
    'https://meet.google.com/lookup/abcdefg',
    'https://meet.google.com/abc-defg-hijk',
    'https://meet.google.com/abc-defg-hij/extra',
    'https://app.zoom.us/meeting/schedule',
    'https://zoom.us/j/81234567890',
    'https://notzoom.us/wc/81234567890/join',
    'https://evilzoom.us.example.com/wc/1/join',
    'https://evilzoomgov.com/wc/1602639518/join',
    'https://zoomgov.com.example.com/wc/1602639518/join',
    'https://gsa.zoomgov.com/j/1602639518',
    'https://teams.microsoft.com.example.com/v2/',
    'http://meet.google.com/abc-defg-hij',
    'https://www.google.com/',
    'not a url',
    '',
  ])('%s → null', (url) => {
    expect(adapterForUrl(url)).toBeNull();
  });
});
