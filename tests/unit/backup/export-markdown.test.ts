import fc from 'fast-check';
import {
  escapeMarkdownText,
  journalEntryMarkdown,
  journalMarkdown,
  unescapeMarkdownText,
} from '@/utils/backup/export-markdown';
import { makeEntry, makeStory } from './fixtures';

const XSS = '<img src=x onerror=alert(1)>';
const NASTY = [
  XSS,
  '<script>alert(1)</script>',
  '[click](javascript:alert(1))',
  '![x](https://evil.example/track.png)',
  '<https://evil.example>',
  '# Heading\n## Another',
  '- item\n+ item\n* item\n1. item\n2) item',
  '> quote',
  '    indented code',
  '\tTabbed',
  '```js\nalert(1)\n```',
  '`code` **bold** _em_ ~~strike~~ $x^2$',
  '| a | b |\n| --- | --- |',
  'Title\n===',
  'Title\n---',
  '***',
  '&lt; already an entity &amp; &#60;',
  'back\\slash\\',
  '[^1]: footnote',
  'Commas, "quotes", and\r\nCRLF lines',
  'Ümlaut — “quotes” 面接 😀',
];

/**
 * What a CommonMark/GFM renderer could turn into markup: a raw `<` other than our own `<br>`, or a significant
 * character not preceded by an escaping backslash.
 */
