// Generated Starboard data for e2e tests and benchmarks, and a way to call the typed API from an extension page.

/**
 * A valid Starboard backup with `entries` journal entries and `stories` stories, deterministic for a seed.
 * Self-contained (no outer references) so it can also run inside a page through `page.evaluate`.
 * @param {{ entries: number, stories: number, seed?: number, now?: number }} options
 */
export function makeJournalBackup({ entries, stories, seed = 1, now = Date.UTC(2026, 10, 1) }) {
  let state = seed;
  const random = () => {
    state = (state + 0x6d2b79f5) | 0;
    let r = Math.imul(state ^ (state >>> 15), 1 | state);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
  const pick = (list) => list[Math.floor(random() * list.length)];
  const DAY = 24 * 60 * 60 * 1000;
  const WORDS = (
    'migration latency rollout incident kubernetes kafka roadmap mentoring conflict ownership pipeline budget ' +
    'customer launch outage postgres caching design review hiring onboarding experiment metrics dashboard ' +
    'refactor deadline stakeholder negotiation prototype compliance security audit scaling sharding search ' +
    'ranking pricing billing payments mobile android frontend backend platform reliability observability'
  ).split(' ');
  const COMPETENCIES = [
    'leadership',
    'technical-problem-solving',
    'conflict-resolution',
    'innovation',
    'failure-recovery',
    'collaboration',
    'communication',
    'ownership-delivery',
    'ambiguity',
    'customer-focus',
    'mentoring',
    'influence',
  ];
  const COMPANIES = Array.from(
    { length: 120 },
    (_, i) =>
      `${pick(['Acme', 'Globex', 'Initech', 'Umbrella', 'Northwind', 'Contoso', 'Hooli', 'Stark', 'Wayne', 'Tyrell'])} ${['Labs', 'Systems', 'Robotics', 'Cloud', 'Health', 'Pay'][i % 6]} ${i}`,
  );
  const ROUNDS = ['Recruiter screen', 'Hiring manager', 'Technical screen', 'Onsite 1', 'Onsite 2', 'Final'];
  const OUTCOMES = ['pending', 'advanced', 'rejected', 'offer', 'withdrawn'];
  const SELF_CALLS = ['strong-no-hire', 'no-hire', 'hire', 'strong-hire'];
  // A long tail, as in real notes: made-up words of three syllables, a few frequent, most rare (Zipf-like).
  const SYLLABLES = 'ba ko ri ta ne lu mi so da ve zan fi go hu pe ra ti mo ke li'.split(' ');
  const RARE = Array.from({ length: 8000 }, (_, i) =>
    [i % 20, Math.floor(i / 20) % 20, Math.floor(i / 400) % 20].map((s) => SYLLABLES[s]).join(''),
  );
  const word = () => (random() < 0.6 ? pick(WORDS) : RARE[Math.floor(RARE.length * random() ** 3)]);
  const sentence = (n) => Array.from({ length: n }, word).join(' ');

  const storyRows = Array.from({ length: stories }, (_, i) => ({
    id: `story-${i}`,
    title: `Story ${i}: ${sentence(3)}`,
    hook: sentence(8),
    situation: sentence(25),
    task: sentence(15),
    action: sentence(40),
    result: sentence(20),
    resultMetrics: `${Math.floor(random() * 90) + 5}% better`,
    competencies: [pick(COMPETENCIES), pick(COMPETENCIES)].filter((c, j, all) => all.indexOf(c) === j),
    strength: 1 + Math.floor(random() * 5),
    domain: pick(['Payments', 'Search', 'Infra', 'Mobile', 'Data']),
    archived: 0,
    sample: 0,
    createdAt: now - 400 * DAY,
    updatedAt: now - 30 * DAY,
  }));

  const journal = Array.from({ length: entries }, (_, i) => {
    const company = COMPANIES[i % COMPANIES.length];
    const roundIndex = Math.floor(i / COMPANIES.length) % ROUNDS.length;
    const date = now - Math.floor(random() * 720) * DAY - Math.floor(random() * DAY);
    const told =
      stories === 0 ? [] : [`story-${Math.floor(random() * stories)}`, `story-${Math.floor(random() * stories)}`];
    const storiesUsed = told.filter((id, j) => told.indexOf(id) === j);
    const checklist = ['fit', 'standout-story', 'next-steps', 'thanks'].map((itemId) => {
      const checked = random() < 0.6;
      return checked
        ? { itemId, label: `Item ${itemId}`, checked, at: date + 40 * 60000 }
        : { itemId, label: `Item ${itemId}`, checked };
    });
    return {
      id: `entry-${String(i).padStart(6, '0')}`,
      company,
      role: pick(['Staff Engineer', 'Senior Engineer', 'Engineering Manager']),
      round: ROUNDS[roundIndex],
      platform: pick(['meet', 'zoom', 'teams']),
      date,
      durationMinutes: 30 + Math.floor(random() * 30),
      questions: [
        { text: `Tell me about ${sentence(4)}`, storyId: storiesUsed[0] },
        { text: `How would you handle ${sentence(3)}?` },
      ].map((q) => (q.storyId ? q : { text: q.text })),
      storiesUsed,
      ratings: [
        { competency: pick(COMPETENCIES), score: 1 + Math.floor(random() * 4), evidence: sentence(10) },
        { competency: pick(COMPETENCIES), score: 1 + Math.floor(random() * 4), evidence: sentence(8) },
      ].filter((r, j, all) => all.findIndex((o) => o.competency === r.competency) === j),
      selfCall: pick(SELF_CALLS),
      wentWell: sentence(20),
      improve: sentence(15),
      reflections: sentence(20),
      signals: sentence(12),
      followUps: [{ text: 'Send a thank-you note', due: date + DAY, done: random() < 0.7 }],
      outcome: pick(OUTCOMES),
      compensationNotes: random() < 0.3 ? `Band L${5 + Math.floor(random() * 3)}` : '',
      checklist,
      draft: random() < 0.02 ? 1 : 0,
      createdAt: date + 60 * 60000,
      updatedAt: date + 2 * 60 * 60000,
    };
  });

  return {
    format: 'starboard-backup',
    version: 1,
    exportedAt: now,
    tables: { stories: storyRows, interviews: [], calls: [], journal, practice: [], settings: [] },
  };
}

/** A backup with nothing in it: restoring it with "replace" empties Starboard, through the normal import path. */
export function emptyBackup(now = Date.now()) {
  return {
    format: 'starboard-backup',
    version: 1,
    exportedAt: now,
    tables: { stories: [], interviews: [], calls: [], journal: [], practice: [], settings: [] },
  };
}
