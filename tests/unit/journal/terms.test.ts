import { journalTerms, MAX_TERM_LENGTH, MAX_TERMS, queryTerms } from '@/utils/journal/terms';
import { makeEntry } from '../backup/fixtures';

function entryWith(text: string) {
  return makeEntry({
    company: '',
    role: '',
    round: '',
    questions: [],
    wentWell: text,
    improve: '',
    reflections: '',
    signals: '',
    followUps: [],
    compensationNotes: '',
    ratings: [],
  });
}

describe('journalTerms', () => {
  it('takes words from every indexed field', () => {
    const terms = journalTerms(
      makeEntry({
        company: 'Acme',
        role: 'Staffer',
        round: 'Onsite',
        questions: [{ text: 'Quasar question' }],
        wentWell: 'wellword',
        improve: 'improveword',
        reflections: 'reflectword',
        signals: 'signalword',
        followUps: [{ text: 'followword', done: false }],
        compensationNotes: 'compword',
        ratings: [{ competency: 'leadership', score: 2, evidence: 'evidenceword' }],
      }),
    );
    for (const word of ['acme', 'staffer', 'onsite', 'quasar', 'question', 'wellword', 'improveword']) {
      expect(terms).toContain(word);
    }
    for (const word of ['reflectword', 'signalword', 'followword', 'compword', 'evidenceword']) {
      expect(terms).toContain(word);
    }
  });

  it('lower-cases, de-duplicates, drops one-letter words and splits on punctuation', () => {
    expect(journalTerms(entryWith('The API, the api; THE Api. A b c — node.js e-mail 42 7'))).toEqual([
      'the',
      'api',
      'node',
      'js',
      'mail',
      '42',
    ]);
  });

  it('is Unicode-aware and folds accents and compatibility forms', () => {
    const terms = journalTerms(entryWith('Zürich RÉSUMÉ naïve İstanbul 面接 Ｆｕｌｌ ﬁnance Москва'));
    expect(terms).toEqual(['zurich', 'resume', 'naive', 'istanbul', '面接', 'full', 'finance', 'москва']);
  });

  it('cuts very long words', () => {
    const [term] = journalTerms(entryWith('x'.repeat(10_000)));
    expect(term).toHaveLength(MAX_TERM_LENGTH);
  });

  it('caps the number of terms of a huge entry', () => {
    const words = Array.from({ length: 50_000 }, (_, i) => `w${i.toString(36)}`).join(' ');
    const terms = journalTerms(entryWith(words));
    expect(terms).toHaveLength(MAX_TERMS);
    expect(terms[0]).toBe('w0');
  });
});

describe('queryTerms', () => {
  it('normalises like the index', () => {
    expect(queryTerms('  Zürich  résumé ')).toEqual(['zurich', 'resume']);
  });

  it('drops one-letter words and words implied by a longer one', () => {
    expect(queryTerms('a inter interview INTERVIEW kafka')).toEqual(['interview', 'kafka']);
  });

  it('cuts long words like the index, so they still match', () => {
    const long = 'y'.repeat(100);
    expect(queryTerms(long)).toEqual(journalTerms(entryWith(long)));
  });

  it('is empty for punctuation-only input', () => {
    expect(queryTerms('— … !!! ?')).toEqual([]);
  });
});
