import { useRef, useState } from 'preact/hooks';
import { dateInputValue, fromDateInput } from '@/components/journal/dates';
import { useLive } from '@/components/ui/use-live';
import { request } from '@/utils/api/client';
import { BACKUP_LIMITS } from '@/utils/backup/format';
import { labelFor, type MessageKey, t } from '@/utils/i18n';
import { type Id, type Offer, WORK_MODES, type WorkMode } from '@/utils/model';
import { CURRENCY_PATTERN, defaultCurrency } from '@/utils/offers/offers';
import type { OfferInput } from '@/utils/offers/protocol';
import { WORK_MODE_LABELS } from './labels';

/** The amounts and counts of an offer, each an `<input type="number">` bounded like the backup validator. */
const NUMBER_FIELDS = [
  { field: 'base', label: 'offerFieldBase', max: BACKUP_LIMITS.amount },
  { field: 'bonus', label: 'offerFieldBonus', max: BACKUP_LIMITS.amount },
  { field: 'equity', label: 'offerFieldEquity', max: BACKUP_LIMITS.amount },
  { field: 'vestingYears', label: 'offerFieldVestingYears', max: BACKUP_LIMITS.vestingYears },
  { field: 'cliffMonths', label: 'offerFieldCliffMonths', max: BACKUP_LIMITS.cliffMonths },
  { field: 'signOn', label: 'offerFieldSignOn', max: BACKUP_LIMITS.amount },
] as const satisfies ReadonlyArray<{ field: keyof Offer; label: MessageKey; max: number }>;
type NumberField = (typeof NUMBER_FIELDS)[number]['field'];

/** What the form holds: every field as the input's text, converted once on save. */
interface FormState {
  company: string;
  role: string;
  currency: string;
  numbers: Record<NumberField, string>;
  startDate: string;
  deadline: string;
  location: string;
  workMode: WorkMode | '';
  notes: string;
}

function stateOf(offer: Partial<Offer>): FormState {
  const numbers = {} as Record<NumberField, string>;
  for (const { field } of NUMBER_FIELDS) numbers[field] = offer[field] === undefined ? '' : String(offer[field]);
  return {
    company: offer.company ?? '',
    role: offer.role ?? '',
    currency: offer.currency ?? '',
    numbers,
    startDate: dateInputValue(offer.startDate),
    deadline: dateInputValue(offer.deadline),
    location: offer.location ?? '',
    workMode: offer.workMode ?? '',
    notes: offer.notes ?? '',
  };
}

type Checked = { ok: true; input: OfferInput } | { ok: false; field: string; message: string };

/** The form's text as an offer, or the first field that is not one, with what to fix (nothing is sent then). */
function check(state: FormState, base: { id?: Id; journalEntryId?: Id }, p: string): Checked {
  if (state.company.trim() === '') return { ok: false, field: `${p}-company`, message: t('offerErrorNoCompany') };
  const currency = state.currency.trim().toUpperCase();
  if (!CURRENCY_PATTERN.test(currency)) {
    return { ok: false, field: `${p}-currency`, message: t('offerErrorCurrency') };
  }
  const input: OfferInput = {
    ...base,
    company: state.company,
    role: state.role,
    currency,
    location: state.location,
    notes: state.notes,
  };
  for (const { field, label, max } of NUMBER_FIELDS) {
    const text = state.numbers[field].trim();
    if (text === '') continue;
    const value = Number(text);
    if (!Number.isFinite(value) || value < 0 || value > max) {
      const message = t('offerErrorNumber', [t(label), new Intl.NumberFormat().format(max)]);
      return { ok: false, field: `${p}-${field}`, message };
    }
    input[field] = value;
  }
  const startDate = fromDateInput(state.startDate);
  if (startDate !== undefined) input.startDate = startDate;
  const deadline = fromDateInput(state.deadline);
  if (deadline !== undefined) input.deadline = deadline;
  if (state.workMode) input.workMode = state.workMode;
  return { ok: true, input };
}

