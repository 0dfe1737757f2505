import fc from 'fast-check';
import { csvField, journalCsv, parseCsv, protectCsvCell, toCsv } from '@/utils/backup/export-csv';
import { makeEntry, makeStory } from './fixtures';

const XSS = '<img src=x onerror=alert(1)>';

describe('csvField', () => {
  it('quotes only when needed, doubling quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
    expect(csvField('')).toBe('');
  });

  it('quotes a semicolon, so semicolon locales cannot split a formula out of it', () => {
    expect(csvField('Acme;=3+3')).toBe('"Acme;=3+3"');
    expect(parseCsv(toCsv([['Acme;=3+3', 'b']]))).toEqual([['Acme;=3+3', 'b']]);
  });

  it.each([
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tTab', "'\tTab"],
    ['\rCR', '"\'\rCR"'],
    ['＝1+1', "'＝1+1"],
    ['=HYPERLINK("http://evil.example","x")', '"\'=HYPERLINK(""http://evil.example"",""x"")"'],
    ['a=1', 'a=1'],
    ["'=already", "'=already"],
  ])('neutralises formula %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});

describe('parseCsv', () => {
  it('reads quoted fields, doubled quotes, CRLF, LF and a BOM', () => {
    expect(parseCsv('\uFEFFa,"b,c","d ""e"""\r\n"f\r\ng",,h\ni\r\n')).toEqual([
      ['a', 'b,c', 'd "e"'],
      ['f\r\ng', '', 'h'],
      ['i'],
    ]);
    expect(parseCsv('')).toEqual([]);
    expect(parseCsv('x')).toEqual([['x']]);
  });

  it('round-trips anything toCsv writes, formula cells protected', () => {
    const cell = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 20 }),
      fc
        .array(fc.constantFrom(',', '"', '\r', '\n', '\r\n', '=', '+', '-', '@', '\t', ' ', 'a', "'"), { maxLength: 8 })
        .map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { maxLength: 6 }), (rows) => {
        expect(parseCsv(toCsv(rows))).toEqual(rows.map((row) => row.map(protectCsvCell)));
      }),
      { numRuns: 500 },
    );
  });
});

describe('journalCsv', () => {
  const stories = [makeStory({ title: `Checkout, "the big one"\n${XSS}` })];
  const entry = makeEntry({
    company: '=cmd|"/c calc"!A1',
    role: 'Staff, Engineer',
    reflections: `Line one\r\nLine "two", with ${XSS}`,
    signals: '-negative vibes',
    questions: [{ text: '@mention?', storyId: 'story-checkout' }],
  });
  const csv = journalCsv([entry, makeEntry({ id: 'second', draft: 1 })], {
    stories,
    formatDate: () => '2026-11-03',
  });
  const rows = parseCsv(csv);

  it('starts with a BOM, has a header row and one row per entry, CRLF-terminated', () => {
    expect(csv.startsWith('\uFEFFId,Date,Company,Role,Round,Platform,Duration (minutes),Outcome,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(rows).toHaveLength(3);
    expect(new Set(rows.map((row) => row.length)).size).toBe(1);
    expect(journalCsv([], { bom: false })).toMatch(/^Id,/);
  });

  it('keeps user text intact but inert', () => {
    const [header, first, second] = rows;
    if (!header || !first || !second) throw new Error('rows missing');
    const column = (name: string) => {
      const index = header.indexOf(name);
      expect(index).toBeGreaterThanOrEqual(0);
      return (row: string[]) => row[index];
    };
    expect(column('Company')(first)).toBe('\'=cmd|"/c calc"!A1');
    expect(column('Role')(first)).toBe('Staff, Engineer');
    expect(column('Reflections')(first)).toBe(`Line one\r\nLine "two", with ${XSS}`);
    expect(column('Signals from the interviewers')(first)).toBe("'-negative vibes");
    expect(column('Stories used')(first)).toBe(`Checkout, "the big one"\n${XSS}`);
    expect(column('Questions asked')(first)).toBe(`'@mention? (story: Checkout, "the big one"\n${XSS})`);
    expect(column('Competency ratings')(first)).toBe(
      'technical-problem-solving: 3 of 4 — Walked through the shadow traffic.',
    );
    expect(column('Follow-ups')(first)).toBe('[ ] Send thank-you note (due 2026-11-03)');
    expect(column('Closing checklist')(first)).toBe('1 of 1 done');
    expect(column('Outcome')(first)).toBe('Advanced');
    expect(column('Draft')(first)).toBe('No');
    expect(column('Draft')(second)).toBe('Yes');
    expect(column('Duration (minutes)')(first)).toBe('47');
    // No cell a spreadsheet would evaluate.
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r＝＋－＠]/);
  });
});
