import { readFileSync } from 'node:fs';
import { BACKUP_LIMITS } from '@/utils/backup/format';
import type { StoryCandidate, StoryImportResult } from '@/utils/stories/import-candidates';
import { importStoriesFromNotes, notesFormatOf } from '@/utils/stories/import-notes';

const fixture = (name: string) => readFileSync(`tests/fixtures/stories/${name}`, 'utf8');

function candidates(result: StoryImportResult): StoryCandidate[] {
  if (!result.ok) throw new Error(`import failed: ${result.error.messageKey}`);
  return result.candidates;
}

describe('importStoriesFromNotes: the three shapes of a notes export', () => {
  const found = candidates(importStoriesFromNotes(fixture('three-shapes.md'), 'md'));

  it('finds three stories, not the document title or its comment', () => {
    expect(found.map((c) => c.story.title)).toEqual([
      'Led the billing migration',
      'Resolved the API ownership dispute',
      'Recovered from a failed launch',
    ]);
    expect(found.map((c) => c.line)).toEqual([6, 22, 31]);
  });

  it('splits bold labels, keeping multi-line parts and bullets as lines', () => {
    const [billing] = found;
    expect(billing!.story).toEqual({
      title: 'Led the billing migration',
      situation: 'Our billing system ran on a 12-year-old monolith that failed\nevery month-end close.',
      task: 'I had to move invoicing to the new platform before the Q3 audit.',
      action:
        '- Mapped the 40 invoice flows with finance\n- Ran old and new side by side for two closes\n- Cut over one region at a time',
      result: 'Month-end close went from 5 days to 1, with zero failed invoices.',
      competencies: ['leadership', 'ownership-delivery', 'Billing'],
    });
    expect(billing!.warnings).toEqual([]);
  });

  it('splits bulleted labels, a continuation line joining its part', () => {
    const dispute = found[1]!.story;
    expect(dispute.situation).toBe("Two teams both claimed the public API and blocked each other's releases.");
    expect(dispute.action).toBe(
      'I wrote up both proposals, ran a one-hour session with the two leads\nand our director, and we agreed on a split by endpoint.',
    );
    expect(dispute.result).toBe('Releases unblocked the same week; no escalations since.');
    expect(dispute.competencies).toEqual(['conflict-resolution', 'influence']);
  });

  it('splits S:/T:/A:/R: prefixes and guesses competencies from the text only when none are listed', () => {
    const launch = found[2]!;
    expect(launch.story.situation).toBe('Our first mobile release crashed on launch for 30% of Android users.');
    expect(launch.story.task).toBe('Get a fix out and win back the trust of the store reviewers.');
    expect(launch.story.action).toBe(
      'Rolled back within the hour, added crash reporting, wrote a\npost-mortem with the team.',
    );
    expect(launch.story.result).toBe('The fixed release reached a 4.6 rating; crash-free sessions at 99.8%.');
    expect(launch.story.competencies).toEqual([]);
  });
});

