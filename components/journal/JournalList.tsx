import { useEffect, useState } from 'preact/hooks';
import { BackupPanel } from '@/components/backup/BackupPanel';
import { ProgressBar } from '@/components/ui/ProgressBar';
import { useLive, valueOr } from '@/components/ui/use-live';
import { request } from '@/utils/api/client';
import { OUTCOME_LABELS } from '@/utils/backup/export-markdown';
import { formatDate } from '@/utils/format';
import { labelFor, t } from '@/utils/i18n';
import type { JournalQuery } from '@/utils/journal/protocol';
import { entryTitle } from '@/utils/journal/summary';
import type { JournalEntry } from '@/utils/model';
import { DeletedEntryUndo } from './DeletedEntryUndo';
import { EMPTY_FILTERS, type Filters, JournalFilters } from './JournalFilters';

export const PAGE_SIZE = 25;
const SEARCH_DELAY_MS = 200;

/** Kept while the dashboard is open, so opening an entry and coming back finds the same search and page. */
let remembered: { filters: Filters; page: number } = { filters: EMPTY_FILTERS, page: 0 };

function toQuery(filters: Filters, page: number): JournalQuery {
  const query: JournalQuery = { offset: page * PAGE_SIZE, limit: PAGE_SIZE };
  if (filters.text.trim()) query.text = filters.text;
  if (filters.company) query.company = filters.company;
  if (filters.round) query.round = filters.round;
  if (filters.outcome) query.outcome = filters.outcome;
  if (filters.draftsOnly) query.draft = 1;
  if (filters.from !== undefined) query.from = filters.from;
  if (filters.to !== undefined) query.to = filters.to;
  return query;
}

function EntryRow({ entry }: { entry: JournalEntry }) {
  const title = entryTitle(entry);
  const excerpt = [entry.wentWell, entry.improve, entry.reflections, entry.questions[0]?.text ?? '']
    .map((text) => text.trim())
    .find(Boolean);
  return (
    <li>
      <a class="journal-list-item" href={`#/journal/${encodeURIComponent(entry.id)}`}>
        <span class="row">
          <strong>{title || t('journalUntitledEntry')}</strong>
          <span class="badge">{labelFor(OUTCOME_LABELS, entry.outcome)}</span>
          {entry.draft === 1 && <span class="badge badge-draft">{t('journalDraftBadge')}</span>}
        </span>
        <span class="muted">
          {formatDate(entry.date)}
          {entry.role ? ` · ${entry.role}` : ''}
        </span>
        {excerpt && <span class="excerpt">{excerpt.length > 160 ? `${excerpt.slice(0, 160)}…` : excerpt}</span>}
      </a>
    </li>
  );
}

export function JournalList() {
  const [filters, setFilters] = useState<Filters>(remembered.filters);
  const [searchText, setSearchText] = useState(remembered.filters.text);
  const [page, setPage] = useState(remembered.page);
  const [creating, setCreating] = useState(false);

  useEffect(() => {
    const timer = setTimeout(() => {
      setFilters((current) => (current.text === searchText ? current : { ...current, text: searchText }));
    }, SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [searchText]);

  useEffect(() => {
    remembered = { filters, page };
  }, [filters, page]);

  const result = useLive('journal.search', toQuery(filters, page));
  const companies = valueOr(useLive('journal.companies', undefined), []);
  const rounds = valueOr(useLive('journal.rounds', undefined), []);
  const indexing = valueOr(useLive('journal.indexProgress', undefined), null);
  const pages = result.status === 'ready' ? Math.max(1, Math.ceil(result.value.total / PAGE_SIZE)) : 1;

  // A search that now has fewer pages (an entry was deleted) shows its last page rather than an empty one.
  useEffect(() => {
    if (result.status === 'ready' && page > 0 && page >= pages) setPage(pages - 1);
  }, [result.status, pages, page]);

  const changeFilters = (next: Filters) => {
    setFilters(next);
    setPage(0);
  };

  const createEntry = async () => {
    setCreating(true);
    try {
      const entry = await request('journal.createManual', {});
      window.location.hash = `#/journal/${encodeURIComponent(entry.id)}`;
    } finally {
      setCreating(false);
    }
  };

  return (
    <div class="stack journal">
      <div class="row" style={{ justifyContent: 'space-between' }}>
        <h1 id="journal-heading">{t('journalHeading')}</h1>
        <button type="button" class="primary" disabled={creating} onClick={createEntry}>
          {t('journalNewEntry')}
        </button>
      </div>
      <DeletedEntryUndo
        onRestored={(entry) => {
          window.location.hash = `#/journal/${encodeURIComponent(entry.id)}`;
        }}
      />
      <JournalFilters
        filters={filters}
        searchText={searchText}
        companies={companies}
        rounds={rounds}
        onSearchText={(text) => {
          setSearchText(text);
          setPage(0);
        }}
        onChange={changeFilters}
        onClear={() => {
          setSearchText('');
          changeFilters(EMPTY_FILTERS);
        }}
      />
      {filters.company && (
        <p>
          <a href={`#/journal/timeline/${encodeURIComponent(filters.company)}`}>
            {t('journalSeeTimeline', filters.company)}
          </a>
        </p>
      )}
      <section aria-labelledby="journal-results-heading" class="stack">
        <h2 id="journal-results-heading" class="visually-hidden">
          {t('journalResultsHeading')}
        </h2>
        <ProgressBar row={indexing} label={(row) => t('journalIndexing', [row.done, row.total])} />
        <p role="status" class="muted status">
          {result.status === 'ready' &&
            (result.value.total === 0
              ? t('journalNoResults')
              : t('journalResultCount', [result.value.total, page + 1, pages]))}
        </p>
        {result.status === 'error' && <p role="alert">{t('journalLoadFailed')}</p>}
        {result.status === 'ready' && result.value.entries.length > 0 && (
          <ul class="list journal-list" aria-labelledby="journal-heading">
            {result.value.entries.map((entry) => (
              <EntryRow key={entry.id} entry={entry} />
            ))}
          </ul>
        )}
        {pages > 1 && (
          <nav class="row pager" aria-label={t('journalPagesLabel')}>
            <button type="button" disabled={page === 0} onClick={() => setPage(page - 1)}>
              {t('journalPreviousPage')}
            </button>
            <span>{t('journalPageOf', [page + 1, pages])}</span>
            <button type="button" disabled={page + 1 >= pages} onClick={() => setPage(page + 1)}>
              {t('journalNextPage')}
            </button>
          </nav>
        )}
      </section>
      <BackupPanel />
    </div>
  );
}
