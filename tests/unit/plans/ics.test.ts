import { readFileSync } from 'node:fs';
import {
  type IcsImportOptions,
  type PlanCandidate,
  pickMeetingLink,
  planForInvitation,
  planFromInvitationText,
  planInputOf,
  plansFromIcs,
  splitInvitationTitle,
} from '@/utils/plans/ics';

const fixture = (name: string) => readFileSync(`tests/fixtures/ics/${name}`, 'utf8');
const me: IcsImportOptions = { candidateEmails: ['Sam.Candidate@mail.example'] };

function only(ics: string, options: IcsImportOptions = {}): PlanCandidate {
  const result = plansFromIcs(ics, options);
  if (!result.ok) throw new Error(result.error.messageKey);
  expect(result.candidates).toHaveLength(1);
  return result.candidates[0]!;
}

function calendar(...event: string[]): string {
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//test//EN',
    'BEGIN:VEVENT',
    ...event,
    'END:VEVENT',
    'END:VCALENDAR',
  ]
    .join('\r\n')
    .concat('\r\n');
}

describe('plansFromIcs: the three invitation fixtures', () => {
  it('reads a Google Calendar invitation: UTC time, length, Meet link, interviewers', () => {
    const plan = only(fixture('google-meet.ics'), me);
    expect(plan).toMatchObject({
      uid: '5k2v9q1r7ecp8n3t0m4j6h2b1d@google.com',
      title: 'Interview: Senior Engineer – Acme',
      company: 'Acme',
      role: 'Senior Engineer',
      round: 'Interview',
      scheduledAt: Date.UTC(2026, 10, 10, 15, 0),
      plannedMinutes: 45,
      meetingLink: 'https://meet.google.com/abc-defg-hij',
      meetingUrl: 'meet:abc-defg-hij',
      // Not the organizer (Priya), not the candidate, not the boardroom.
      interviewers: ['Marcus Lee'],
      organizer: 'Priya Raman',
      cancelled: false,
      warnings: [],
    });
  });

  it('reads an Outlook/Teams invitation: Windows zone from its VTIMEZONE, folded Teams link, room left out', () => {
    const plan = only(fixture('outlook-teams.ics'), me);
    const link =
      'https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjI4MjE4M2ItNDUyYS00YWI2LThhNTctZDVkOWFkYWE1MGE2%40thread.v2/0?context=%7b%22Tid%22%3a%2265fd19cf-7402-46c7-83f3-2cb1f7973020%22%2c%22Oid%22%3a%22f355917c-3b2e-4bf4-8b9a-60b7da4a19df%22%7d';
    expect(plan).toMatchObject({
      uid: '040000008200E00074C5B7101A82E00800000000A0B1C2D3E4F5D901000000000000000010000000FFF1CA6A3DB924C80043F29DBE84E84',
      sequence: 2,
      company: 'Contoso',
      role: 'Staff Data Engineer',
      round: 'Technical interview',
      // 10:00 in Berlin two days after the switch to summer time (UTC+2).
      scheduledAt: Date.UTC(2026, 2, 31, 8, 0),
      plannedMinutes: 60,
      meetingLink: link,
      meetingUrl: 'teams:19:meeting_nji4mje4m2itnduyys00ywi2lthhntctzdvkowfkywe1mge2@thread.v2',
      interviewers: ['Anna Schmidt', 'Jonas Berger'],
      organizer: 'Talent Team',
      warnings: [],
    });
  });

  it('reads a Zoom invitation: zone from its VTIMEZONE, the link with its pwd exactly as given', () => {
    const plan = only(fixture('zoom.ics'));
    expect(plan).toMatchObject({
      title: 'Product Designer at Globex',
      company: 'Globex',
      role: 'Product Designer',
      round: '',
      // 14:00 in New York, two days after the return to standard time (UTC-5).
      scheduledAt: Date.UTC(2026, 10, 3, 19, 0),
      plannedMinutes: 30,
      meetingLink: 'https://us02web.zoom.us/j/81234567890?pwd=aBcDeFgHiJkLmNoPqRsTuVwXyZ.1',
      meetingUrl: 'zoom:81234567890',
      interviewers: [],
      warnings: [],
    });
  });

  it('without the candidate’s address, keeps every person but the organizer', () => {
    expect(only(fixture('google-meet.ics')).interviewers).toEqual(['Marcus Lee', 'Sam Candidate']);
  });

  it('names the people outside the organizer’s domain (usually the candidate) for the import to leave unticked', () => {
    expect(only(fixture('google-meet.ics')).outsiders).toEqual(['Sam Candidate']);
    expect(only(fixture('outlook-teams.ics')).outsiders).toEqual(['Sam Candidate']);
    // Everyone outside (an organizer on a personal address): nothing to tell apart.
    const all = only(
      calendar(
        'UID:a',
        'DTSTART:20260105T090000Z',
        'ORGANIZER;CN=Rec:mailto:rec@gmail.example',
        'ATTENDEE;CN=Ann:mailto:ann@acme.example',
        'ATTENDEE;CN=Bo:mailto:bo@acme.example',
      ),
    );
    expect(all.interviewers).toEqual(['Ann', 'Bo']);
    expect(all.outsiders).toEqual([]);
  });

  it('gives the plan’s fields: the link as given (pwd kept), the UID and SEQUENCE to update it by', () => {
    expect(planInputOf(only(fixture('zoom.ics')))).toEqual({
      company: 'Globex',
      role: 'Product Designer',
      round: '',
      scheduledAt: Date.UTC(2026, 10, 3, 19, 0),
      plannedMinutes: 30,
      meetingUrl: 'https://us02web.zoom.us/j/81234567890?pwd=aBcDeFgHiJkLmNoPqRsTuVwXyZ.1',
      interviewers: [],
      uid: '20261020T141500Z-81234567890@fe80:0:0:0:1234:5678:9abc:def0ens3',
      sequence: 0,
    });
  });
});

