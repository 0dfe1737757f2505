// papaparse (the most used CSV parser on npm, maintained, no dependencies) rather than a split(','): spreadsheets
// write quoted cells with commas, doubled quotes and line breaks inside (RFC 4180), Excel in many locales writes
// `;` instead of `,`, and files start with a BOM. Papa handles all of these and reports a quote left open. Only its
// string parser is used: its `download` (XHR) and `worker` modes are never switched on, and the extension's CSP
// (connect-src 'self') would refuse them anyway.
import Papa from 'papaparse';
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

/** Stories from a CSV file, in three steps the preview shows: read the table, propose a mapping, apply it. */

export const CSV_FIELDS = ['title', 'situation', 'task', 'action', 'result', 'competencies'] as const;
export type CsvField = (typeof CSV_FIELDS)[number];

/** One entry per column: the story field it fills, or null to skip the column. */
export type CsvMapping = Array<CsvField | null>;

export interface CsvTable {
  /** The header cells when the first row is a header, else null. */
  header: string[] | null;
  /** Data rows (the header excluded), every row as long as the widest. */
  rows: string[][];
  /** 1-based line of each data row's first line in the file, for messages and the preview. */
  rowLines: number[];
  columns: number;
}

export type CsvReadResult = { ok: true; table: CsvTable } | { ok: false; error: ImportMessage };

/** Header words people use for each field (compared lower-cased, without punctuation). */
const SYNONYMS: Readonly<Record<CsvField, readonly string[]>> = {
  title: ['title', 'name', 'story', 'story title', 'story name', 'headline', 'summary'],
  situation: ['situation', 's', 'context', 'background', 'setting'],
  task: ['task', 't', 'goal', 'objective', 'challenge', 'problem'],
  action: ['action', 'actions', 'a', 'what i did', 'approach', 'steps'],
  result: ['result', 'results', 'r', 'outcome', 'outcomes', 'impact'],
  competencies: ['competencies', 'competency', 'tags', 'tag', 'skills', 'skill', 'categories', 'category', 'labels'],
};

function headerKey(cell: string): string {
  return cell
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function fieldOfHeader(cell: string): CsvField | null {
  const key = headerKey(cell);
  return CSV_FIELDS.find((field) => SYNONYMS[field].includes(key)) ?? null;
}

/** A first row is a header when at least two of its cells name a field (one could be a story called "Impact"). */
function looksLikeHeader(row: readonly string[]): boolean {
  const fields = new Set(row.map(fieldOfHeader).filter((field) => field !== null));
  return fields.size >= 2 || (row.length === 1 && fields.size === 1);
}

export function readCsv(text: string): CsvReadResult {
  const tooLarge = checkImportSize(text);
  if (tooLarge) return { ok: false, error: tooLarge };
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const broken = parsed.errors.find((error) => error.type === 'Quotes');
  if (broken) {
    const row = String((broken.row ?? 0) + 1);
    return { ok: false, error: { messageKey: 'importCsvErrorQuotes', substitutions: [row] } };
  }
  const all = parsed.data.filter((row) => row.some((cell) => cell.trim()));
  if (all.length === 0) return { ok: false, error: { messageKey: 'importStoriesErrorNone' } };
  const columns = Math.max(...all.map((row) => row.length));
  const pad = (row: string[]) => [...row, ...Array<string>(columns - row.length).fill('')];
  const header = looksLikeHeader(all[0]!) ? pad(all[0]!).map((cell) => cell.trim()) : null;
  const rows = (header ? all.slice(1) : all).map(pad);
  // Papa does not report lines; a row's line is one more than the line breaks before it, counted in its cells.
  const rowLines: number[] = [];
  let line = 1;
  for (const row of all) {
    if (row !== all[0] || !header) rowLines.push(line);
    line += 1 + row.join('').split(/\r\n?|\n/).length - 1;
  }
  return { ok: true, table: { header, rows, rowLines, columns } };
}

/**
 * A header maps itself by name (each field once, first column first). Without one, a table of five or six
 * columns is read as title, situation, task, action, result[, competencies], the order of the template; any
 * other table gets no mapping, and the preview asks.
 */
export function proposeMapping(table: CsvTable): CsvMapping {
  if (table.header) {
    const used = new Set<CsvField>();
    return table.header.map((cell) => {
      const field = fieldOfHeader(cell);
      if (!field || used.has(field)) return null;
      used.add(field);
      return field;
    });
  }
  if (table.columns === 5 || table.columns === 6) return CSV_FIELDS.slice(0, table.columns) as CsvField[];
  return Array<CsvField | null>(table.columns).fill(null);
}

/** The stories of a table under a mapping; two columns mapped to one part are joined, as paragraphs. */
export function storiesFromCsv(
  table: CsvTable,
  mapping: CsvMapping,
  options: StoryImportOptions = {},
): StoryImportResult {
  if (!mapping.some((field) => field !== null)) {
    return { ok: false, error: { messageKey: 'importCsvErrorNothingMapped' } };
  }
  const drafts: DraftStory[] = [];
  table.rows.forEach((row, index) => {
    const cells = (field: CsvField) =>
      mapping
        .map((mapped, column) => (mapped === field ? (row[column] ?? '').trim() : ''))
        .filter(Boolean)
        .join('\n\n');
    const story: ImportedStory = {
      title: cells('title').replace(/\s+/g, ' '),
      situation: cells('situation').replace(/\r\n?/g, '\n'),
      task: cells('task').replace(/\r\n?/g, '\n'),
      action: cells('action').replace(/\r\n?/g, '\n'),
      result: cells('result').replace(/\r\n?/g, '\n'),
      competencies: competenciesFromTags(cells('competencies').replace(/\s*\n\s*/g, ', ')),
    };
    const text = [story.situation, story.task, story.action, story.result].join('\n').trim();
    if (!story.title && !text) return;
    const warnings: ImportMessage[] = [];
    if (!story.title) {
      story.title = titleFromText(text);
      warnings.push({ messageKey: 'importStoryWarningNoTitle' });
    }
    drafts.push({ story, line: table.rowLines[index] ?? index + 1, warnings });
  });
  return finishCandidates(drafts, options);
}

/** Read and map in one go, for a file whose header maps itself (the preview can still change the mapping). */
export function importStoriesFromCsv(text: string, options: StoryImportOptions = {}): StoryImportResult {
  const read = readCsv(text);
  if (!read.ok) return read;
  return storiesFromCsv(read.table, proposeMapping(read.table), options);
}