describe('importStoriesFromNotes: plain text and other shapes', () => {
  it('reads a .txt of S:-prefixed stories, each under a title line', () => {
    const found = candidates(importStoriesFromNotes(fixture('s-prefixes.txt'), 'txt'));
    expect(found.map((c) => c.story.title)).toEqual(['Led the billing migration', 'Mentored two junior engineers']);
    expect(found[0]!.story.competencies).toEqual(['leadership', 'billing']);
    expect(found[1]!.story.result).toBe('Both owned a feature by week ten.');
    // "Mentored" is not "mentoring": no listed tags and no competency named in the text.
    expect(found[1]!.story.competencies).toEqual([]);
  });

  it('reads labels in any case and spelling, and ### Situation sub-headings', () => {
    const md = [
      '## One',
      '### Situation',
      'A hard spot.',
      '### Task',
      'The job.',
      '**ACTION**: did it',
      '__result:__ won',
      '',
      '## Two',
      '* situation: x',
      '1. Task: y',
    ].join('\n');
    const found = candidates(importStoriesFromNotes(md, 'md'));
    expect(found.map((c) => [c.story.title, c.story.situation, c.story.task, c.story.action, c.story.result])).toEqual([
      ['One', 'A hard spot.', 'The job.', 'did it', 'won'],
      ['Two', 'x', 'y', '', ''],
    ]);
  });

  it('puts a story with no labels in Situation whole, and says so', () => {
    const found = candidates(
      importStoriesFromNotes('## Onboarding rewrite\n\nI rewrote onboarding.\n\nIt worked.', 'md'),
    );
    expect(found[0]!.story.situation).toBe('I rewrote onboarding.\n\nIt worked.');
    expect(found[0]!.warnings.map((w) => w.messageKey)).toEqual(['importStoryWarningNoLabels']);
  });

  it('titles a story found without a title from its first words, and says so', () => {
    const found = candidates(
      importStoriesFromNotes('S: We lost our biggest customer in March\nR: Won them back', 'txt'),
    );
    expect(found[0]!.story.title).toBe('We lost our biggest customer in March Won');
    expect(found[0]!.warnings.map((w) => w.messageKey)).toContain('importStoryWarningNoTitle');
  });

  it('starts a new story where a part comes again', () => {
    const found = candidates(importStoriesFromNotes('S: one\nR: done\nS: two\nR: done too', 'txt'));
    expect(found.map((c) => c.story.situation)).toEqual(['one', 'two']);
  });

  it('maps competency words in the text when no Tags line is given, and tells the user', () => {
    const found = candidates(
      importStoriesFromNotes('## Team rescue\nSituation: A conflict resolution case that needed leadership.', 'md'),
    );
    expect(found[0]!.story.competencies).toEqual(['leadership', 'conflict-resolution']);
    expect(found[0]!.warnings.map((w) => w.messageKey)).toContain('importStoryWarningCompetenciesGuessed');
  });

  it('reads #hashtags and keeps unknown tags as the user’s own', () => {
    const found = candidates(importStoriesFromNotes('## X\nS: y\nTags: #mentoring #Side-project', 'md'));
    expect(found[0]!.story.competencies).toEqual(['mentoring', 'Side-project']);
  });

  it('decodes Markdown escapes in .md but not in .txt', () => {
    expect(candidates(importStoriesFromNotes('## A\\_B\nS: 5 \\* 3', 'md'))[0]!.story).toMatchObject({
      title: 'A_B',
      situation: '5 * 3',
    });
    expect(candidates(importStoriesFromNotes('## A\\_B\nS: C:\\temp', 'txt'))[0]!.story.situation).toBe('C:\\temp');
  });
});

describe('importStoriesFromNotes: duplicates, limits and bad files', () => {
  it('flags a story whose title is already in the library, and one repeated in the file', () => {
    const found = candidates(
      importStoriesFromNotes('## Led  the billing migration\nS: a\n## New one\nS: b\n## new ONE\nS: c', 'md', {
        existing: [{ id: 's1', title: 'Led the billing migration' }],
      }),
    );
    expect(found.map((c) => c.duplicateOf)).toEqual(['s1', undefined, undefined]);
    expect(found.map((c) => c.warnings.map((w) => w.messageKey))).toEqual([
      ['importStoryWarningDuplicate'],
      [],
      ['importStoryWarningDuplicateInFile'],
    ]);
  });

  it('makes an over-long part an error of that story, not a cut', () => {
    const long = 'x'.repeat(BACKUP_LIMITS.textChars + 1);
    const found = candidates(importStoriesFromNotes(`## Fine\nS: ok\n## Too long\nS: ${long}`, 'md'));
    expect(found[0]!.error).toBeUndefined();
    expect(found[1]!.error).toEqual({
      messageKey: 'importStoryErrorTooLong',
      substitutions: ['Situation', String(BACKUP_LIMITS.textChars)],
    });
    expect(found[1]!.story.situation).toHaveLength(BACKUP_LIMITS.textChars + 1);
  });

  it('says a file holds no story instead of throwing', () => {
    for (const text of ['', '   \n\n', '# Just a title\n', '<!-- nothing -->']) {
      expect(importStoriesFromNotes(text, 'md')).toEqual({
        ok: false,
        error: { messageKey: 'importStoriesErrorNone' },
      });
    }
  });

  it('refuses a file over the size limit before reading it', () => {
    const result = importStoriesFromNotes('x'.repeat(BACKUP_LIMITS.fileBytes + 1), 'txt');
    expect(result.ok === false && result.error.messageKey).toBe('importErrorTooLarge');
  });

  it('knows which files it reads', () => {
    expect(['a.md', 'B.MARKDOWN', 'c.txt', 'd.csv', 'e'].map(notesFormatOf)).toEqual(['md', 'md', 'txt', null, null]);
  });
});

describe('importStoriesFromNotes: line endings', () => {
  it('reads Windows line endings like any others', () => {
    const crlf = candidates(importStoriesFromNotes(fixture('s-prefixes.txt').replace(/\n/g, '\r\n'), 'txt'));
    const lf = candidates(importStoriesFromNotes(fixture('s-prefixes.txt'), 'txt'));
    expect(crlf.map((c) => c.story)).toEqual(lf.map((c) => c.story));
  });
});
