import { companyKey, retellWarnings } from '@/utils/plans/retell';
import { DAY, makeCall, makeJournalEntry, makePlan, NOW, toldEvents } from '../fixtures';

/** A final round at Acme on NOW, pinning two stories, and an earlier screen at the same company. */
function loop() {
  const plan = makePlan({
    id: 'final',
    company: 'Acme Corp',
    round: 'Final',
    scheduledAt: NOW,
    pinnedStoryIds: ['s-lead', 's-fail'],
  });
  const screen = makePlan({
    id: 'screen',
    company: '  acme   CORP ',
    round: 'Phone screen',
    scheduledAt: NOW - 20 * DAY,
  });
  return { plan, screen };
}

describe('retellWarnings', () => {
  it('warns about a pinned story told in a call for an earlier round at the same company', () => {
    const { plan, screen } = loop();
    const call = makeCall({ interviewId: screen.id, events: toldEvents('s-lead', NOW - 20 * DAY) });
    expect(retellWarnings({ interview: plan, interviews: [plan, screen], calls: [call], journal: [] })).toEqual([
      { storyId: 's-lead', earlierInterviewId: 'screen', round: 'Phone screen', at: NOW - 20 * DAY },
    ]);
  });

  it('warns about a pinned story listed as used in a journal entry for an earlier round', () => {
    const { plan, screen } = loop();
    const entry = makeJournalEntry({ interviewId: screen.id, date: NOW - 19 * DAY, storiesUsed: ['s-fail', 'other'] });
    expect(retellWarnings({ interview: plan, interviews: [plan, screen], calls: [], journal: [entry] })).toEqual([
      { storyId: 's-fail', earlierInterviewId: 'screen', round: 'Phone screen', at: NOW - 19 * DAY },
    ]);
  });

  it('ignores other companies, unpinned stories, unbound calls and other events', () => {
    const { plan } = loop();
    const elsewhere = makePlan({ id: 'globex', company: 'Globex', scheduledAt: NOW - 10 * DAY });
    const acme = makePlan({ id: 'acme-2', company: 'Acme Corp', scheduledAt: NOW - 10 * DAY });
    const calls = [
      makeCall({ interviewId: elsewhere.id, events: toldEvents('s-lead', NOW - 10 * DAY) }),
      makeCall({ interviewId: acme.id, events: toldEvents('not-pinned', NOW - 10 * DAY) }),
      makeCall({ events: toldEvents('s-lead', NOW - 10 * DAY) }),
      makeCall({
        interviewId: acme.id,
        events: [{ type: 'question-captured', at: NOW - 10 * DAY, text: 'Tell me about s-lead' }],
      }),
    ];
    const journal = [makeJournalEntry({ company: 'Acme Corp', date: NOW - 10 * DAY, storiesUsed: ['s-lead'] })];
    expect(retellWarnings({ interview: plan, interviews: [plan, elsewhere, acme], calls, journal })).toEqual([]);
  });

  it('ignores the plan’s own calls and journal entries', () => {
    const { plan, screen } = loop();
    const calls = [makeCall({ interviewId: plan.id, events: toldEvents('s-lead', NOW - 5 * DAY) })];
    const journal = [makeJournalEntry({ interviewId: plan.id, date: NOW - 5 * DAY, storiesUsed: ['s-fail'] })];
    expect(retellWarnings({ interview: plan, interviews: [plan, screen], calls, journal })).toEqual([]);
  });

  it('only counts tellings before this plan’s date', () => {
    const { plan, screen } = loop();
    const calls = [makeCall({ interviewId: screen.id, events: toldEvents('s-lead', NOW, NOW + DAY) })];
    const journal = [makeJournalEntry({ interviewId: screen.id, date: NOW + 2 * DAY, storiesUsed: ['s-fail'] })];
    expect(retellWarnings({ interview: plan, interviews: [plan, screen], calls, journal })).toEqual([]);
  });

  it('falls back to now when the plan has no date', () => {
    const { plan, screen } = loop();
    const undated = { ...plan, scheduledAt: undefined };
    const calls = [makeCall({ interviewId: screen.id, events: toldEvents('s-lead', NOW - DAY) })];
    const args = { interview: undated, interviews: [undated, screen], calls, journal: [] };
    expect(retellWarnings({ ...args, now: NOW })).toHaveLength(1);
    expect(retellWarnings({ ...args, now: NOW - 2 * DAY })).toEqual([]);
  });

  it('reports each story once per earlier round, with the latest telling', () => {
    const { plan, screen } = loop();
    const calls = [makeCall({ interviewId: screen.id, events: toldEvents('s-lead', NOW - 21 * DAY, NOW - 20 * DAY) })];
    const journal = [makeJournalEntry({ interviewId: screen.id, date: NOW - 18 * DAY, storiesUsed: ['s-lead'] })];
    expect(retellWarnings({ interview: plan, interviews: [plan, screen], calls, journal })).toEqual([
      { storyId: 's-lead', earlierInterviewId: 'screen', round: 'Phone screen', at: NOW - 18 * DAY },
    ]);
  });

  it('orders warnings by the plan’s pinned order, then by date', () => {
    const { plan, screen } = loop();
    const techScreen = makePlan({ id: 'tech', company: 'ACME CORP', round: 'Tech screen' });
    const calls = [
      makeCall({ interviewId: techScreen.id, events: toldEvents('s-fail', NOW - 5 * DAY) }),
      makeCall({ interviewId: techScreen.id, events: toldEvents('s-lead', NOW - 6 * DAY) }),
      makeCall({ interviewId: screen.id, events: toldEvents('s-lead', NOW - 20 * DAY) }),
    ];
    const warnings = retellWarnings({ interview: plan, interviews: [screen, plan, techScreen], calls, journal: [] });
    expect(warnings.map((w) => [w.storyId, w.earlierInterviewId])).toEqual([
      ['s-lead', 'screen'],
      ['s-lead', 'tech'],
      ['s-fail', 'tech'],
    ]);
  });

  it('does not treat blank company names as one company', () => {
    const plan = makePlan({ id: 'a', company: ' ', scheduledAt: NOW, pinnedStoryIds: ['s'] });
    const other = makePlan({ id: 'b', company: '', round: 'Screen' });
    const calls = [makeCall({ interviewId: other.id, events: toldEvents('s', NOW - DAY) })];
    expect(retellWarnings({ interview: plan, interviews: [plan, other], calls, journal: [] })).toEqual([]);
  });
});

describe('companyKey', () => {
  it('ignores case and whitespace', () => {
    expect(companyKey('  Acme\tCorp ')).toBe(companyKey('acmecorp'));
    expect(companyKey('Acme Corp')).not.toBe(companyKey('Acme Inc'));
  });

  it('treats compatibility forms of letters alike', () => {
    expect(companyKey('Ａｃｍｅ')).toBe(companyKey('Acme'));
  });
});
