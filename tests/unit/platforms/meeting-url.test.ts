import { callPageKey, normaliseMeetingUrl } from '@/utils/platforms/meeting-url';

describe('normaliseMeetingUrl', () => {
  it('matches a pasted Meet link to the call tab URL', () => {
    expect(normaliseMeetingUrl('meet.google.com/ABC-defg-hij')).toBe(
      normaliseMeetingUrl('https://meet.google.com/abc-defg-hij?authuser=1&hs=122'),
    );
  });
  it('reduces Zoom invitation and web-client links to the meeting id', () => {
    expect(normaliseMeetingUrl('https://us02web.zoom.us/j/81234567890?pwd=abc')).toBe('zoom:81234567890');
    expect(normaliseMeetingUrl('https://app.zoom.us/wc/81234567890/join?fromPWA=1')).toBe('zoom:81234567890');
  });
  it('keys Teams meetings by their thread', () => {
    const link = 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_ABC%40thread.v2/0?context=%7b%7d';
    expect(normaliseMeetingUrl(link)).toBe('teams:19:meeting_abc@thread.v2');
  });
  it('leaves empty input empty', () => {
    expect(normaliseMeetingUrl('   ')).toBe('');
  });
});

/** base64 of the percent-encoded JSON, as Teams writes `coords` (and Meeting-BaaS/meet-teams-bot reads it). */
const coords = (value: object) => btoa(encodeURIComponent(JSON.stringify(value)));

describe('every form of one meeting gives the same key', () => {
  it.each([
    [
      'Meet',
      'meet:abc-defg-hij',
      [
        'https://meet.google.com/abc-defg-hij',
        'meet.google.com/ABC-DEFG-HIJ',
        'https://meet.google.com/abc-defg-hij?authuser=1&hs=122',
        'https://meet.google.com/_meet/abc-defg-hij?hs=179&authuser=0',
        'https://meet.google.com/_meet/abc-defg-hij/',
      ],
    ],
    [
      'Zoom',
      'zoom:81234567890',
      [
        'https://us02web.zoom.us/j/81234567890?pwd=cWY6TnhHRkdKZXcwSVk5aGE1VXpqUT09',
        'https://zoom.us/j/81234567890',
        'https://acme.zoom.us/s/81234567890?pwd=x',
        'https://us06web.zoom.us/w/81234567890?tk=abc&pwd=y',
        'https://app.zoom.us/wc/81234567890/join?fromPWA=1&pwd=x',
        'https://app.zoom.us/wc/81234567890/start?fromPWA=1',
        'https://app.zoom.us/wc/join/81234567890',
        'https://acme.zoom.com/j/81234567890',
        'https://www.zoomgov.com/j/81234567890?pwd=z',
        'https://agency.zoomgov.com/wc/81234567890/join',
      ],
    ],
    [
      'Zoom personal link',
      'zoom:my:jane.doe',
      ['https://zoom.us/my/jane.doe', 'https://acme.zoom.us/my/Jane.Doe?pwd=1'],
    ],
    [
      'Teams meetup-join',
      'teams:19:meeting_njmxnzfkntutnjvkmy00nzc4ltk1mdgtnjzkoweyntmxoty1@thread.v2',
      [
        'https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjMxNzFkNTUtNjVkMy00Nzc4LTk1MDgtNjZkOWEyNTMxOTY1%40thread.v2/0?context=%7b%22Tid%22%3a%225de96c96%22%7d',
        'https://teams.microsoft.com/l/meetup-join/19:meeting_NjMxNzFkNTUtNjVkMy00Nzc4LTk1MDgtNjZkOWEyNTMxOTY1@thread.v2/0',
        'https://teams.microsoft.com/v2/?meetingjoin=true#/l/meetup-join/19:meeting_NjMxNzFkNTUtNjVkMy00Nzc4LTk1MDgtNjZkOWEyNTMxOTY1@thread.v2/0?context=%7B%7D&anon=true',
        'https://teams.microsoft.com/dl/launcher/launcher.html?url=%2F_%23%2Fl%2Fmeetup-join%2F19%3Ameeting_NjMxNzFkNTUtNjVkMy00Nzc4LTk1MDgtNjZkOWEyNTMxOTY1%40thread.v2%2F0%3Fcontext%3D%257b%257d&type=meetup-join',
        `https://teams.microsoft.com/light-meetings/launch?anon=true&agent=web&coords=${coords({
          conversationId: '19:meeting_NjMxNzFkNTUtNjVkMy00Nzc4LTk1MDgtNjZkOWEyNTMxOTY1@thread.v2',
          tenantId: 't',
          messageId: '0',
        })}`,
      ],
    ],
    [
      'Teams meeting code',
      'teams:meet:9356969621606',
      [
        'https://teams.live.com/meet/9356969621606?p=08ogAWeCL73fVssuEK',
        'https://teams.microsoft.com/meet/9356969621606?p=Zx9',
        `https://teams.microsoft.com/light-meetings/launch?anon=true&coords=${coords({ meetingCode: '9356969621606' })}`,
      ],
    ],
  ])('%s', (_platform, key, forms) => {
    for (const form of forms) expect(normaliseMeetingUrl(form), form).toBe(key);
  });

  it('reads coords written as plain base64 JSON too, and ignores coords that are not', () => {
    const plain = btoa(JSON.stringify({ conversationId: '19:meeting_X@thread.v2' }));
    expect(normaliseMeetingUrl(`https://teams.microsoft.com/light-meetings/launch?coords=${plain}`)).toBe(
      'teams:19:meeting_x@thread.v2',
    );
    expect(normaliseMeetingUrl('https://teams.microsoft.com/light-meetings/launch?coords=%%%')).toBe(
      'teams.microsoft.com/light-meetings/launch',
    );
    expect(normaliseMeetingUrl(`https://teams.microsoft.com/light-meetings/launch?coords=${btoa('[1]')}`)).toBe(
      'teams.microsoft.com/light-meetings/launch',
    );
  });

  it('keeps different meetings apart, and hosts that only look like Zoom', () => {
    expect(normaliseMeetingUrl('https://zoom.us/j/81234567890')).not.toBe(
      normaliseMeetingUrl('https://zoom.us/j/81234567891'),
    );
    expect(normaliseMeetingUrl('https://evilzoom.us/j/81234567890')).toBe('evilzoom.us/j/81234567890');
    expect(normaliseMeetingUrl('https://zoom.us.example.com/j/81234567890')).toBe('zoom.us.example.com/j/81234567890');
  });
});

describe('callPageKey', () => {
  it('keeps a Teams call on its page while the hash routes on', () => {
    const join = 'https://teams.microsoft.com/v2/?meetingjoin=true#/l/meetup-join/19:meeting_X@thread.v2/0';
    expect(callPageKey(join)).toBe(callPageKey('https://teams.microsoft.com/v2/#/calling/abc'));
    expect(callPageKey(join)).not.toBe(callPageKey('https://teams.microsoft.com/light-meetings/launch?coords=x'));
  });

  it('is the meeting key elsewhere', () => {
    expect(callPageKey('https://meet.google.com/abc-defg-hij?authuser=1')).toBe('meet:abc-defg-hij');
    expect(callPageKey('https://meet.google.com/landing')).not.toBe('meet:abc-defg-hij');
  });
});
