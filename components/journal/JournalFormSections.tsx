import { Download, Share2, Trash2 } from 'lucide-preact';
import { useState } from 'preact/hooks';
import type { JournalEntryInput } from '@/utils/api/protocol';
import { OUTCOME_LABELS } from '@/utils/backup/export-markdown';
import { BACKUP_LIMITS } from '@/utils/backup/format';
import { t } from '@/utils/i18n';
import { type JournalEntry, OUTCOMES, type Outcome } from '@/utils/model';
import { dateInputValue, fromDateInput } from './dates';

// Sections of the journal form that are plain fields, apart so the form reads as its list of sections.

type Form = Required<Pick<JournalEntryInput, 'company' | 'role' | 'round' | 'date' | 'outcome' | 'compensationNotes'>>;
interface FieldsProps {
  idPrefix: string;
  form: Form;
  set(patch: Partial<JournalEntryInput>): void;
}

/** Company, role, round and date. */
export function InterviewFields({ idPrefix: p, form, set }: FieldsProps) {
  return (
    <fieldset class="journal-group grid-3">
      <legend>{t('journalInterviewLegend')}</legend>
      <div class="field">
        <label for={`${p}-company`}>{t('journalFieldCompany')}</label>
        <input
          id={`${p}-company`}
          maxLength={BACKUP_LIMITS.shortChars}
          value={form.company}
          onInput={(event) => set({ company: event.currentTarget.value })}
        />
      </div>
      <div class="field">
        <label for={`${p}-role`}>{t('journalFieldRole')}</label>
        <input
          id={`${p}-role`}
          maxLength={BACKUP_LIMITS.shortChars}
          value={form.role}
          onInput={(event) => set({ role: event.currentTarget.value })}
        />
      </div>
      <div class="field">
        <label for={`${p}-round`}>{t('journalFieldRound')}</label>
        <input
          id={`${p}-round`}
          maxLength={BACKUP_LIMITS.shortChars}
          value={form.round}
          onInput={(event) => set({ round: event.currentTarget.value })}
        />
      </div>
      <div class="field">
        <label for={`${p}-date`}>{t('journalFieldDate')}</label>
        <input
          id={`${p}-date`}
          type="date"
          required
          value={dateInputValue(form.date)}
          onChange={(event) => {
            const date = fromDateInput(event.currentTarget.value, form.date);
            if (date !== undefined) set({ date });
          }}
        />
      </div>
    </fieldset>
  );
}

/** The outcome and the compensation notes. */
export function OutcomeFields({ idPrefix: p, form, set }: FieldsProps) {
  return (
    <fieldset class="journal-group stack">
      <legend>{t('journalOutcomeLegend')}</legend>
      <div class="field">
        <label for={`${p}-outcome`}>{t('journalFieldOutcome')}</label>
        <select
          id={`${p}-outcome`}
          value={form.outcome}
          onChange={(event) => set({ outcome: event.currentTarget.value as Outcome })}
        >
          {OUTCOMES.map((outcome) => (
            <option key={outcome} value={outcome}>
              {t(OUTCOME_LABELS[outcome])}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for={`${p}-compensationNotes`}>{t('journalFieldCompensationNotes')}</label>
        <textarea
          id={`${p}-compensationNotes`}
          rows={2}
          maxLength={BACKUP_LIMITS.textChars}
          placeholder={t('journalCompensationPlaceholder')}
          value={form.compensationNotes}
          onInput={(event) => set({ compensationNotes: event.currentTarget.value })}
        />
      </div>
    </fieldset>
  );
}

/** The closing checklist as it was left at the end of the call (read only). */
export function ChecklistResults({
  idPrefix: p,
  checklist,
}: {
  idPrefix: string;
  checklist: JournalEntry['checklist'];
}) {
  if (checklist.length === 0) return null;
  return (
    <section class="journal-group" aria-labelledby={`${p}-checklist`}>
      <h3 id={`${p}-checklist`}>{t('journalFieldChecklist')}</h3>
      <ul class="list checklist-results">
        {checklist.map((item) => (
          <li key={item.itemId}>
            <span aria-hidden="true">{item.checked ? '✓' : '○'}</span>{' '}
            <span class="visually-hidden">{t(item.checked ? 'journalChecklistDone' : 'journalChecklistNotDone')} </span>
            {item.label}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Save (marks the entry reviewed), export as Markdown, and delete behind an inline confirmation. */
export function EntryActions({
  onExport,
  onDelete,
  sharing,
  onShare,
}: {
  onExport(): void;
  onDelete(): void;
  sharing: boolean;
  onShare(): void;
}) {
  const [confirmDelete, setConfirmDelete] = useState(false);
  return (
    <div class="row journal-actions">
      <button type="submit" class="primary">
        {t('journalSaveEntry')}
      </button>
      <button type="button" onClick={onExport}>
        <Download size={16} aria-hidden="true" focusable="false" />
        {t('journalExportEntryMarkdown')}
      </button>
      <button type="button" aria-expanded={sharing} onClick={onShare}>
        <Share2 size={16} aria-hidden="true" focusable="false" />
        {t('coachShare')}
      </button>
      {confirmDelete ? (
        <fieldset class="row inline-confirm">
          <legend>{t('journalDeleteConfirm')}</legend>
          <button type="button" class="danger" onClick={onDelete}>
            {t('journalDeleteYes')}
          </button>
          <button type="button" onClick={() => setConfirmDelete(false)}>
            {t('journalCancel')}
          </button>
        </fieldset>
      ) : (
        <button type="button" class="danger" onClick={() => setConfirmDelete(true)}>
          <Trash2 size={16} aria-hidden="true" focusable="false" />
          {t('journalDelete')}
        </button>
      )}
    </div>
  );
}