interface Props {
  /** The stored offer, or the prefill of a new one. */
  offer: Partial<Offer>;
  onDone(): void;
}

/**
 * One offer: the figures as the company gave them, each in the offer's currency. A figure left empty is unknown
 * (Decide shows "—"), never 0. Checked here with the field named before sending, and again by the background
 * (the backup's own row schema) before anything is written.
 */
export function OfferEditor({ offer, onDone }: Props) {
  const [state, setState] = useState(() => stateOf(offer));
  const [error, setError] = useState<string | null>(null);
  const [invalid, setInvalid] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const p = 'offer';
  const set = (patch: Partial<FormState>) => setState((current) => ({ ...current, ...patch }));
  const setNumber = (field: NumberField, value: string) =>
    setState((current) => ({ ...current, numbers: { ...current.numbers, [field]: value } }));
  const invalidProps = (id: string) =>
    invalid === id ? { 'aria-invalid': true as const, 'aria-describedby': `${p}-error` } : {};

  const submit = async (event: Event) => {
    event.preventDefault();
    const checked = check(state, { id: offer.id, journalEntryId: offer.journalEntryId }, p);
    if (!checked.ok) {
      setError(checked.message);
      setInvalid(checked.field);
      form.current?.querySelector<HTMLElement>(`#${checked.field}`)?.focus();
      return;
    }
    setError(null);
    setInvalid(null);
    try {
      await request('offers.save', checked.input);
      onDone();
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : String(cause));
    }
  };

  const text = (field: 'company' | 'role' | 'location', label: MessageKey) => (
    <div class="field">
      <label for={`${p}-${field}`}>{t(label)}</label>
      <input
        id={`${p}-${field}`}
        maxLength={BACKUP_LIMITS.shortChars}
        required={field === 'company'}
        value={state[field]}
        onInput={(event) => set({ [field]: event.currentTarget.value })}
        {...invalidProps(`${p}-${field}`)}
      />
    </div>
  );
  const date = (field: 'startDate' | 'deadline', label: MessageKey) => (
    <div class="field">
      <label for={`${p}-${field}`}>{t(label)}</label>
      <input
        id={`${p}-${field}`}
        type="date"
        value={state[field]}
        onChange={(event) => set({ [field]: event.currentTarget.value })}
      />
    </div>
  );

  return (
    <form ref={form} class="stack offer-editor" aria-labelledby={`${p}-title`} onSubmit={submit} noValidate>
      <h1 id={`${p}-title`}>{offer.id ? t('offerEditTitle', offer.company ?? '') : t('offerNewTitle')}</h1>
      {error && (
        <p id={`${p}-error`} role="alert" class="error">
          {error}
        </p>
      )}
      <fieldset class="journal-group grid-3">
        <legend>{t('offerCompanyLegend')}</legend>
        {text('company', 'offerFieldCompany')}
        {text('role', 'offerFieldRole')}
        <div class="field">
          <label for={`${p}-currency`}>{t('offerFieldCurrency')}</label>
          <input
            id={`${p}-currency`}
            maxLength={3}
            autoComplete="off"
            aria-describedby={invalid === `${p}-currency` ? `${p}-error` : `${p}-currency-help`}
            aria-invalid={invalid === `${p}-currency` || undefined}
            value={state.currency}
            onInput={(event) => set({ currency: event.currentTarget.value })}
          />
          <span id={`${p}-currency-help`} class="muted">
            {t('offerCurrencyHelp')}
          </span>
        </div>
      </fieldset>
      <fieldset class="journal-group grid-3">
        <legend>{t('offerPayLegend')}</legend>
        {NUMBER_FIELDS.map(({ field, label, max }) => (
          <div class="field" key={field}>
            <label for={`${p}-${field}`}>{t(label)}</label>
            <input
              id={`${p}-${field}`}
              type="number"
              inputMode="decimal"
              min={0}
              max={max}
              step="any"
              value={state.numbers[field]}
              onInput={(event) => setNumber(field, event.currentTarget.value)}
              {...invalidProps(`${p}-${field}`)}
            />
          </div>
        ))}
      </fieldset>
      <fieldset class="journal-group grid-3">
        <legend>{t('offerTermsLegend')}</legend>
        {date('startDate', 'offerFieldStartDate')}
        {date('deadline', 'offerFieldDeadline')}
        {text('location', 'offerFieldLocation')}
        <div class="field">
          <label for={`${p}-workMode`}>{t('offerFieldWorkMode')}</label>
          <select
            id={`${p}-workMode`}
            value={state.workMode}
            onChange={(event) => set({ workMode: event.currentTarget.value as WorkMode | '' })}
          >
            <option value="">{t('offerWorkModeUnknown')}</option>
            {WORK_MODES.map((mode) => (
              <option key={mode} value={mode}>
                {labelFor(WORK_MODE_LABELS, mode)}
              </option>
            ))}
          </select>
        </div>
      </fieldset>
      <div class="field">
        <label for={`${p}-notes`}>{t('offerFieldNotes')}</label>
        <textarea
          id={`${p}-notes`}
          rows={3}
          maxLength={BACKUP_LIMITS.textChars}
          value={state.notes}
          onInput={(event) => set({ notes: event.currentTarget.value })}
        />
      </div>
      <div class="row">
        <button type="submit" class="primary">
          {t('offerSave')}
        </button>
        <a class="button" href="#/decide">
          {t('offerCancel')}
        </a>
        {offer.id !== undefined &&
          (confirmDelete ? (
            <fieldset class="row inline-confirm">
              <legend>{t('offerDeleteConfirm')}</legend>
              <button
                type="button"
                class="danger"
                onClick={async () => {
                  await request('offers.delete', offer.id as Id);
                  onDone();
                }}
              >
                {t('offerDeleteYes')}
              </button>
              <button type="button" onClick={() => setConfirmDelete(false)}>
                {t('offerCancel')}
              </button>
            </fieldset>
          ) : (
            <button type="button" class="danger" onClick={() => setConfirmDelete(true)}>
              {t('offerDelete')}
            </button>
          ))}
      </div>
    </form>
  );
}

