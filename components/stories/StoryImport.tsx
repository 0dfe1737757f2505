import { Download } from 'lucide-preact';
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { downloadText } from '@/components/ui/download';
import { fileTooLarge, type ImportedText, ImportSource } from '@/components/ui/ImportSource';
import { request } from '@/utils/api/client';
import { type MessageKey, t } from '@/utils/i18n';
import type { Story } from '@/utils/model';
import { competencyLabel } from '@/utils/stories/competencies';
import { storiesMarkdown } from '@/utils/stories/export-notes';
import type { ImportMessage, StoryCandidate, StoryImportResult } from '@/utils/stories/import-candidates';
import {
  CSV_FIELDS,
  type CsvMapping,
  type CsvTable,
  proposeMapping,
  readCsv,
  storiesFromCsv,
} from '@/utils/stories/import-csv';
import { importStoriesFromNotes, notesFormatOf } from '@/utils/stories/import-notes';

/**
 * Import stories from notes (Markdown, text, pasted) or a CSV file, and export them as Markdown. Nothing is written
 * until the preview is confirmed: a CSV goes through a column-mapping step first, every story found is listed with
 * its parts and warnings, and the ticked ones are written by `stories.importMany` in one transaction.
 */

export const STORY_FILE_ACCEPT = '.md,.markdown,.txt,.text,.csv,text/markdown,text/plain,text/csv';

const FIELD_LABELS: Record<(typeof CSV_FIELDS)[number], MessageKey> = {
  title: 'storyFieldTitle',
  situation: 'storyFieldSituation',
  task: 'storyFieldTask',
  action: 'storyFieldAction',
  result: 'storyFieldResult',
  competencies: 'storyFieldCompetencies',
};
const PARTS = ['situation', 'task', 'action', 'result'] as const;

type Step =
  | { step: 'idle' }
  | { step: 'mapping'; source: string; table: CsvTable; mapping: CsvMapping }
  | {
      step: 'preview';
      source: string;
      candidates: StoryCandidate[];
      ticked: boolean[];
      /** Kept for a CSV, so the preview can go back to the columns. */
      csv?: { table: CsvTable; mapping: CsvMapping };
    };

const messageText = (message: ImportMessage) => t(message.messageKey, message.substitutions);

/** Ticked by default unless it cannot be imported (an error) or may already be in the library (a duplicate). */
const defaultTicks = (candidates: readonly StoryCandidate[]) => candidates.map((c) => !c.error && !c.duplicateOf);

/**
 * A hook rather than a component, so the library can route a file dropped anywhere on it here: the controls,
 * mapping step and preview to render, and the function that reads a file.
 */
