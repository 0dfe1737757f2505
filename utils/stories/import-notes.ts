import { unescapeMarkdownText } from '@/utils/backup/export-markdown';
import { type MessageKey, t } from '@/utils/i18n';
import { type Competency, STANDARD_COMPETENCIES } from '@/utils/model';
import { competencyLabel, uniqueCompetencies } from '@/utils/stories/competencies';
import {
  checkImportSize,
  competenciesFromTags,
  type DraftStory,
  finishCandidates,
  type ImportedStory,
  type ImportMessage,
  type StoryImportOptions,
  type StoryImportResult,
  titleFromText,
} from '@/utils/stories/import-candidates';

/**
 * Stories from the user's notes (Markdown or plain text), in the shapes story-bank templates and notes apps use:
 * a heading per story (`#`, `##`, `###`), parts labelled `Situation:`, `**Situation:**`, `- Situation:`, `S:` (any
 * case) or by a `### Situation` sub-heading, several lines per part, bullets kept as lines. A story with no labels
 * goes to Situation whole. Hand-written rather than a Markdown parser: the structure that matters is line-based
 * (headings and label lines), and a full CommonMark tree would still leave the label rules to write.
 */

export type NotesFormat = 'md' | 'txt';

type Field = 'title' | 'situation' | 'task' | 'action' | 'result' | 'competencies';
type PartField = 'situation' | 'task' | 'action' | 'result';

