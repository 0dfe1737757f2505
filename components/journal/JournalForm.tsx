import './journal-form.css';
import { useState } from 'preact/hooks';
import { OfferFromEntry } from '@/components/offers/OfferFromEntry';
import { downloadText } from '@/components/ui/download';
import { useCoveredRefusal } from '@/components/ui/occlusion';
import { useLive, valueOr } from '@/components/ui/use-live';
import { request } from '@/utils/api/client';
import type { JournalEntryInput } from '@/utils/api/protocol';
import { PLATFORM_LABELS } from '@/utils/backup/export-markdown';
import { BACKUP_LIMITS } from '@/utils/backup/format';
import { formatDate } from '@/utils/format';
import { durationText, labelFor, type MessageKey, t } from '@/utils/i18n';
import { suggestedCompetencies } from '@/utils/journal/draft';
import { entryTitle } from '@/utils/journal/summary';
import type { Call, Id, JournalEntry } from '@/utils/model';
import { ChangedElsewhereNotice } from './ChangedElsewhereNotice';
import { noteDeletedEntry } from './DeletedEntryUndo';
import { FollowUpsField } from './FollowUpsField';
import { ChecklistResults, EntryActions, InterviewFields, OutcomeFields } from './JournalFormSections';
import { QuestionsField } from './QuestionsField';
import { ScorecardField } from './ScorecardField';
import { SelfCallField } from './SelfCallField';
import { JournalShareWithCoach } from './ShareWithCoach';
import { StoriesUsedField } from './StoriesUsedField';
import { type SaveState, useJournalEntry } from './use-journal-entry';

type ProseField = 'wentWell' | 'improve' | 'reflections' | 'signals' | 'compensationNotes';

const PROSE: ReadonlyArray<{ field: ProseField; label: MessageKey; placeholder: MessageKey; help?: MessageKey[] }> = [
  { field: 'wentWell', label: 'journalFieldWentWell', placeholder: 'journalWentWellPlaceholder' },
  { field: 'improve', label: 'journalFieldImprove', placeholder: 'journalImprovePlaceholder' },
  {
    field: 'reflections',
    label: 'journalFieldReflections',
    placeholder: 'journalPromptExpected',
    help: ['journalPromptExpected', 'journalPromptStrengths', 'journalPromptDifferently'],
  },
  {
    field: 'signals',
    label: 'journalFieldSignals',
    placeholder: 'journalPromptTeam',
    help: ['journalPromptTeam', 'journalPromptManager'],
  },
];

const SAVE_STATE_LABELS: Record<SaveState, MessageKey> = {
  saved: 'saved',
  saving: 'saving',
  error: 'saveFailed',
  final: 'journalEntrySaved',
};

/** The competencies of the told stories, in telling order (the journal keeps told ids in that order). */
function suggestionsFor(storyIds: readonly Id[], stories: Parameters<typeof suggestedCompetencies>[1]) {
  const told: Pick<Call, 'events'> = { events: storyIds.map((storyId) => ({ type: 'story-told', at: 0, storyId })) };
  return suggestedCompetencies(told as Call, stories);
}

interface Props {
  entryId: Id;
  /** After "Save entry" (the entry is final). */
  onSaved?(entry: JournalEntry): void;
  onDeleted?(): void;
  /** The form's heading level: 1 on its own page, 2 inside a panel section. */
  headingLevel?: 1 | 2;
}

/**
 * The post-interview journal form: drafted from the call or written by hand, saved as you type (never losing a
 * word), then "Save entry" marks it reviewed. Self-contained (loads and saves by id), so the dashboard and the
 * panel can both show it.
 */