export function useStoryImport(stories: readonly Story[]): { view: JSX.Element; importFile(file: File): void } {
  const [state, setState] = useState<Step>({ step: 'idle' });
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const fail = (message: ImportMessage | string) => {
    setState({ step: 'idle' });
    setError(typeof message === 'string' ? message : messageText(message));
  };

  const preview = (source: string, result: StoryImportResult, csv?: { table: CsvTable; mapping: CsvMapping }) => {
    if (!result.ok) return fail(result.error);
    setState({ step: 'preview', source, candidates: result.candidates, ticked: defaultTicks(result.candidates), csv });
  };

  const read = ({ fileName, text }: ImportedText) => {
    setError(null);
    setNotice(null);
    const source = fileName ?? t('importPastedText');
    if (fileName && /\.csv$/i.test(fileName.trim())) {
      const table = readCsv(text);
      if (!table.ok) return fail(table.error);
      return setState({ step: 'mapping', source, table: table.table, mapping: proposeMapping(table.table) });
    }
    const format = fileName === null ? 'md' : notesFormatOf(fileName);
    if (!format) return fail(t('importStoriesErrorFormat'));
    preview(source, importStoriesFromNotes(text, format, { existing: stories }));
  };

  const importFile = async (file: File) => {
    setError(null);
    setNotice(null);
    const tooLarge = fileTooLarge(file);
    if (tooLarge) return fail(tooLarge);
    if (!/\.(md|markdown|txt|text|csv)$/i.test(file.name.trim())) return fail(t('importStoriesErrorFormat'));
    try {
      read({ fileName: file.name, text: await file.text() });
    } catch {
      fail(t('importErrorUnreadable'));
    }
  };

  const confirm = async (candidates: StoryCandidate[], ticked: boolean[]) => {
    const chosen = candidates.filter((candidate, index) => ticked[index] && !candidate.error);
    setBusy(true);
    setError(null);
    try {
      const { saved } = await request(
        'stories.importMany',
        chosen.map((candidate) => candidate.story),
      );
      setState({ step: 'idle' });
      setNotice(t('importStoriesDone', saved));
    } catch (caught) {
      // The background names the story and field it refused; nothing was written.
      setError(caught instanceof Error && caught.message ? caught.message : t('importErrorUnexpected'));
    } finally {
      setBusy(false);
    }
  };

  const exportStories = () => {
    const fileName = 'stories.md';
    downloadText(fileName, storiesMarkdown(stories), 'text/markdown');
    setError(null);
    setNotice(t('storiesExported', [stories.length, fileName]));
  };

  const view = (
    <div class="stack story-import">
      <ImportSource
        labels={{
          pick: 'importStoriesPick',
          fileInput: 'importStoriesFile',
          paste: 'importStoriesPaste',
          pasteHeading: 'importStoriesPasteHeading',
          pasteField: 'importStoriesPasteField',
          pasteConfirm: 'importStoriesPasteConfirm',
        }}
        accept={STORY_FILE_ACCEPT}
        disabled={busy}
        onFile={(file) => void importFile(file)}
        onText={read}
      >
        <button type="button" disabled={busy || stories.length === 0} onClick={exportStories}>
          <Download size={16} aria-hidden="true" focusable="false" />
          {t('storiesExport')}
        </button>
      </ImportSource>
      <p class="muted">{t('importStoriesDropHint')}</p>
      <div role="alert" class="alert-region">
        {error && <p class="error-text">{error}</p>}
      </div>
      <p role="status" class="status">
        {notice}
      </p>
      {state.step === 'mapping' && (
        <CsvMappingStep
          source={state.source}
          table={state.table}
          mapping={state.mapping}
          onMapping={(mapping) => setState({ ...state, mapping })}
          onContinue={() =>
            preview(state.source, storiesFromCsv(state.table, state.mapping, { existing: stories }), {
              table: state.table,
              mapping: state.mapping,
            })
          }
          onCancel={() => setState({ step: 'idle' })}
        />
      )}
      {state.step === 'preview' && (
        <StoryPreview
          source={state.source}
          candidates={state.candidates}
          ticked={state.ticked}
          busy={busy}
          onTick={(index, on) => {
            const ticked = [...state.ticked];
            ticked[index] = on;
            setState({ ...state, ticked });
          }}
          onBack={state.csv ? () => setState({ step: 'mapping', source: state.source, ...state.csv! }) : undefined}
          onConfirm={() => void confirm(state.candidates, state.ticked)}
          onCancel={() => setState({ step: 'idle' })}
        />
      )}
    </div>
  );
  return { view, importFile: (file) => void importFile(file) };
}

/** One select per column, prefilled from the header (or the template's order); the user decides. */
function CsvMappingStep({
  source,
  table,
  mapping,
  onMapping,
  onContinue,
  onCancel,
}: {
  source: string;
  table: CsvTable;
  mapping: CsvMapping;
  onMapping(mapping: CsvMapping): void;
  onContinue(): void;
  onCancel(): void;
}) {
  const sample = table.rows[0] ?? [];
  return (
    <section class="card stack" aria-labelledby="csv-mapping-heading">
      <h2 id="csv-mapping-heading">{t('importCsvMappingHeading', source)}</h2>
      <p class="muted">{t('importCsvMappingHelp', table.rows.length)}</p>
      <div class="grid-2">
        {mapping.map((field, column) => {
          const name = table.header?.[column] || t('importCsvColumn', column + 1);
          return (
            <div class="field" key={column}>
              <label for={`csv-column-${column}`}>{t('importCsvColumnLabel', name)}</label>
              <select
                id={`csv-column-${column}`}
                value={field ?? ''}
                aria-describedby={`csv-column-${column}-sample`}
                onChange={(event) => {
                  const next = [...mapping];
                  next[column] = (event.currentTarget.value || null) as CsvMapping[number];
                  onMapping(next);
                }}
              >
                <option value="">{t('importCsvSkip')}</option>
                {CSV_FIELDS.map((option) => (
                  <option key={option} value={option}>
                    {t(FIELD_LABELS[option])}
                  </option>
                ))}
              </select>
              <p id={`csv-column-${column}-sample`} class="muted">
                {t('importCsvSample', (sample[column] ?? '').slice(0, 80))}
              </p>
            </div>
          );
        })}
      </div>
      <div class="row">
        <button type="button" class="primary" onClick={onContinue}>
          {t('importCsvContinue')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('importCancel')}
        </button>
      </div>
    </section>
  );
}

