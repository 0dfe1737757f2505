import fc from 'fast-check';
import { STANDARD_COMPETENCIES } from '@/utils/model';
import { competencyFromText } from '@/utils/stories/competencies';
import { type ExportedStory, storiesMarkdown, storyMarkdown } from '@/utils/stories/export-notes';
import { importStoriesFromNotes } from '@/utils/stories/import-notes';

function reimport(stories: readonly ExportedStory[]): ExportedStory[] {
  const result = importStoriesFromNotes(storiesMarkdown(stories), 'md');
  if (!result.ok) throw new Error(result.error.messageKey);
  return result.candidates.map((c) => c.story);
}

/** Text as a person types it, with the characters Markdown and the importer treat specially mixed in. */
const tricky = fc.constantFrom(
  'Situation:',
  'S: ',
  '**Task:**',
  '- Action: ',
  '## ',
  '# ',
  '<!-- ',
  ' -->',
  '\\',
  '*',
  '_',
  '`',
  '[x]',
  '<b>',
  '&amp;',
  '1. ',
  '- ',
  '    ',
  '\t',
  'Tags: a, b',
  ',',
  ';',
  '|',
  '#tag',
  '\n',
  '\n\n',
  'Title: ',
  'é',
  '😀',
);
const textPart = fc
  .array(fc.oneof(fc.string({ maxLength: 12 }), tricky), { maxLength: 8 })
  .map((pieces) => pieces.join('').replace(/\r/g, '').trim());
const title = fc
  .array(fc.oneof(fc.string({ minLength: 1, maxLength: 10 }), tricky), { minLength: 1, maxLength: 5 })
  .map((pieces) => pieces.join('').replace(/\s+/g, ' ').trim())
  .filter(Boolean);
/** User labels as the app stores them: trimmed, single-spaced, and not a standard competency in disguise. */
const ownLabel = fc
  .array(fc.oneof(fc.string({ minLength: 1, maxLength: 8 }), tricky), { minLength: 1, maxLength: 3 })
  .map((pieces) => pieces.join('').replace(/\s+/g, ' ').trim())
  .filter((label) => label !== '' && competencyFromText(label) === label);
const competencies = fc
  .array(fc.oneof(fc.constantFrom(...STANDARD_COMPETENCIES), ownLabel), { maxLength: 5 })
  .map((list) => list.filter((c, i) => list.findIndex((d) => d.toLowerCase() === c.toLowerCase()) === i));
const story: fc.Arbitrary<ExportedStory> = fc.record({
  title,
  situation: textPart,
  task: textPart,
  action: textPart,
  result: textPart,
  competencies,
});

describe('storiesMarkdown', () => {
  it('writes the shape the importer reads best', () => {
    expect(
      storyMarkdown({
        title: 'Led the *billing* migration',
        situation: 'Old monolith.\nTask: not a label',
        task: '',
        action: '- one\n- two',
        result: 'Done.',
        competencies: ['leadership', 'Billing, invoicing'],
      }),
    ).toBe(
      [
        '## Led the \\*billing\\* migration',
        '',
        '**Situation:** Old monolith.',
        'Task\\: not a label',
        '',
        '**Task:**',
        '',
        '**Action:** \\- one',
        '\\- two',
        '',
        '**Result:** Done.',
        '',
        '**Competencies:** Leadership, Billing\\, invoicing',
        '',
      ].join('\n'),
    );
  });

  it('round-trips: import(export(stories)) gives back title, S/T/A/R and competencies', () => {
    fc.assert(
      fc.property(fc.array(story, { minLength: 1, maxLength: 4 }), (stories) => {
        expect(reimport(stories)).toEqual(stories);
      }),
      { numRuns: 300 },
    );
  });

  it('round-trips the fixture stories after a first import', () => {
    const first = importStoriesFromNotes('## A\n**Situation:** x\n- y\n**Tags:** mentoring, own tag\n## B\nS: z', 'md');
    if (!first.ok) throw new Error(first.error.messageKey);
    const stories = first.candidates.map((c) => c.story);
    expect(reimport(stories)).toEqual(stories);
  });
});