/** English keywords (the usual template words) plus the labels of the user's language, which the export writes. */
function keywordFields(): Map<string, Field> {
  const fields = new Map<string, Field>([
    ['title', 'title'],
    ['situation', 'situation'],
    ['context', 'situation'],
    ['background', 'situation'],
    ['s', 'situation'],
    ['task', 'task'],
    ['t', 'task'],
    ['action', 'action'],
    ['actions', 'action'],
    ['a', 'action'],
    ['result', 'result'],
    ['results', 'result'],
    ['outcome', 'result'],
    ['r', 'result'],
    ['tags', 'competencies'],
    ['competencies', 'competencies'],
    ['competency', 'competencies'],
  ]);
  const labels: Array<[MessageKey, Field]> = [
    ['storyFieldTitle', 'title'],
    ['storyFieldSituation', 'situation'],
    ['storyFieldTask', 'task'],
    ['storyFieldAction', 'action'],
    ['storyFieldResult', 'result'],
    ['storyFieldCompetencies', 'competencies'],
  ];
  for (const [key, field] of labels) fields.set(t(key).trim().toLowerCase(), field);
  return fields;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export interface Grammar {
  fields: Map<string, Field>;
  /** `- **Situation:** text`, `Situation: text`, `**S**: text`; group 2 is the keyword, 3 the rest of the line. */
  label: RegExp;
}

export function grammar(): Grammar {
  const fields = keywordFields();
  const words = [...fields.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const label = new RegExp(
    `^\\s*(?:[-*+]\\s+|\\d{1,3}[.)]\\s+)?(\\*\\*|__|\\*|_)?\\s*(${words.join('|')})\\s*(?:\\1\\s*:|:\\s*\\1)\\s*(.*)$`,
    'i',
  );
  return { fields, label };
}

const HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const BOLD_LINE = /^\s*(?:\*\*|__)(.+?)(?:\*\*|__)\s*:?\s*$/;

interface LabelLine {
  field: Field;
  rest: string;
}

export function labelOf(line: string, g: Grammar = grammar()): LabelLine | null {
  const match = g.label.exec(line);
  if (!match) return null;
  const field = g.fields.get(match[2]!.toLowerCase());
  return field ? { field, rest: match[3] ?? '' } : null;
}

/** `### Situation` inside a story: a part, not a story (single letters are too short to be read as headings). */
export function headingLabelOf(text: string, g: Grammar): Field | null {
  const word = text
    .replace(/^(\*\*|__)(.*)\1$/, '$2')
    .replace(/:\s*$/, '')
    .trim()
    .toLowerCase();
  if (word.length < 2) return null;
  const field = g.fields.get(word);
  return field && field !== 'title' ? field : null;
}

interface Block {
  title?: string;
  line: number;
  lines: string[];
}

function cleanTitle(text: string): string {
  return text
    .replace(/^(\*\*|__)(.*)\1$/, '$2')
    .replace(/(?<!\\):\s*$/, '')
    .trim();
}

/**
 * Markdown escapes, plus numeric character references of letters and digits: notes apps write them, and the
 * export uses one to keep a story titled "Situation" from reading as a part's heading.
 */
function unescapeNotes(text: string): string {
  return unescapeMarkdownText(
    text.replace(/&#(\d{1,7});/g, (whole, code: string) => {
      const char = Number(code) <= 0x10ffff ? String.fromCodePoint(Number(code)) : '';
      return /^[\p{L}\p{N}]$/u.test(char) ? char : whole;
    }),
  );
}

/** Splits on story headings (levels 1-3); a heading with nothing under it (a document or group title) is no story. */
function blocksByHeadings(lines: readonly string[], g: Grammar): Block[] {
  const blocks: Block[] = [];
  let current: Block = { line: 1, lines: [] };
  let level = 0;
  lines.forEach((line, index) => {
    const heading = HEADING.exec(line);
    // Only below the story's own heading: `## Situation` beside `## Other story` is a story titled "Situation".
    const isLabelHeading = heading && level && heading[1]!.length > level && headingLabelOf(heading[2]!, g);
    if (heading && heading[1]!.length <= 3 && !isLabelHeading) {
      blocks.push(current);
      level = heading[1]!.length;
      current = { title: cleanTitle(heading[2]!), line: index + 1, lines: [] };
    } else {
      current.lines.push(line);
    }
  });
  blocks.push(current);
  return blocks.filter((block) => block.lines.some((line) => line.trim()));
}

/**
 * Without headings, a story starts at a short line of its own (after a blank line) followed by a label line, at a
 * `Title:` line, or where a part already given comes again (`S:` after `R:`).
 */
function blocksByLabels(lines: readonly string[], g: Grammar): Block[] {
  const blocks: Block[] = [];
  let current: Block | null = null;
  let seen = new Set<Field>();
  const start = (index: number, title?: string) => {
    current = { line: index + 1, lines: [], ...(title === undefined ? {} : { title }) };
    blocks.push(current);
    seen = new Set();
  };
  lines.forEach((line, index) => {
    const label = labelOf(line, g);
    if (label?.field === 'title') {
      start(index, cleanTitle(label.rest));
      return;
    }
    if (label) {
      if (!current || seen.has(label.field)) start(index);
      seen.add(label.field);
      current!.lines.push(line);
      return;
    }
    const next = lines.slice(index + 1).find((candidate) => candidate.trim());
    const nextLabel = next === undefined ? null : labelOf(next, g);
    const standsAlone = index === 0 || !lines[index - 1]!.trim();
    // A title is short and comes before a story's first part; a paragraph inside a part is neither.
    const opensStory = nextLabel && (nextLabel.field === 'situation' || !current) && line.trim().length <= 150;
    if (line.trim() && standsAlone && opensStory && !/^\s*[-*+]\s/.test(line)) {
      start(index, cleanTitle(BOLD_LINE.exec(line)?.[1] ?? line));
      return;
    }
    if (!current) {
      if (!line.trim()) return;
      start(index);
    }
    current!.lines.push(line);
  });
  return blocks.filter((block) => block.lines.some((line) => line.trim()));
}

/** Removes the indentation all lines share, so a part written under an indented bullet reads as its own text. */
function dedent(lines: readonly string[]): string[] {
  const indents = lines.filter((line) => line.trim()).map((line) => /^[ \t]*/.exec(line)![0].length);
  const common = indents.length ? Math.min(...indents) : 0;
  return lines.map((line) => line.slice(Math.min(common, /^[ \t]*/.exec(line)![0].length)));
}

interface Sections {
  parts: Record<PartField, string[]>;
  /** Parts whose first line sat on the label's line: their other lines are indented on their own. */
  inline: Set<PartField>;
  unlabelled: string[];
  tags: string[];
  /** A `Competencies:` line, even an empty one, says which competencies there are: nothing is guessed then. */
  hasTagsLine: boolean;
  title?: string;
  labelled: boolean;
}

function sectionsOf(block: Block, g: Grammar): Sections {
  const sections: Sections = {
    parts: { situation: [], task: [], action: [], result: [] },
    inline: new Set(),
    unlabelled: [],
    tags: [],
    hasTagsLine: false,
    labelled: false,
  };
  let current: string[] = sections.unlabelled;
  for (const line of block.lines) {
    const heading = HEADING.exec(line);
    const headingField = heading ? headingLabelOf(heading[2]!, g) : null;
    const label: LabelLine | null = headingField ? { field: headingField, rest: '' } : labelOf(line, g);
    if (!label) {
      current.push(line);
      continue;
    }
    if (label.field === 'title') {
      sections.title ??= cleanTitle(label.rest);
      continue;
    }
    if (label.field === 'competencies') {
      // One line; text after it still belongs to the part before.
      sections.hasTagsLine = true;
      if (label.rest.trim()) sections.tags.push(label.rest);
      continue;
    }
    sections.labelled = true;
    current = sections.parts[label.field];
    if (current.length) current.push('');
    else if (label.rest.trim()) sections.inline.add(label.field);
    if (label.rest.trim()) current.push(label.rest);
  }
  return sections;
}

function joinPart(lines: readonly string[], inline: boolean, decode: (text: string) => string): string {
  const text = inline && lines.length ? [lines[0]!, ...dedent(lines.slice(1))] : dedent(lines);
  return decode(text.join('\n').trim());
}

/** Standard competencies named in the text, for stories with no `Tags:` line. */
function guessCompetencies(text: string): Competency[] {
  const lower = ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  return STANDARD_COMPETENCIES.filter((id) => {
    const phrases = [
      id.replace(/-/g, ' '),
      competencyLabel(id)
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, ' '),
    ];
    return phrases.some((phrase) => phrase.trim() && lower.includes(` ${phrase.trim()} `));
  });
}