/** A new offer, prefilled from the journal entry it comes from (company, role) and the last offer's currency. */
export function NewOffer({ entryId, onDone }: { entryId?: Id; onDone(): void }) {
  const entry = useLive('journal.get', entryId ?? '');
  const offers = useLive('offers.list', undefined);
  if (offers.status === 'loading' || (entryId !== undefined && entry.status === 'loading')) {
    return <p class="muted">{t('offersLoading')}</p>;
  }
  const found = entryId !== undefined && entry.status === 'ready' ? entry.value : null;
  const last = offers.status === 'ready' ? [...offers.value].sort((a, b) => b.updatedAt - a.updatedAt)[0] : undefined;
  const prefill: Partial<Offer> = {
    company: found?.company ?? '',
    role: found?.role ?? '',
    currency: last?.currency ?? defaultCurrency(navigator.language),
    ...(found ? { journalEntryId: found.id } : {}),
  };
  return <OfferEditor offer={prefill} onDone={onDone} />;
}

/** A stored offer, to edit. */
export function EditOffer({ id, onDone }: { id: Id; onDone(): void }) {
  const result = useLive('offers.get', id);
  if (result.status === 'loading') return <p class="muted">{t('offersLoading')}</p>;
  if (result.status === 'error' || !result.value) {
    return (
      <div class="stack">
        <p role="alert">{t('offerMissing')}</p>
        <a href="#/decide">{t('offersBack')}</a>
      </div>
    );
  }
  return <OfferEditor key={id} offer={result.value} onDone={onDone} />;
}