function unescapedSpecials(markdown: string): string[] {
  const found: string[] = [];
  const withoutBr = markdown.replace(/<br>/g, '\n');
  if (withoutBr.includes('<')) found.push('<');
  const withoutEntities = withoutBr.replace(/&(?:lt|gt|amp|#32|#9|#13);/g, '');
  if (withoutEntities.includes('&')) found.push('&');
  // Remove escaped pairs first; any significant character left is live.
  const stripped = withoutEntities.replace(/\\[!-/:-@[-`{-~]/g, '');
  for (const char of ['`', '*', '_', '[', ']', '|', '~', '$', '#', '\\', '>']) {
    if (stripped.includes(char)) found.push(char);
  }
  for (const line of withoutBr.split('\n')) {
    if (/^(?:[#+=>-]|\d+[.)]|[ \t])/.test(line)) found.push(`line start: ${line}`);
  }
  return found;
}

describe('escapeMarkdownText', () => {
  it('renders an HTML payload as text', () => {
    const escaped = escapeMarkdownText(XSS);
    expect(escaped).toBe('&lt;img src=x onerror=alert(1)&gt;');
    expect(escaped).not.toMatch(/<img/i);
    expect(unescapeMarkdownText(escaped)).toBe(XSS);
  });

  it.each(NASTY)('keeps %j inert and round-trips it', (text) => {
    for (const lineBreaks of ['keep', 'html'] as const) {
      const escaped = escapeMarkdownText(text, { lineBreaks });
      expect(unescapedSpecials(escaped)).toEqual([]);
      expect(unescapeMarkdownText(escaped)).toBe(text);
    }
  });

  it('escapes block markers only at the start of a line', () => {
    expect(escapeMarkdownText('# a #1 - b')).toBe('\\# a \\#1 - b');
    expect(escapeMarkdownText('- a - b\n+ c')).toBe('\\- a - b\n\\+ c');
    expect(escapeMarkdownText('10. Done\n10.5 percent')).toBe('10\\. Done\n10\\.5 percent');
    expect(escapeMarkdownText('    code')).toBe('&#32;&#32;&#32;&#32;code');
  });

  it('keeps table cells on one line', () => {
    expect(escapeMarkdownText('a|b\nc', { lineBreaks: 'html' })).toBe('a\\|b<br>c');
  });

  it('round-trips any text, in both line-break modes', () => {
    const textArb = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 60 }),
      fc
        .array(
          fc.constantFrom('<', '>', '&', '\\', '`', '*', '_', '#', '|', '\n', '\r', ' ', '\t', '1.', 'a', '&lt;'),
          {
            maxLength: 30,
          },
        )
        .map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(textArb, fc.constantFrom('keep' as const, 'html' as const), (text, lineBreaks) => {
        const escaped = escapeMarkdownText(text, { lineBreaks });
        expect(unescapeMarkdownText(escaped)).toBe(text);
        expect(unescapedSpecials(escaped)).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});

describe('journalEntryMarkdown', () => {
  const stories = [makeStory({ title: `Story with ${XSS}, commas, "quotes"\nand a newline` })];
  const entry = makeEntry({
    company: 'Acme <b>Robotics</b>',
    role: 'Staff | Engineer',
    round: '# Onsite',
    questions: [
      { text: `Why ${XSS}?\nSecond line`, storyId: 'story-checkout' },
      { text: 'Deleted?', storyId: 'gone' },
    ],
    storiesUsed: ['story-checkout'],
    ratings: [{ competency: 'leadership', score: 3, evidence: 'Led | the\nmigration <b>' }],
    reflections: `Line one\n\n${XSS}\n- not a list`,
    followUps: [{ text: 'Send [thanks](javascript:alert(1))', due: Date.UTC(2026, 10, 3, 12), done: true }],
    checklist: [{ itemId: 'a', label: 'Ask *next* steps', checked: false }],
  });
  const markdown = journalEntryMarkdown(entry, { stories, formatDate: () => '2026-11-03' });

  it('has headings, metadata, and every filled section', () => {
    expect(markdown.startsWith('# Acme &lt;b&gt;Robotics&lt;/b&gt; · Staff \\| Engineer · \\# Onsite\n')).toBe(true);
    for (const heading of [
      '## Stories used',
      '## Questions asked',
      '## Competency ratings',
      '## What went well',
      '## What to improve',
      '## Reflections',
      '## Signals from the interviewers',
      '## Follow-ups',
      '## Compensation notes',
      '## Closing checklist',
    ]) {
      expect(markdown).toContain(`\n${heading}\n`);
    }
    expect(markdown).toContain('- **Date:** 2026-11-03');
    expect(markdown).toContain('- **Platform:** Google Meet');
    expect(markdown).toContain('- **Duration:** 47 min');
    expect(markdown).toContain('- **Outcome:** Advanced');
    expect(markdown).toContain('- **Your call:** Hire');
    expect(markdown).toContain('| leadership | 3 of 4 | Led \\| the<br>migration &lt;b&gt; |');
    expect(markdown).toContain('- [x] Send \\[thanks\\](javascript:alert(1)) (due 2026-11-03)');
    expect(markdown).toContain('- [ ] Ask \\*next\\* steps');
    expect(markdown).toContain('*story: a deleted story*');
  });

  it('keeps every piece of user text inert', () => {
    expect(markdown).not.toMatch(/<(?!br>)/);
    expect(markdown).not.toMatch(/[^\\]\]\(javascript/);
    // The newline inside a question stays inside its list item.
    expect(markdown).toContain('1. Why &lt;img src=x onerror=alert(1)&gt;?\n   Second line — *story: Story with');
    expect(markdown).toContain('\n\\- not a list');
  });

  it('marks drafts and leaves out empty sections', () => {
    const draft = journalEntryMarkdown(
      makeEntry({
        company: '',
        role: '',
        round: '',
        draft: 1,
        questions: [],
        storiesUsed: [],
        ratings: [],
        wentWell: '',
        improve: ' ',
        reflections: '',
        signals: '',
        followUps: [],
        compensationNotes: '',
        checklist: [],
      }),
    );
    expect(draft.startsWith('# Interview journal entry\n')).toBe(true);
    expect(draft).toContain('- **Draft, not reviewed yet**');
    expect(draft).not.toContain('##');
  });
});

describe('journalMarkdown', () => {
  it('puts every entry under one title', () => {
    const doc = journalMarkdown([makeEntry(), makeEntry({ id: 'b', company: 'Globex' })], {
      exportedAt: 0,
      formatDate: () => '2026-11-21',
    });
    expect(doc.startsWith('# Interview journal\n\nExported from Starboard on 2026-11-21.\n')).toBe(true);
    expect(doc).toContain('\n## Acme Robotics · Staff Engineer · Onsite 2\n');
    expect(doc).toContain('\n## Globex · Staff Engineer · Onsite 2\n');
    expect(doc).toContain('\n### Questions asked\n');
  });
});
