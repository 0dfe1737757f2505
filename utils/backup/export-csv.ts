import { formatLocalDate, OUTCOME_LABELS, PLATFORM_LABELS, SELF_CALL_LABELS } from '@/utils/backup/export-markdown';
import { labelFor, t } from '@/utils/i18n';
import type { Competency, Id, JournalEntry, Story, Timestamp } from '@/utils/model';

/**
 * CSV (RFC 4180) export of the journal, one row per entry, for spreadsheets.
 *
 * Formula injection: a spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` as a formula (and some
 * strip a leading tab or CR first), so a journal note like `=HYPERLINK("http://evil", "click")` would become a
 * live link or worse when the file is opened. Every such cell is prefixed with `'`, which spreadsheets treat as
 * "this is text" (OWASP's recommendation). Full-width variants are included because some spreadsheet input
 * paths normalise them to ASCII. The prefix is visible in the cell: the price of a file that is safe to open.
 */

const FORMULA_TRIGGERS: ReadonlySet<string> = new Set(['=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠']);

/** The cell as a spreadsheet will show it as text, never run it. */
export function protectCsvCell(value: string): string {
  const first = value[0];
  return first !== undefined && FORMULA_TRIGGERS.has(first) ? `'${value}` : value;
}

/**
 * One field: formula-protected, then quoted (quotes doubled) if it holds a comma, quote, CR or LF, or a semicolon:
 * Excel in semicolon locales (de, fr, es…) splits `Acme;=3+3` into a second cell starting with `=`, which the
 * formula guard never saw as a cell start. Quoted, it stays one text cell in every locale.
 */
export function csvField(value: string): string {
  const safe = protectCsvCell(value);
  return /[",;\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Records separated by CRLF, as RFC 4180 says, with a final CRLF. */
export function toCsv(rows: ReadonlyArray<readonly string[]>): string {
  return rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

/**
 * RFC 4180 reader, lenient about record separators (CRLF, LF or CR) and a leading byte-order mark. A final line
 * break does not start an empty record. Used to prove the writer round-trips; small enough to ship.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let rowStarted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (i < text.length) {
    const char = text[i] as string;
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else field += char;
      i++;
      continue;
    }
    rowStarted = true;
    if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' || char === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      rowStarted = false;
      if (char === '\r' && text[i + 1] === '\n') i++;
    } else field += char;
    i++;
  }
  if (rowStarted || quoted) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

export interface CsvOptions {
  /** Stories the entries refer to, for titles. */
  stories?: readonly Story[];
  formatDate?: (at: Timestamp) => string;
  competencyLabel?: (competency: Competency) => string;
  /**
   * Start with a UTF-8 byte-order mark (default true): without it, Excel reads the file as the system code page
   * and mangles every accented name.
   */
  bom?: boolean;
}

/** Lists inside one cell go one per line: a spreadsheet shows them wrapped, and the CSV quotes them. */
const lines = (items: readonly string[]) => items.join('\n');

/** The journal as CSV: a header row of translated column names, then one row per entry, in the order given. */
export function journalCsv(entries: readonly JournalEntry[], options: CsvOptions = {}): string {
  const titles = new Map<Id, string>((options.stories ?? []).map((story) => [story.id, story.title]));
  const title = (id: Id) => titles.get(id) ?? t('journalStoryMissing');
  const formatDate = options.formatDate ?? formatLocalDate;
  const competencyLabel = options.competencyLabel ?? ((competency: Competency) => competency);

  const header = [
    t('journalFieldId'),
    t('journalFieldDate'),
    t('journalFieldCompany'),
    t('journalFieldRole'),
    t('journalFieldRound'),
    t('journalFieldPlatform'),
    t('exportCsvDurationMinutes'),
    t('journalFieldOutcome'),
    t('journalFieldSelfCall'),
    t('journalFieldStoriesUsed'),
    t('journalFieldQuestions'),
    t('journalFieldRatings'),
    t('journalFieldWentWell'),
    t('journalFieldImprove'),
    t('journalFieldReflections'),
    t('journalFieldSignals'),
    t('journalFieldFollowUps'),
    t('journalFieldCompensationNotes'),
    t('journalFieldChecklist'),
    t('journalFieldDraft'),
  ];
  const rows = entries.map((entry) => [
    entry.id,
    formatDate(entry.date),
    entry.company,
    entry.role,
    entry.round,
    entry.platform ? labelFor(PLATFORM_LABELS, entry.platform) : '',
    entry.durationMinutes === undefined ? '' : String(entry.durationMinutes),
    labelFor(OUTCOME_LABELS, entry.outcome),
    entry.selfCall ? labelFor(SELF_CALL_LABELS, entry.selfCall) : '',
    lines(entry.storiesUsed.map(title)),
    lines(
      entry.questions.map((question) =>
        question.storyId === undefined
          ? question.text
          : `${question.text} (${t('journalQuestionStory', title(question.storyId))})`,
      ),
    ),
    lines(
      entry.ratings.map((rating) => {
        const head = `${competencyLabel(rating.competency)}: ${t('journalRatingScore', rating.score)}`;
        return rating.evidence ? `${head} — ${rating.evidence}` : head;
      }),
    ),
    entry.wentWell,
    entry.improve,
    entry.reflections,
    entry.signals,
    lines(
      entry.followUps.map((followUp) => {
        const due = followUp.due === undefined ? '' : ` (${t('journalFollowUpDue', formatDate(followUp.due))})`;
        return `[${followUp.done ? 'x' : ' '}] ${followUp.text}${due}`;
      }),
    ),
    entry.compensationNotes,
    entry.checklist.length
      ? t('exportCsvChecklistDone', [entry.checklist.filter((item) => item.checked).length, entry.checklist.length])
      : '',
    t(entry.draft === 1 ? 'journalYes' : 'journalNo'),
  ]);
  return (options.bom === false ? '' : '\uFEFF') + toCsv([header, ...rows]);
}
