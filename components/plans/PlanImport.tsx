import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { fileTooLarge, type ImportedText, ImportSource } from '@/components/ui/ImportSource';
import { request } from '@/utils/api/client';
import { formatDateTime } from '@/utils/format';
import { t } from '@/utils/i18n';
import type { Plan } from '@/utils/model';
import type { PlanCandidate } from '@/utils/plans/ics';
import type { PlanInput } from '@/utils/plans/protocol';
import type { ImportMessage } from '@/utils/stories/import-candidates';

/**
 * A plan from a calendar invitation: an `.ics` file picked or dropped, or an invitation email pasted. The parser
 * (utils/plans/ics.ts, with ical.js, about 78 KB) is loaded only when an invitation is read, so it stays out of
 * the dashboard's first chunk and never reaches call-page scripts. The user picks the event (when there are
 * several) and confirms who interviews them; an invitation imported before (same UID) updates its plan.
 */

type IcsModule = typeof import('@/utils/plans/ics');
const loadIcs = (): Promise<IcsModule> => import('@/utils/plans/ics');

type Step =
  | { step: 'idle' }
  | {
      step: 'review';
      source: string;
      candidates: PlanCandidate[];
      chosen: number;
      /** Per interviewer of the chosen event: kept on the plan. */
      kept: boolean[];
      /** What pasted text gave, to say so (null for a file). */
      found: string[] | null;
    };

const messageText = (message: ImportMessage) => t(message.messageKey, message.substitutions);
const keptFor = (candidate: PlanCandidate | undefined) =>
  (candidate?.interviewers ?? []).map((name) => !candidate?.outsiders.includes(name));

const FOUND_KEYS = {
  title: 'invitationFoundTitle',
  time: 'invitationFoundTime',
  length: 'invitationFoundLength',
  link: 'invitationFoundLink',
} as const;

export function usePlanImport(plans: readonly Plan[]): { view: JSX.Element; importFile(file: File): void } {
  const [state, setState] = useState<Step>({ step: 'idle' });
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const fail = (message: ImportMessage | string) => {
    setState({ step: 'idle' });
    setError(typeof message === 'string' ? message : messageText(message));
  };
  const review = (source: string, candidates: PlanCandidate[], found: string[] | null) =>
    setState({ step: 'review', source, candidates, chosen: 0, kept: keptFor(candidates[0]), found });

  const readFile = async (file: File) => {
    setError(null);
    setNotice(null);
    const tooLarge = fileTooLarge(file);
    if (tooLarge) return fail(tooLarge);
    if (!/\.(ics|ical|ifb|icalendar)$/i.test(file.name.trim()) && file.type !== 'text/calendar') {
      return fail(t('invitationErrorFormat'));
    }
    try {
      const [text, ics] = await Promise.all([file.text(), loadIcs()]);
      const result = ics.plansFromIcs(text);
      if (!result.ok) return fail(result.error);
      review(file.name, result.candidates, null);
    } catch {
      fail(t('importErrorUnreadable'));
    }
  };

  const readText = async ({ text }: ImportedText) => {
    setError(null);
    setNotice(null);
    const ics = await loadIcs();
    // A pasted .ics body is read as one; anything else as the text of an invitation email.
    if (/BEGIN:VCALENDAR/i.test(text)) {
      const result = ics.plansFromIcs(text);
      if (!result.ok) return fail(result.error);
      return review(t('importPastedText'), result.candidates, null);
    }
    const pasted = ics.planFromInvitationText(text);
    if (!pasted.ok) return fail(pasted.error);
    review(
      t('importPastedText'),
      [pasted.result.candidate],
      pasted.result.found.map((part) => t(FOUND_KEYS[part])),
    );
  };

  const confirm = async (candidate: PlanCandidate, kept: boolean[]) => {
    setBusy(true);
    setError(null);
    try {
      const ics = await loadIcs();
      const input: PlanInput = {
        ...ics.planInputOf(candidate),
        interviewers: candidate.interviewers.filter((_, index) => kept[index]),
        ...(candidate.cancelled ? { status: 'cancelled' as const } : {}),
      };
      const existing = ics.planForInvitation(candidate, plans);
      if (existing?.stale && !window.confirm(t('invitationStaleConfirm'))) return;
      if (!existing && input.plannedMinutes === undefined) {
        input.plannedMinutes = (await request('settings.get', undefined)).defaultPlannedMinutes;
      }
      const plan = await request('plans.save', existing ? { ...input, id: existing.plan.id } : input);
      setState({ step: 'idle' });
      setNotice(existing ? t('invitationUpdatedPlan') : t('invitationMadePlan'));
      window.location.hash = `#/plans/${encodeURIComponent(plan.id)}`;
    } catch (caught) {
      setError(caught instanceof Error && caught.message ? caught.message : t('importErrorUnexpected'));
    } finally {
      setBusy(false);
    }
  };

  const view = (
    <div class="stack plan-import">
      <ImportSource
        labels={{
          pick: 'invitationPick',
          fileInput: 'invitationFile',
          paste: 'invitationPaste',
          pasteHeading: 'invitationPasteHeading',
          pasteField: 'invitationPasteField',
          pasteConfirm: 'invitationPasteConfirm',
        }}
        accept=".ics,text/calendar"
        disabled={busy}
        onFile={(file) => void readFile(file)}
        onText={(pasted) => void readText(pasted)}
      />
      <p class="muted">{t('invitationDropHint')}</p>
      <div role="alert" class="alert-region">
        {error && <p class="error-text">{error}</p>}
      </div>
      <p role="status" class="status">
        {notice}
      </p>
      {state.step === 'review' && (
        <InvitationReview
          state={state}
          plans={plans}
          busy={busy}
          onChange={setState}
          onConfirm={() => {
            const candidate = state.candidates[state.chosen];
            if (candidate) void confirm(candidate, state.kept);
          }}
          onCancel={() => setState({ step: 'idle' })}
        />
      )}
    </div>
  );
  return { view, importFile: (file) => void readFile(file) };
}

