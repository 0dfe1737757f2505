import { readFileSync } from 'node:fs';
import { importStoriesFromCsv, proposeMapping, readCsv, storiesFromCsv } from '@/utils/stories/import-csv';
import { importStoriesFromNotes } from '@/utils/stories/import-notes';

const fixture = (name: string) => readFileSync(`tests/fixtures/stories/${name}`, 'utf8');

function table(text: string) {
  const read = readCsv(text);
  if (!read.ok) throw new Error(read.error.messageKey);
  return read.table;
}

describe('readCsv and proposeMapping', () => {
  it('detects the header and maps it by name, synonyms included', () => {
    const t = table(fixture('stories.csv'));
    expect(t.header).toEqual(['Title', 'Situation', 'Task', 'Action', 'Result', 'Tags']);
    expect(proposeMapping(t)).toEqual(['title', 'situation', 'task', 'action', 'result', 'competencies']);
    expect(t.rows).toHaveLength(3);
    expect(t.rowLines).toEqual([2, 5, 6]);
    const synonyms = table('Story name;Context;Goal;What I did;Impact;Skills;Notes\na;b;c;d;e;f;g');
    expect(proposeMapping(synonyms)).toEqual(['title', 'situation', 'task', 'action', 'result', 'competencies', null]);
  });

  it('reads a headerless table of five or six columns in the template order, and asks for any other', () => {
    const five = table('Billing,a,b,c,d\n');
    expect(five.header).toBeNull();
    expect(proposeMapping(five)).toEqual(['title', 'situation', 'task', 'action', 'result']);
    expect(proposeMapping(table('x,y\n'))).toEqual([null, null]);
  });

  it('takes the first of two columns with the same name, and keeps a BOM out of the header', () => {
    const t = table('\uFEFFtitle,result,result\nA,one,two');
    expect(t.header![0]).toBe('title');
    expect(proposeMapping(t)).toEqual(['title', 'result', null]);
  });
});

describe('storiesFromCsv', () => {
  it('imports the CSV fixture as the same stories as the Markdown one', () => {
    const result = importStoriesFromCsv(fixture('stories.csv'));
    if (!result.ok) throw new Error(result.error.messageKey);
    const [billing, dispute, launch] = result.candidates.map((c) => c.story);
    expect(billing).toEqual({
      title: 'Led the billing migration',
      situation: 'Our billing system ran on a 12-year-old monolith that failed\nevery month-end close.',
      task: 'I had to move invoicing to the new platform before the Q3 audit.',
      action: '- Mapped the 40 invoice flows with finance\n- Ran old and new side by side for two closes',
      result: 'Month-end close went from 5 days to 1, with zero failed invoices.',
      competencies: ['leadership', 'ownership-delivery', 'Billing'],
    });
    expect(dispute!.action).toBe('I wrote up both proposals and ran a session with the "two leads".');
    expect(dispute!.competencies).toEqual(['conflict-resolution', 'influence']);
    expect(launch!.competencies).toEqual([]);
    const md = importStoriesFromNotes(fixture('three-shapes.md'), 'md');
    if (!md.ok) throw new Error(md.error.messageKey);
    expect(result.candidates.map((c) => c.story.title)).toEqual(md.candidates.map((c) => c.story.title));
  });

  it('applies a user mapping: joins two columns of one part, skips unmapped ones, titles untitled rows', () => {
    const t = table('first,second,ignored\n,only text,x');
    const mapped = storiesFromCsv(t, ['action', 'action', null]);
    if (!mapped.ok) throw new Error(mapped.error.messageKey);
    expect(mapped.candidates.map((c) => c.story.action)).toEqual(['first\n\nsecond', 'only text']);
    expect(mapped.candidates[0]!.warnings.map((w) => w.messageKey)).toEqual(['importStoryWarningNoTitle']);
  });

  it('flags duplicates of the library', () => {
    const result = importStoriesFromCsv(fixture('stories.csv'), { existing: [{ id: 'x', title: 'get a FIX out' }] });
    expect(result.ok && result.candidates.map((c) => c.duplicateOf)).toEqual([undefined, undefined, undefined]);
    const dup = importStoriesFromCsv(fixture('stories.csv'), {
      existing: [{ id: 'x', title: 'recovered from a failed launch' }],
    });
    expect(dup.ok && dup.candidates.map((c) => c.duplicateOf)).toEqual([undefined, undefined, 'x']);
  });
});

describe('bad CSV files', () => {
  it('says which row opens a quote never closed', () => {
    expect(readCsv('title,situation\nA,"never closed\nB,x')).toEqual({
      ok: false,
      error: { messageKey: 'importCsvErrorQuotes', substitutions: ['2'] },
    });
  });

  it('says a file with no story holds none', () => {
    for (const text of ['', '\n\n', ',,,\n', 'title,situation\n']) {
      expect(importStoriesFromCsv(text)).toEqual({ ok: false, error: { messageKey: 'importStoriesErrorNone' } });
    }
  });

  it('asks for a mapping when none is chosen', () => {
    expect(storiesFromCsv(table('x,y\n1,2'), [null, null])).toEqual({
      ok: false,
      error: { messageKey: 'importCsvErrorNothingMapped' },
    });
  });
});