export function JournalForm({ entryId, onSaved, onDeleted, headingLevel = 1 }: Props) {
  const { load, form, change, save, remove, saveState, saveError, changedElsewhere } = useJournalEntry(entryId);
  const stories = valueOr(useLive('stories.list', { includeArchived: true }), []);
  const [exportError, setExportError] = useState(false);
  const [sharing, setSharing] = useState(false);
  const covered = useCoveredRefusal();

  if (load.status === 'loading') return <p class="muted">{t('journalLoading')}</p>;
  if (load.status === 'error') return <p role="alert">{t('journalLoadFailed')}</p>;
  if (load.status === 'missing' || !form) return <p role="alert">{t('journalEntryMissing')}</p>;

  const p = `journal-${entryId.replace(/[^A-Za-z0-9_-]/g, '')}`;
  const set = (patch: Partial<JournalEntryInput>) => change((current) => ({ ...current, ...patch }));
  const withStory = (ids: Id[], storyId?: Id) => (storyId && !ids.includes(storyId) ? [...ids, storyId] : ids);
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  const title = entryTitle(form);

  const exportMarkdown = async () => {
    setExportError(false);
    try {
      await save(false);
      const file = await request('backup.exportJournal', { format: 'markdown', id: entryId });
      downloadText(file.fileName, file.text, file.mimeType);
    } catch {
      setExportError(true);
    }
  };

  return (
    <form
      class="journal-form stack"
      aria-labelledby={`${p}-title`}
      onSubmit={async (event) => {
        event.preventDefault();
        const saved = await save(true);
        if (saved) onSaved?.(saved);
      }}
    >
      <header class="journal-form-header">
        <div>
          <Heading id={`${p}-title`}>{title || t('journalNewEntryTitle')}</Heading>
          <p class="muted row">
            <span class="badge">{t(load.draft === 1 ? 'journalDraftBadge' : 'journalReviewedBadge')}</span>
            {form.platform && <span>{labelFor(PLATFORM_LABELS, form.platform)}</span>}
            {form.durationMinutes !== undefined && <span>{durationText(form.durationMinutes)}</span>}
            <span>{formatDate(form.date)}</span>
          </p>
        </div>
        <span role="status" class="muted status">
          {/* Beside a "Save entry" button, "saved as you type" reads as a contradiction: say what the button adds. */}
          {t(saveState === 'saved' && load.draft === 1 ? 'journalKeptAsDraft' : SAVE_STATE_LABELS[saveState])}
        </span>
      </header>
      {load.restored && <p class="card notice">{t('journalRestoredNotice')}</p>}
      <ChangedElsewhereNotice changed={changedElsewhere} />
      {saveError && (
        <p role="alert" class="error">
          {saveError}
        </p>
      )}

      <InterviewFields idPrefix={p} form={form} set={set} />

      <QuestionsField
        idPrefix={p}
        questions={form.questions}
        stories={stories}
        onChange={(questions, toldStoryId) =>
          change((current) => ({ ...current, questions, storiesUsed: withStory(current.storiesUsed, toldStoryId) }))
        }
      />
      <StoriesUsedField
        idPrefix={p}
        storyIds={form.storiesUsed}
        stories={stories}
        onChange={(storiesUsed) => set({ storiesUsed })}
      />
      <ScorecardField
        idPrefix={p}
        ratings={form.ratings}
        suggestions={suggestionsFor(form.storiesUsed, stories)}
        onChange={(ratings) => set({ ratings })}
      />
      <SelfCallField idPrefix={p} value={form.selfCall} onChange={(selfCall) => set({ selfCall })} />

      {PROSE.map(({ field, label, placeholder, help }) => (
        <div class="field" key={field}>
          <label for={`${p}-${field}`}>{t(label)}</label>
          {help && (
            <ul id={`${p}-${field}-help`} class="muted prompts">
              {help.map((key) => (
                <li key={key}>{t(key)}</li>
              ))}
            </ul>
          )}
          <textarea
            id={`${p}-${field}`}
            rows={3}
            maxLength={BACKUP_LIMITS.textChars}
            placeholder={t(placeholder)}
            aria-describedby={help ? `${p}-${field}-help` : undefined}
            value={form[field]}
            onInput={(event) => set({ [field]: event.currentTarget.value })}
          />
        </div>
      ))}

      <FollowUpsField idPrefix={p} followUps={form.followUps} onChange={(followUps) => set({ followUps })} />

      <OutcomeFields idPrefix={p} form={form} set={set} />
      {form.outcome === 'offer' && <OfferFromEntry entryId={entryId} />}

      <ChecklistResults idPrefix={p} checklist={form.checklist} />

      <EntryActions
        onExport={exportMarkdown}
        sharing={sharing}
        onShare={() => setSharing(!sharing)}
        onDelete={async () => {
          // In the in-call panel, a page's overlay could steer the clicks that confirm a delete (occlusion.ts).
          if (covered.refuse()) return;
          noteDeletedEntry(await remove());
          onDeleted?.();
        }}
      />
      {exportError && <p role="alert">{t('journalExportFailed')}</p>}
      {covered.refused && <p role="alert">{t('panelCovered')}</p>}
      {sharing && (
        <JournalShareWithCoach
          idPrefix={p}
          entry={{ ...form, draft: load.draft, createdAt: load.savedAt, updatedAt: load.savedAt }}
          stories={stories}
          onClose={() => setSharing(false)}
        />
      )}
    </form>
  );
}