describe('plansFromIcs: times, lengths and events', () => {
  it('reads a TZID without VTIMEZONE through the platform’s zone data', () => {
    const plan = only(calendar('UID:a', 'DTSTART;TZID=Asia/Tokyo:20260105T090000', 'DURATION:PT1H30M'));
    expect(plan.scheduledAt).toBe(Date.UTC(2026, 0, 5, 0, 0));
    expect(plan.plannedMinutes).toBe(90);
  });

  it('reads a floating time as local time, and an unknown zone as local with a warning', () => {
    const floating = only(calendar('UID:a', 'DTSTART:20260105T090000', 'DTEND:20260105T093000'));
    expect(floating.scheduledAt).toBe(new Date(2026, 0, 5, 9, 0).getTime());
    expect(floating.warnings.map((w) => w.messageKey)).toEqual(['icsWarningFloatingTime', 'icsWarningNoLink']);
    const unknown = only(calendar('UID:a', 'DTSTART;TZID=Mars Standard Time:20260105T090000'));
    expect(unknown.scheduledAt).toBe(new Date(2026, 0, 5, 9, 0).getTime());
    expect(unknown.warnings).toContainEqual({
      messageKey: 'icsWarningUnknownTimeZone',
      substitutions: ['Mars Standard Time'],
    });
    expect(unknown.warnings.map((w) => w.messageKey)).toContain('icsWarningNoLength');
  });

  it('says what is missing: no start, all day, no link', () => {
    const bare = only(calendar('UID:a', 'SUMMARY:Chat'));
    expect(bare.scheduledAt).toBeUndefined();
    expect(bare.warnings.map((w) => w.messageKey)).toEqual([
      'icsWarningNoStart',
      'icsWarningNoLength',
      'icsWarningTitleNotSplit',
      'icsWarningNoLink',
    ]);
    const allDay = only(calendar('UID:a', 'DTSTART;VALUE=DATE:20260105', 'DTEND;VALUE=DATE:20260106'));
    expect(allDay.warnings.map((w) => w.messageKey)).toContain('icsWarningAllDay');
    expect(allDay.plannedMinutes).toBeUndefined();
  });

  it('returns every event of a file, so the user can pick one; a cancellation says so', () => {
    const ics = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'METHOD:CANCEL',
      'BEGIN:VEVENT',
      'UID:one',
      'SUMMARY:Acme | Engineer',
      'DTSTART:20260105T090000Z',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:two',
      'SUMMARY:Globex - Recruiter screen',
      'DTSTART:20260106T090000Z',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    const result = plansFromIcs(ics);
    if (!result.ok) throw new Error(result.error.messageKey);
    expect(result.candidates.map((c) => [c.uid, c.company, c.role, c.round, c.cancelled])).toEqual([
      ['one', 'Acme', 'Engineer', '', true],
      ['two', 'Globex', '', 'Recruiter screen', true],
    ]);
  });

  it('unescapes text and picks the meeting link over help links, wherever it is', () => {
    const plan = only(
      calendar(
        'UID:a',
        'DTSTART:20260105T090000Z',
        'SUMMARY:Acme\\, Inc. | Data Analyst',
        'LOCATION:Room 4',
        'URL:https://jobs.acme.example/interview/1',
        'DESCRIPTION:Help: https://support.google.com/a/users/answer/9282720\\nJoin: https://acme.zoom.us/j/9876543',
        ' 210?pwd=x.1.',
      ),
    );
    expect(plan.company).toBe('Acme, Inc.');
    expect(plan.meetingLink).toBe('https://acme.zoom.us/j/9876543210?pwd=x.1');
    expect(pickMeetingLink(['Room 4', 'see https://jobs.acme.example/i/1.'])).toBe('https://jobs.acme.example/i/1');
  });
});

