import { Share2, Trash2 } from 'lucide-preact';
import { useState } from 'preact/hooks';
import { ShareWithCoach } from '@/components/journal/ShareWithCoach';
import { PlatformOffForLink } from '@/components/platforms/TurnOnPlatform';
import { type SaveState, useAutosave } from '@/components/ui/use-autosave';
import { useLive, valueOr } from '@/components/ui/use-live';
import { request } from '@/utils/api/client';
import { BACKUP_LIMITS } from '@/utils/backup/format';
import { fromDateTimeLocalValue, parseMinutes, toDateTimeLocalValue } from '@/utils/form-values';
import { type MessageKey, t } from '@/utils/i18n';
import { coachPlanMarkdown } from '@/utils/journal/coach-export';
import type { Plan, PlanStatus, Story, Timestamp } from '@/utils/model';
import { figureWarnings } from '@/utils/plans/figures';
import { cleanList, meetingLinkForDisplay, sameCompanyPlanIds } from '@/utils/plans/plans';
import { retellWarnings } from '@/utils/plans/retell';
import { ListField } from './ListField';
import { MeetingLinkActions } from './MeetingLinkActions';
import { PinnedStories } from './PinnedStories';
import { planTitle, STATUS_TEXT } from './plan-text';

export type PlanForm = Pick<
  Plan,
  | 'company'
  | 'role'
  | 'round'
  | 'plannedMinutes'
  | 'meetingUrl'
  | 'interviewers'
  | 'pinnedStoryIds'
  | 'questionsToAsk'
  | 'pitch'
  | 'notes'
  | 'status'
> & { scheduledAt: Timestamp | null; reminderMinutes: number | null; headsUpMinutes: number | null };

const FORM_FIELDS: ReadonlyArray<keyof PlanForm> = [
  'company',
  'role',
  'round',
  'plannedMinutes',
  'meetingUrl',
  'interviewers',
  'pinnedStoryIds',
  'questionsToAsk',
  'pitch',
  'notes',
  'status',
  'scheduledAt',
  'reminderMinutes',
  'headsUpMinutes',
];

function planForm(plan: Plan): PlanForm {
  return {
    company: plan.company,
    role: plan.role,
    round: plan.round,
    plannedMinutes: plan.plannedMinutes,
    meetingUrl: meetingLinkForDisplay(plan.meetingUrl),
    interviewers: plan.interviewers,
    pinnedStoryIds: plan.pinnedStoryIds,
    questionsToAsk: plan.questionsToAsk,
    pitch: plan.pitch,
    notes: plan.notes,
    status: plan.status,
    scheduledAt: plan.scheduledAt ?? null,
    reminderMinutes: plan.reminderMinutes ?? null,
    headsUpMinutes: plan.headsUpMinutes ?? null,
  };
}

export const planDraftKey = (id: string) => `interview:${id}`;

const SAVE_STATE_TEXT: Record<SaveState, MessageKey> = { saved: 'saved', saving: 'saving', error: 'saveFailed' };
const STATUSES: PlanStatus[] = ['planned', 'done', 'cancelled'];
const MAX_PLANNED_MINUTES = 8 * 60;

type TextField = 'company' | 'role' | 'round' | 'meetingUrl';
const TEXT_FIELDS: Array<{ field: TextField; label: MessageKey; type?: string }> = [
  { field: 'company', label: 'planFieldCompany' },
  { field: 'role', label: 'planFieldRole' },
  { field: 'round', label: 'planFieldRound' },
  { field: 'meetingUrl', label: 'planFieldMeetingUrl', type: 'url' },
];

