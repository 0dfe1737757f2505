import { normaliseMeetingUrl } from '@/utils/platforms/meeting-url';

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