describe('planForInvitation', () => {
  it('finds the plan made from the same UID, and says when the file is an older version', () => {
    const plans = [
      { id: 'p1', uid: 'other', sequence: 0 },
      { id: 'p2', uid: 'abc', sequence: 2 },
    ];
    expect(planForInvitation({ uid: 'abc', sequence: 3 }, plans)).toEqual({ plan: plans[1], stale: false });
    expect(planForInvitation({ uid: 'abc', sequence: 1 }, plans)).toEqual({ plan: plans[1], stale: true });
    expect(planForInvitation({ uid: 'new', sequence: 0 }, plans)).toBeNull();
    expect(planForInvitation({ uid: '', sequence: 0 }, [{ uid: '' }])).toBeNull();
  });
});

describe('plansFromIcs: bad files', () => {
  it('says a file is not a calendar, or holds no event, instead of throwing', () => {
    expect(plansFromIcs('hello')).toEqual({ ok: false, error: { messageKey: 'icsErrorUnreadable' } });
    expect(plansFromIcs('BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n')).toEqual({
      ok: false,
      error: { messageKey: 'icsErrorUnreadable' },
    });
    expect(plansFromIcs('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n')).toEqual({
      ok: false,
      error: { messageKey: 'icsErrorNoEvent' },
    });
  });
});

describe('splitInvitationTitle', () => {
  it.each([
    ['Interview: Senior Engineer – Acme', { company: 'Acme', role: 'Senior Engineer', round: 'Interview' }],
    ['Acme | Senior Engineer', { company: 'Acme', role: 'Senior Engineer', round: '' }],
    ['Staff Engineer at Initech', { company: 'Initech', role: 'Staff Engineer', round: '' }],
    ['Acme - Product Manager - Onsite', { company: 'Acme', role: 'Product Manager', round: 'Onsite' }],
    ['Phone screen: Acme | Designer', { company: 'Acme', role: 'Designer', round: 'Phone screen' }],
    ['Backend Developer — Hooli', { company: 'Hooli', role: 'Backend Developer', round: '' }],
  ])('%s', (summary, parts) => {
    expect(splitInvitationTitle(summary)).toEqual(parts);
  });

  it('gives up where company and role cannot be told apart', () => {
    for (const summary of ['Catch-up', 'Interview', 'Chat with Jane', 'a - b - c - d']) {
      expect(splitInvitationTitle(summary)).toBeNull();
    }
  });
});

describe('planFromInvitationText', () => {
  it('reads a pasted Outlook email: subject, When with offset and range, Teams link', () => {
    const text = [
      'Subject: Contoso | Staff Data Engineer | Technical interview',
      'When: Tuesday, March 31, 2026 10:00 AM-11:00 AM (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna.',
      'Where: Microsoft Teams Meeting',
      '',
      'Join on your computer, mobile app or room device',
      'Click here to join the meeting <https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0?context=x>',
      'Learn More <https://aka.ms/JoinTeamsMeeting>',
    ].join('\n');
    const result = planFromInvitationText(text);
    if (!result.ok) throw new Error(result.error.messageKey);
    expect(result.result.found).toEqual(['title', 'time', 'length', 'link']);
    expect(result.result.candidate).toMatchObject({
      company: 'Contoso',
      role: 'Staff Data Engineer',
      scheduledAt: Date.UTC(2026, 2, 31, 9, 0),
      plannedMinutes: 60,
      meetingLink: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0?context=x',
      warnings: [],
    });
  });

  it('reads a Google-style line without an offset as local time, and says so', () => {
    const result = planFromInvitationText(
      'Acme interview\nTuesday 3 March 2026 ⋅ 2:30pm – 3:15pm\nhttps://meet.google.com/abc-defg-hij',
    );
    if (!result.ok) throw new Error(result.error.messageKey);
    expect(result.result.found).toEqual(['time', 'length', 'link']);
    expect(result.result.candidate.scheduledAt).toBe(new Date(2026, 2, 3, 14, 30).getTime());
    expect(result.result.candidate.plannedMinutes).toBe(45);
    expect(result.result.candidate.meetingUrl).toBe('meet:abc-defg-hij');
    expect(result.result.candidate.warnings.map((w) => w.messageKey)).toEqual(['icsWarningFloatingTime']);
  });

  it('is honest about a text with nothing in it', () => {
    expect(planFromInvitationText('See you soon!')).toEqual({
      ok: false,
      error: { messageKey: 'invitationErrorNothingFound' },
    });
    const linkOnly = planFromInvitationText('join https://us02web.zoom.us/j/81234567890?pwd=abc');
    expect(linkOnly.ok && linkOnly.result.found).toEqual(['link']);
    expect(linkOnly.ok && linkOnly.result.candidate.warnings.map((w) => w.messageKey)).toEqual(['icsWarningNoStart']);
  });
});