function draftOf(block: Block, g: Grammar, format: NotesFormat): DraftStory | null {
  const decode = format === 'md' ? unescapeNotes : (text: string) => text;
  const sections = sectionsOf(block, g);
  const warnings: ImportMessage[] = [];
  const part = (field: PartField) => joinPart(sections.parts[field], sections.inline.has(field), decode);
  const unlabelled = joinPart(sections.unlabelled, false, decode);
  const story: ImportedStory = {
    title: decode(block.title ?? sections.title ?? ''),
    situation: part('situation'),
    task: part('task'),
    action: part('action'),
    result: part('result'),
    competencies: [],
  };
  if (!sections.labelled) {
    story.situation = unlabelled;
    if (unlabelled) warnings.push({ messageKey: 'importStoryWarningNoLabels' });
  } else if (unlabelled) {
    story.situation = story.situation ? `${unlabelled}\n\n${story.situation}` : unlabelled;
    warnings.push({ messageKey: 'importStoryWarningTextBeforeLabels' });
  }
  const text = [story.situation, story.task, story.action, story.result].join('\n');
  if (!story.title.trim() && !text.trim()) return null;
  if (!story.title.trim()) {
    story.title = titleFromText(text);
    warnings.push({ messageKey: 'importStoryWarningNoTitle' });
  }
  if (sections.hasTagsLine) {
    story.competencies = uniqueCompetencies(
      sections.tags.flatMap((tags) =>
        format === 'md' ? competenciesFromTags(tags, unescapeNotes) : competenciesFromTags(tags),
      ),
    );
  } else {
    story.competencies = guessCompetencies(`${story.title}\n${text}`);
    if (story.competencies.length) {
      warnings.push({
        messageKey: 'importStoryWarningCompetenciesGuessed',
        substitutions: [story.competencies.map(competencyLabel).join(', ')],
      });
    }
  }
  return { story, line: block.line, warnings };
}

/** `notes.md` → `md`; null for a file this importer does not read (CSV has its own, with a mapping step). */
export function notesFormatOf(fileName: string): NotesFormat | null {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName.trim())?.[1]?.toLowerCase();
  if (ext === 'md' || ext === 'markdown') return 'md';
  if (ext === 'txt' || ext === 'text') return 'txt';
  return null;
}

/**
 * Every story found in a notes file, for the preview. Never throws: a file with no story is an error result, and a
 * story over the backup's limits is a candidate with an error (nothing is cut short).
 */
export function importStoriesFromNotes(
  text: string,
  format: NotesFormat,
  options: StoryImportOptions = {},
): StoryImportResult {
  const tooLarge = checkImportSize(text);
  if (tooLarge) return { ok: false, error: tooLarge };
  let body = text.replace(/^\uFEFF/, '');
  // HTML comments are notes to the writer (templates' instructions), not story text; line breaks stay, for lines.
  if (format === 'md') body = body.replace(/<!--[\s\S]*?-->/g, (comment) => comment.replace(/[^\r\n]+/g, ''));
  const lines = body.split(/\r\n?|\n/);
  const g = grammar();
  const hasHeadings = lines.some((line) => {
    const heading = HEADING.exec(line);
    return heading !== null && heading[1]!.length <= 3;
  });
  const blocks = hasHeadings ? blocksByHeadings(lines, g) : blocksByLabels(lines, g);
  const drafts = blocks.map((block) => draftOf(block, g, format)).filter((d): d is DraftStory => d !== null);
  return finishCandidates(drafts, options);
}
