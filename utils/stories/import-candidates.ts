import { BACKUP_LIMITS as L, utf8ByteLength } from '@/utils/backup/format';
import { type MessageKey, t } from '@/utils/i18n';
import type { Competency, Id, Story } from '@/utils/model';
import { competencyFromText, uniqueCompetencies } from '@/utils/stories/competencies';

/**
 * What every story importer (notes, CSV) hands the preview: candidates, each with what was found and what the
 * user should check, before anything is written. Limits are the backup's (utils/backup/format.ts), so an imported
 * story can always be backed up and restored; a field over a limit makes that candidate an error instead of being
 * cut short behind the user's back.
 */

export interface ImportMessage {
  messageKey: MessageKey;
  substitutions?: string[];
}

/** The parts an import fills; the rest of a story keeps the app's defaults when it is saved. */
export interface ImportedStory {
  title: string;
  situation: string;
  task: string;
  action: string;
  result: string;
  competencies: Competency[];
}

export interface StoryCandidate {
  story: ImportedStory;
  /** 1-based line (notes) or row (CSV) where the story starts, for the preview. */
  line: number;
  warnings: ImportMessage[];
  /** Set when the story cannot be imported as it is (the preview shows it unticked and says why). */
  error?: ImportMessage;
  /** An existing story with the same title: the preview flags it and leaves it unticked by default. */
  duplicateOf?: Id;
}

export type StoryImportResult =
  | { ok: true; candidates: StoryCandidate[] }
  | { ok: false; error: ImportMessage; line?: number };

export interface StoryImportOptions {
  /** The user's stories, to flag same-title duplicates. */
  existing?: readonly Pick<Story, 'id' | 'title'>[];
}

export interface DraftStory {
  story: ImportedStory;
  line: number;
  warnings: ImportMessage[];
}

/** Checked before any parsing, like a backup: a huge file is refused, not half-read. */
export function checkImportSize(text: string): ImportMessage | null {
  const bytes = utf8ByteLength(text);
  if (bytes <= L.fileBytes) return null;
  const mb = (n: number) => String(Math.ceil(n / (1024 * 1024)));
  return { messageKey: 'importErrorTooLarge', substitutions: [mb(bytes), mb(L.fileBytes)] };
}

/** "Conflict  Resolution " and "conflict resolution" are one title to the person reading the list. */
export function titleKey(title: string): string {
  return title.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * A `Tags:` / `Competencies:` value as competencies: commas, semicolons or pipes separate them (a backslash keeps
 * one literal, as the Markdown export writes it); with none of those, `#hashtags` do; otherwise the
 * value is one competency ("conflict resolution"). Standard ones are recognised by id or label.
 */
export function competenciesFromTags(
  value: string,
  decode: (part: string) => string = (part) => part.replace(/\\([,;|\\])/g, '$1'),
): Competency[] {
  const listed = splitUnescaped(value, ',;|');
  const parts =
    listed.length > 1
      ? listed
      : /(?:^|\s)#\S/.test(value)
        ? value.split(/\s+(?=#)/).map((part) => part.replace(/^#/, ''))
        : [value];
  return uniqueCompetencies(
    parts.map((part) => competencyFromText(decode(part))).filter((c): c is Competency => c !== null),
  );
}

/**
 * Splits on separators not escaped by a backslash (an escaped backslash does not escape what follows it); the `;`
 * ending a character reference (`&gt;`, as the Markdown export writes `>`) is no separator either.
 */
function splitUnescaped(value: string, separators: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < value.length; i++) {
    const reference = value[i] === '&' ? /^&(?:#\d{1,7}|[a-z]{2,8});/i.exec(value.slice(i)) : null;
    if (reference) i += reference[0].length - 1;
    else if (value[i] === '\\') i++;
    else if (separators.includes(value[i]!)) {
      parts.push(value.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(value.slice(start));
  return parts;
}

/** The first words of a text, for a story found without a title. */
export function titleFromText(text: string): string {
  const words = text.trim().split(/\s+/).slice(0, 8).join(' ');
  return words.length > 80 ? `${words.slice(0, 79)}…` : words;
}

const TEXT_FIELDS: ReadonlyArray<[keyof Omit<ImportedStory, 'competencies'>, MessageKey, number]> = [
  ['title', 'storyFieldTitle', L.lineChars],
  ['situation', 'storyFieldSituation', L.textChars],
  ['task', 'storyFieldTask', L.textChars],
  ['action', 'storyFieldAction', L.textChars],
  ['result', 'storyFieldResult', L.textChars],
];

function limitError(story: ImportedStory): ImportMessage | undefined {
  for (const [field, label, max] of TEXT_FIELDS) {
    if (story[field].length > max) {
      return { messageKey: 'importStoryErrorTooLong', substitutions: [t(label), String(max)] };
    }
  }
  if (story.competencies.length > L.listItems) {
    return { messageKey: 'importStoryErrorTooManyCompetencies', substitutions: [String(L.listItems)] };
  }
  const long = story.competencies.find((competency) => competency.length > L.idChars);
  if (long !== undefined) {
    return { messageKey: 'importStoryErrorCompetencyTooLong', substitutions: [String(L.idChars)] };
  }
  return undefined;
}

/** Limits, duplicates (against the library and within the file) and the "no story" error, shared by importers. */
export function finishCandidates(drafts: readonly DraftStory[], options: StoryImportOptions): StoryImportResult {
  if (drafts.length === 0) return { ok: false, error: { messageKey: 'importStoriesErrorNone' } };
  if (drafts.length > L.rowsPerTable) {
    return {
      ok: false,
      error: { messageKey: 'importStoriesErrorTooMany', substitutions: [String(L.rowsPerTable)] },
    };
  }
  const existing = new Map<string, Id>();
  for (const story of options.existing ?? []) {
    const key = titleKey(story.title);
    if (key && !existing.has(key)) existing.set(key, story.id);
  }
  const seen = new Set<string>();
  const candidates = drafts.map((draft): StoryCandidate => {
    const candidate: StoryCandidate = { ...draft, warnings: [...draft.warnings] };
    const error = limitError(draft.story);
    if (error) candidate.error = error;
    const key = titleKey(draft.story.title);
    const duplicateOf = existing.get(key);
    if (duplicateOf !== undefined) {
      candidate.duplicateOf = duplicateOf;
      candidate.warnings.push({ messageKey: 'importStoryWarningDuplicate', substitutions: [draft.story.title] });
    } else if (seen.has(key)) {
      candidate.warnings.push({ messageKey: 'importStoryWarningDuplicateInFile' });
    }
    seen.add(key);
    return candidate;
  });
  return { ok: true, candidates };
}
