import { dateInputValue, fromDateInput } from '@/components/journal/dates';
import { OUTCOME_LABELS } from '@/utils/backup/export-markdown';
import { t } from '@/utils/i18n';
import { OUTCOMES, type Outcome, type Timestamp } from '@/utils/model';

export interface Filters {
  text: string;
  company: string;
  round: string;
  outcome: Outcome | '';
  draftsOnly: boolean;
  from?: Timestamp;
  to?: Timestamp;
}

export const EMPTY_FILTERS: Filters = { text: '', company: '', round: '', outcome: '', draftsOnly: false };

const startOfDay = (value: string) => fromDateInput(value, new Date(2000, 0, 1, 0, 0, 0).getTime());
const endOfDay = (value: string) => {
  const start = startOfDay(value);
  return start === undefined ? undefined : start + 24 * 60 * 60 * 1000 - 1;
};

interface Props {
  filters: Filters;
  searchText: string;
  companies: string[];
  rounds: string[];
  onSearchText(text: string): void;
  onChange(filters: Filters): void;
  onClear(): void;
}

export function JournalFilters({ filters, searchText, companies, rounds, onSearchText, onChange, onClear }: Props) {
  const set = (patch: Partial<Filters>) => onChange({ ...filters, ...patch });
  const active =
    searchText !== '' ||
    filters.company !== '' ||
    filters.round !== '' ||
    filters.outcome !== '' ||
    filters.draftsOnly ||
    filters.from !== undefined ||
    filters.to !== undefined;
  return (
    <search class="card stack journal-filters">
      <form onSubmit={(event) => event.preventDefault()} class="stack">
        <div class="field">
          <label for="journal-search">{t('journalSearchLabel')}</label>
          <input
            id="journal-search"
            type="search"
            value={searchText}
            placeholder={t('journalSearchPlaceholder')}
            onInput={(event) => onSearchText(event.currentTarget.value)}
          />
        </div>
        <div class="filters-grid">
          <div class="field">
            <label for="journal-filter-company">{t('journalFieldCompany')}</label>
            <select
              id="journal-filter-company"
              value={filters.company}
              onChange={(event) => set({ company: event.currentTarget.value })}
            >
              <option value="">{t('journalFilterAny')}</option>
              {companies.map((company) => (
                <option key={company} value={company}>
                  {company}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="journal-filter-round">{t('journalFieldRound')}</label>
            <select
              id="journal-filter-round"
              value={filters.round}
              onChange={(event) => set({ round: event.currentTarget.value })}
            >
              <option value="">{t('journalFilterAny')}</option>
              {rounds.map((round) => (
                <option key={round} value={round}>
                  {round}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="journal-filter-outcome">{t('journalFieldOutcome')}</label>
            <select
              id="journal-filter-outcome"
              value={filters.outcome}
              onChange={(event) => set({ outcome: event.currentTarget.value as Outcome | '' })}
            >
              <option value="">{t('journalFilterAny')}</option>
              {OUTCOMES.map((outcome) => (
                <option key={outcome} value={outcome}>
                  {t(OUTCOME_LABELS[outcome])}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="journal-filter-from">{t('journalFilterFrom')}</label>
            <input
              id="journal-filter-from"
              type="date"
              value={dateInputValue(filters.from)}
              onChange={(event) => set({ from: startOfDay(event.currentTarget.value) })}
            />
          </div>
          <div class="field">
            <label for="journal-filter-to">{t('journalFilterTo')}</label>
            <input
              id="journal-filter-to"
              type="date"
              value={dateInputValue(filters.to)}
              onChange={(event) => set({ to: endOfDay(event.currentTarget.value) })}
            />
          </div>
        </div>
        <div class="row">
          <label class="choice">
            <input
              type="checkbox"
              checked={filters.draftsOnly}
              onChange={(event) => set({ draftsOnly: event.currentTarget.checked })}
            />
            {t('journalFilterDrafts')}
          </label>
          {active && (
            <button type="button" onClick={onClear}>
              {t('journalClearFilters')}
            </button>
          )}
        </div>
      </form>
    </search>
  );
}
