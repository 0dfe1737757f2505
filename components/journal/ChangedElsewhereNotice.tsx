import { browser } from 'wxt/browser';
import { type MessageKey, t } from '@/utils/i18n';
import type { JournalEntryInput } from '@/utils/journal/protocol';
import type { ChangedElsewhere } from './use-journal-entry';

/** The form's own label of each field a person edits; fields only the call writes (toldTo, ids) are not named. */
const FIELD_LABELS: Partial<Record<keyof JournalEntryInput, MessageKey>> = {
  company: 'journalFieldCompany',
  role: 'journalFieldRole',
  round: 'journalFieldRound',
  date: 'journalFieldDate',
  durationMinutes: 'journalFieldDuration',
  platform: 'journalFieldPlatform',
  questions: 'journalFieldQuestions',
  storiesUsed: 'journalFieldStoriesUsed',
  ratings: 'journalFieldRatings',
  selfCall: 'journalFieldSelfCall',
  wentWell: 'journalFieldWentWell',
  improve: 'journalFieldImprove',
  reflections: 'journalFieldReflections',
  signals: 'journalFieldSignals',
  followUps: 'journalFieldFollowUps',
  outcome: 'journalFieldOutcome',
  compensationNotes: 'journalFieldCompensationNotes',
  checklist: 'journalFieldChecklist',
};

function fieldList(fields: ReadonlyArray<keyof JournalEntryInput>): string {
  const names = fields.flatMap((field) => {
    const label = FIELD_LABELS[field];
    return label ? [t(label)] : [];
  });
  return new Intl.ListFormat(browser.i18n.getUILanguage(), { type: 'conjunction' }).format(names);
}

/**
 * Says that another tab or window changed this entry while it was open (issue #12: no silent lost update): which
 * fields came into this form, and which this form kept as typed here (its save is the one that stays).
 */
export function ChangedElsewhereNotice({ changed }: { changed: ChangedElsewhere | null }) {
  const taken = changed ? fieldList(changed.taken) : '';
  const kept = changed ? fieldList(changed.kept) : '';
  if (!taken && !kept) return null;
  return (
    <div role="status" class="card notice">
      {taken && <p>{t('journalChangedElsewhere', taken)}</p>}
      {kept && <p>{t('journalChangedElsewhereKept', kept)}</p>}
    </div>
  );
}