function InvitationReview({
  state,
  plans,
  busy,
  onChange,
  onConfirm,
  onCancel,
}: {
  state: Extract<Step, { step: 'review' }>;
  plans: readonly Plan[];
  busy: boolean;
  onChange(state: Step): void;
  onConfirm(): void;
  onCancel(): void;
}) {
  const candidate = state.candidates[state.chosen]!;
  const updates = candidate.uid ? plans.some((plan) => plan.uid === candidate.uid) : false;
  const eventLabel = (c: PlanCandidate) =>
    [c.title || t('planUntitled'), c.scheduledAt === undefined ? '' : formatDateTime(c.scheduledAt)]
      .filter(Boolean)
      .join(' · ');
  return (
    <section class="card stack" aria-labelledby="invitation-review-heading">
      <h2 id="invitation-review-heading">{t('invitationReviewHeading', state.source)}</h2>
      {state.found && <p class="muted">{t('invitationFound', state.found.join(', '))}</p>}
      {state.candidates.length > 1 && (
        <fieldset class="stack">
          <legend>{t('invitationPickEvent', state.candidates.length)}</legend>
          {state.candidates.map((c, index) => (
            <label key={index} class="row">
              <input
                type="radio"
                name="invitation-event"
                checked={index === state.chosen}
                onChange={() => onChange({ ...state, chosen: index, kept: keptFor(c) })}
              />
              {eventLabel(c)}
            </label>
          ))}
        </fieldset>
      )}
      <dl class="import-parts">
        <div>
          <dt>{t('invitationEvent')}</dt>
          <dd>{eventLabel(candidate)}</dd>
        </div>
        <div>
          <dt>{t('planFieldPlannedMinutes')}</dt>
          <dd>{candidate.plannedMinutes ?? '—'}</dd>
        </div>
        <div>
          <dt>{t('planFieldMeetingUrl')}</dt>
          <dd>{candidate.meetingLink || '—'}</dd>
        </div>
      </dl>
      {candidate.interviewers.length > 0 && (
        <fieldset class="stack">
          <legend>{t('invitationInterviewers')}</legend>
          {candidate.interviewers.map((name, index) => (
            <label key={name} class="row">
              <input
                type="checkbox"
                checked={state.kept[index] === true}
                onChange={(event) => {
                  const kept = [...state.kept];
                  kept[index] = event.currentTarget.checked;
                  onChange({ ...state, kept });
                }}
              />
              {name}
            </label>
          ))}
        </fieldset>
      )}
      {candidate.warnings.length > 0 && (
        <ul class="muted" aria-label={t('importStoryWarnings')}>
          {candidate.warnings.map((warning, i) => (
            <li key={i}>{messageText(warning)}</li>
          ))}
        </ul>
      )}
      <div class="row">
        <button type="button" class="primary" disabled={busy} onClick={onConfirm}>
          {updates ? t('invitationUpdatePlan') : t('invitationMakePlan')}
        </button>
        <button type="button" disabled={busy} onClick={onCancel}>
          {t('importCancel')}
        </button>
      </div>
    </section>
  );
}