function StoryPreview({
  source,
  candidates,
  ticked,
  busy,
  onTick,
  onBack,
  onConfirm,
  onCancel,
}: {
  source: string;
  candidates: StoryCandidate[];
  ticked: boolean[];
  busy: boolean;
  onTick(index: number, on: boolean): void;
  onBack?: () => void;
  onConfirm(): void;
  onCancel(): void;
}) {
  const count = candidates.filter((candidate, index) => ticked[index] && !candidate.error).length;
  return (
    <section class="card stack story-preview" aria-labelledby="story-preview-heading">
      <h2 id="story-preview-heading">{t('importStoriesPreviewHeading', [candidates.length, source])}</h2>
      <p class="muted">{t('importStoriesPreviewHelp')}</p>
      <ul class="list" aria-label={t('importStoriesFound')}>
        {candidates.map((candidate, index) => (
          <CandidateItem
            key={index}
            index={index}
            candidate={candidate}
            ticked={ticked[index] === true && !candidate.error}
            onTick={(on) => onTick(index, on)}
          />
        ))}
      </ul>
      <div class="row">
        <button type="button" class="primary" disabled={busy || count === 0} onClick={onConfirm}>
          {count === 1 ? t('importStoriesConfirmOne') : t('importStoriesConfirm', count)}
        </button>
        {onBack && (
          <button type="button" disabled={busy} onClick={onBack}>
            {t('importCsvBack')}
          </button>
        )}
        <button type="button" disabled={busy} onClick={onCancel}>
          {t('importCancel')}
        </button>
      </div>
    </section>
  );
}

function CandidateItem({
  index,
  candidate,
  ticked,
  onTick,
}: {
  index: number;
  candidate: StoryCandidate;
  ticked: boolean;
  onTick(on: boolean): void;
}) {
  const { story } = candidate;
  const id = `import-candidate-${index}`;
  return (
    <li class="card stack" aria-labelledby={`${id}-title`}>
      <div class="row">
        <input
          id={id}
          type="checkbox"
          checked={ticked}
          disabled={Boolean(candidate.error)}
          aria-describedby={candidate.error ? `${id}-error` : undefined}
          onChange={(event) => onTick(event.currentTarget.checked)}
        />
        <label for={id} id={`${id}-title`}>
          <strong>{story.title || t('storyUntitled')}</strong>
        </label>
        <span class="muted">{t('importStoryLine', candidate.line)}</span>
        {candidate.duplicateOf && <span class="badge">{t('importStoryDuplicateBadge')}</span>}
      </div>
      {candidate.error && (
        <p id={`${id}-error`} class="error-text">
          {messageText(candidate.error)}
        </p>
      )}
      <dl class="import-parts">
        {PARTS.map((part) => (
          <div key={part}>
            <dt>{t(FIELD_LABELS[part])}</dt>
            <dd>{story[part] || <span class="muted">{t('importStoryEmptyPart')}</span>}</dd>
          </div>
        ))}
        {story.competencies.length > 0 && (
          <div>
            <dt>{t('storyFieldCompetencies')}</dt>
            <dd>{story.competencies.map(competencyLabel).join(', ')}</dd>
          </div>
        )}
      </dl>
      {candidate.warnings.length > 0 && (
        <ul class="muted" aria-label={t('importStoryWarnings')}>
          {candidate.warnings.map((warning, i) => (
            <li key={i}>{messageText(warning)}</li>
          ))}
        </ul>
      )}
    </li>
  );
}
