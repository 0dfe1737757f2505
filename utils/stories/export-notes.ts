import { escapeMarkdownText } from '@/utils/backup/export-markdown';
import { type MessageKey, t } from '@/utils/i18n';
import type { Story } from '@/utils/model';
import { competencyLabel } from '@/utils/stories/competencies';
import { grammar, headingLabelOf, labelOf } from '@/utils/stories/import-notes';

/**
 * Stories as Markdown in the shape the notes importer reads best: `## Title`, then `**Situation:**`, `**Task:**`,
 * `**Action:**`, `**Result:**` and `**Competencies:**`, every label written even when empty, so that
 * `importStoriesFromNotes(storiesMarkdown(stories), 'md')` gives back the same titles, parts and competencies
 * (tests/unit/stories/export-notes.test.ts checks it as a property). User text goes through the journal export's
 * escaper, so it renders as typed in any viewer; a line of a part that would read as a label is escaped at its colon.
 */

export type ExportedStory = Pick<Story, 'title' | 'situation' | 'task' | 'action' | 'result' | 'competencies'>;

const PARTS: ReadonlyArray<[keyof Omit<ExportedStory, 'title' | 'competencies'>, MessageKey]> = [
  ['situation', 'storyFieldSituation'],
  ['task', 'storyFieldTask'],
  ['action', 'storyFieldAction'],
  ['result', 'storyFieldResult'],
];

function label(key: MessageKey): string {
  return escapeMarkdownText(t(key).replace(/\s+/g, ' ').trim());
}

function partText(text: string, g: ReturnType<typeof grammar>): string {
  return escapeMarkdownText(text.trim())
    .split('\n')
    .map((line) => (labelOf(line, g) ? line.replace(':', '\\:') : line))
    .join('\n');
}

/**
 * Separators of the competencies line are escaped inside a label (`|` already is, by the Markdown escaper), but
 * not the `;` of the escaper's own `&gt;`.
 */
function competencyText(competency: string): string {
  return escapeMarkdownText(competencyLabel(competency).replace(/\s+/g, ' ')).replace(
    /&(?:#\d+|[a-z]+);|[,;]/gi,
    (match) => (match.length > 1 ? match : `\\${match}`),
  );
}

export function storyMarkdown(story: ExportedStory, g: ReturnType<typeof grammar> = grammar()): string {
  const escaped = escapeMarkdownText(story.title.replace(/\s+/g, ' ').trim()).replace(/:$/, '\\:');
  // A story titled "Situation" would read as a part's heading: its first letter goes as a character reference.
  const title = headingLabelOf(escaped, g)
    ? `&#${escaped.codePointAt(0)};${escaped.slice(String.fromCodePoint(escaped.codePointAt(0)!).length)}`
    : escaped || label('storyUntitled');
  const blocks = [`## ${title}`];
  for (const [field, key] of PARTS) {
    const text = partText(story[field], g);
    blocks.push(`**${label(key)}:**${text ? ` ${text}` : ''}`);
  }
  const competencies = story.competencies.map(competencyText).join(', ');
  blocks.push(`**${label('storyFieldCompetencies')}:**${competencies ? ` ${competencies}` : ''}`);
  return `${blocks.join('\n\n')}\n`;
}

/** The whole list as one document, stories in the order given. */
export function storiesMarkdown(stories: readonly ExportedStory[]): string {
  const g = grammar();
  return [`# ${label('storiesExportTitle')}\n`, ...stories.map((story) => storyMarkdown(story, g))].join('\n');
}