export function PlanEditor({
  plan,
  plans,
  stories,
  onDeleted,
}: {
  plan: Plan;
  plans: readonly Plan[];
  stories: readonly Story[];
  onDeleted(deleted: Plan): void;
}) {
  const { form, saveState, update, flush } = useAutosave<PlanForm>({
    draftKey: planDraftKey(plan.id),
    saved: planForm(plan),
    fields: FORM_FIELDS,
    save: (patch) =>
      request('plans.save', {
        id: plan.id,
        ...patch,
        ...(patch.interviewers ? { interviewers: cleanList(patch.interviewers) } : {}),
        ...(patch.questionsToAsk ? { questionsToAsk: cleanList(patch.questionsToAsk) } : {}),
      }),
  });
  const settings = useLive('settings.get', undefined);
  const [sharing, setSharing] = useState(false);
  const defaultReminder = settings.status === 'ready' ? settings.value.reminderMinutes : null;
  const headsUps = settings.status === 'ready' ? settings.value : null;

  // Freshness: stories already told to this company in its other rounds (calls' story-told events, journal entries).
  const current: Plan = {
    ...plan,
    ...form,
    scheduledAt: form.scheduledAt ?? undefined,
    reminderMinutes: form.reminderMinutes ?? undefined,
    headsUpMinutes: form.headsUpMinutes ?? undefined,
  };
  const otherRounds = sameCompanyPlanIds(current, plans);
  const calls = valueOr(useLive('calls.forPlans', { interviewIds: otherRounds }), []);
  const journal = valueOr(useLive('journal.tellingsForPlans', { interviewIds: otherRounds }), []);
  const warnings = retellWarnings({ interview: current, interviews: plans, calls, journal });
  // Consistency: a story told to this company before with other figures than its result has now.
  const figures = figureWarnings({ interview: current, interviews: plans, journal, stories });

  const deletePlan = async () => {
    await flush();
    const deleted = await request('plans.delete', plan.id);
    await request('formBackup.delete', planDraftKey(plan.id)).catch(() => undefined);
    if (deleted) onDeleted(deleted);
  };

  return (
    <form class="plan-editor card stack" onSubmit={(event) => event.preventDefault()}>
      <div class="row spread">
        <h2>{planTitle(form)}</h2>
        <span role="status" class="muted">
          {t(SAVE_STATE_TEXT[saveState])}
        </span>
      </div>
      {plan.sample === 1 && (
        <div>
          <span class="badge sample">{t('badgeSample')}</span>
        </div>
      )}
      <div class="grid-2">
        {TEXT_FIELDS.map(({ field, label, type }) => (
          <div class="field" key={field}>
            <label for={`plan-${field}`}>{t(label)}</label>
            <input
              id={`plan-${field}`}
              type={type ?? 'text'}
              maxLength={field === 'meetingUrl' ? BACKUP_LIMITS.lineChars : BACKUP_LIMITS.shortChars}
              value={form[field]}
              onInput={(event) => update({ [field]: event.currentTarget.value })}
            />
            {field === 'meetingUrl' && <MeetingLinkActions meetingUrl={form.meetingUrl} />}
            {field === 'meetingUrl' && saveState === 'saved' && (
              <PlatformOffForLink
                link={form.meetingUrl}
                platforms={settings.status === 'ready' ? settings.value.platforms : null}
              />
            )}
          </div>
        ))}
        <div class="field">
          <label for="plan-scheduled">{t('planFieldScheduledAt')}</label>
          <input
            id="plan-scheduled"
            type="datetime-local"
            value={toDateTimeLocalValue(form.scheduledAt)}
            onInput={(event) => update({ scheduledAt: fromDateTimeLocalValue(event.currentTarget.value) })}
          />
        </div>
        <div class="field">
          <label for="plan-minutes">{t('planFieldPlannedMinutes')}</label>
          <input
            id="plan-minutes"
            type="number"
            min={5}
            max={MAX_PLANNED_MINUTES}
            step={5}
            value={String(form.plannedMinutes)}
            onInput={(event) => {
              const minutes = parseMinutes(event.currentTarget.value, { min: 5, max: MAX_PLANNED_MINUTES });
              if (minutes !== null) update({ plannedMinutes: minutes });
            }}
          />
        </div>
        <div class="field">
          <label for="plan-status">{t('planFieldStatus')}</label>
          <select
            id="plan-status"
            value={form.status}
            onChange={(event) => update({ status: event.currentTarget.value as PlanStatus }, { immediate: true })}
          >
            {STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(STATUS_TEXT[status])}
              </option>
            ))}
          </select>
        </div>
        <OptionalMinutesField
          id="plan-reminder"
          label={t('planFieldReminder')}
          max={120}
          value={form.reminderMinutes}
          onChange={(reminderMinutes) => update({ reminderMinutes })}
          help={defaultReminder === null ? t('planReminderHelpPlain') : t('planReminderHelp', defaultReminder)}
        />
        <OptionalMinutesField
          id="plan-heads-up"
          label={t('planFieldHeadsUp')}
          max={24 * 60}
          value={form.headsUpMinutes}
          onChange={(headsUpMinutes) => update({ headsUpMinutes })}
          help={
            headsUps === null
              ? t('planHeadsUpHelpPlain')
              : headsUps.headsUp
                ? t('planHeadsUpHelp', headsUps.headsUpMinutes)
                : t('planHeadsUpHelpOff')
          }
        />
      </div>
      <ListField
        id="plan-interviewer"
        legend={t('planFieldInterviewers')}
        items={form.interviewers}
        itemLabel={(n) => t('planInterviewerN', n)}
        removeLabel={(n) => t('planRemoveInterviewerN', n)}
        addLabel={t('planAddInterviewer')}
        onChange={(interviewers) => update({ interviewers })}
        maxLength={BACKUP_LIMITS.shortChars}
      />
      <PinnedStories
        pinnedIds={form.pinnedStoryIds}
        stories={stories}
        warnings={warnings}
        figureWarnings={figures}
        company={form.company}
        onChange={(pinnedStoryIds) => update({ pinnedStoryIds }, { immediate: true })}
      />
      <ListField
        id="plan-question"
        legend={t('planFieldQuestionsToAsk')}
        items={form.questionsToAsk}
        itemLabel={(n) => t('planQuestionN', n)}
        removeLabel={(n) => t('planRemoveQuestionN', n)}
        addLabel={t('planAddQuestion')}
        onChange={(questionsToAsk) => update({ questionsToAsk })}
        maxLength={BACKUP_LIMITS.textChars}
      />
      <div class="field">
        <label for="plan-pitch">{t('planFieldPitch')}</label>
        <textarea
          id="plan-pitch"
          rows={3}
          maxLength={BACKUP_LIMITS.textChars}
          aria-describedby="plan-pitch-help"
          value={form.pitch}
          onInput={(event) => update({ pitch: event.currentTarget.value })}
        />
        <p id="plan-pitch-help" class="muted">
          {t('planPitchHelp')}
        </p>
      </div>
      <div class="field">
        <label for="plan-notes">{t('planFieldNotes')}</label>
        <textarea
          id="plan-notes"
          rows={4}
          maxLength={BACKUP_LIMITS.textChars}
          value={form.notes}
          onInput={(event) => update({ notes: event.currentTarget.value })}
        />
      </div>
      <div class="row">
        <button type="button" aria-expanded={sharing} onClick={() => setSharing(!sharing)}>
          <Share2 size={16} aria-hidden="true" focusable="false" />
          {t('coachShare')}
        </button>
        <button type="button" class="danger" onClick={deletePlan}>
          <Trash2 size={16} aria-hidden="true" focusable="false" />
          {t('planDelete')}
        </button>
      </div>
      {sharing && (
        <ShareWithCoach
          idPrefix={`plan-${plan.id.replace(/[^A-Za-z0-9_-]/g, '')}`}
          fileName="starboard-coach-plan.md"
          render={(hideCompany) => coachPlanMarkdown(current, { stories, hideCompany })}
          onClose={() => setSharing(false)}
        />
      )}
    </form>
  );
}

/** A plan's own minutes for something the settings also set: empty means "use the setting", said by `help`. */
function OptionalMinutesField({
  id,
  label,
  max,
  value,
  onChange,
  help,
}: {
  id: string;
  label: string;
  max: number;
  value: number | null;
  onChange(value: number | null): void;
  help: string;
}) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="number"
        min={0}
        max={max}
        value={value === null ? '' : String(value)}
        aria-describedby={`${id}-help`}
        onInput={(event) => onChange(parseMinutes(event.currentTarget.value, { min: 0, max }))}
      />
      <p id={`${id}-help`} class="muted">
        {help}
      </p>
    </div>
  );
}
