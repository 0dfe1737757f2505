import './offers.css';
import type { ComponentChildren } from 'preact';
import { useLive } from '@/components/ui/use-live';
import { useNow } from '@/components/ui/use-now';
import { SELF_CALL_LABELS } from '@/utils/backup/export-markdown';
import { formatDate } from '@/utils/format';
import { labelFor, type MessageKey, t } from '@/utils/i18n';
import { compareOffers, formatMoney, formatNumber, MISSING, type OfferColumn } from '@/utils/offers/offers';
import { deadlineText, newOfferHref, offerHref, UNCOUNTED_LABELS, WORK_MODE_LABELS } from './labels';
import { EditOffer, NewOffer } from './OfferEditor';

const backToDecide = () => {
  window.location.hash = '#/decide';
};

/** #/decide (offers side by side), #/decide/new[/<journalEntryId>] (a new offer), #/decide/offer/<id> (edit). */
export function DecideView({ route = [] }: { route?: string[] }) {
  const [first, second] = route;
  if (first === 'new') return <NewOffer entryId={second} onDone={backToDecide} />;
  if (first === 'offer' && second !== undefined) return <EditOffer id={second} onDone={backToDecide} />;
  return <Comparison />;
}

interface Row {
  label: MessageKey;
  cell(column: OfferColumn): ComponentChildren;
}

const money = (column: OfferColumn, amount: number | null | undefined) => formatMoney(amount, column.offer.currency);
const dateOr = (at: number | undefined) => (at === undefined ? MISSING : formatDate(at));

function DeadlineCell({ column }: { column: OfferColumn }) {
  const { offer, daysLeft } = column;
  if (offer.deadline === undefined || daysLeft === null) return <>{MISSING}</>;
  return (
    <>
      <strong>{formatDate(offer.deadline)}</strong>
      <br />
      <span class={column.deadlinePassed ? 'offer-passed' : 'muted'}>{deadlineText(daysLeft)}</span>
      {column.nearestDeadline && (
        <>
          <br />
          <span class="badge">{t('offerNearestDeadline')}</span>
        </>
      )}
    </>
  );
}

function FirstYearCell({ column }: { column: OfferColumn }) {
  const { total, uncounted } = column.firstYear;
  return (
    <>
      <strong>{money(column, total)}</strong>
      {column.highestFirstYear && (
        <>
          <br />
          <span class="badge">{t('offerHighestFirstYear')}</span>
        </>
      )}
      {total !== null && uncounted.length > 0 && (
        <>
          <br />
          <span class="muted">
            {t('offerNotCounted', uncounted.map((part) => t(UNCOUNTED_LABELS[part])).join(', '))}
          </span>
        </>
      )}
    </>
  );
}

function EquityCell({ column }: { column: OfferColumn }) {
  const { offer } = column;
  if (offer.equity === undefined) return <>{MISSING}</>;
  const vesting =
    offer.vestingYears === undefined
      ? t('offerVestingUnknown')
      : t('offerVesting', [formatNumber(offer.vestingYears), formatNumber(offer.cliffMonths ?? 0)]);
  return (
    <>
      {money(column, offer.equity)}
      <br />
      <span class="muted">{vesting}</span>
    </>
  );
}

function SignalsCell({ column }: { column: OfferColumn }) {
  const { notes } = column.signals;
  if (notes.length === 0) return <span class="muted">{t('offerNoSignals')}</span>;
  return (
    <ul class="list stack offer-notes">
      {notes.map((note) => (
        <li key={note.entryId}>
          <a href={`#/journal/${encodeURIComponent(note.entryId)}`}>{note.round || formatDate(note.date)}</a>
          {note.signals && <p>{note.signals}</p>}
          {note.reflections && <p class="muted">{note.reflections}</p>}
        </li>
      ))}
    </ul>
  );
}

/** The rows of the comparison, top to bottom: the decision's date first, then the money, then what you learnt. */
const ROWS: Row[] = [
  { label: 'offerFieldDeadline', cell: (column) => <DeadlineCell column={column} /> },
  { label: 'offerFirstYear', cell: (column) => <FirstYearCell column={column} /> },
  { label: 'offerFieldBase', cell: (column) => money(column, column.offer.base) },
  { label: 'offerFieldBonus', cell: (column) => money(column, column.offer.bonus) },
  { label: 'offerFieldEquity', cell: (column) => <EquityCell column={column} /> },
  { label: 'offerFieldSignOn', cell: (column) => money(column, column.offer.signOn) },
  { label: 'offerFieldStartDate', cell: (column) => dateOr(column.offer.startDate) },
  { label: 'offerFieldLocation', cell: (column) => column.offer.location || MISSING },
  {
    label: 'offerFieldWorkMode',
    cell: (column) => (column.offer.workMode ? labelFor(WORK_MODE_LABELS, column.offer.workMode) : MISSING),
  },
  { label: 'offerRounds', cell: (column) => String(column.signals.rounds) },
  {
    label: 'offerSelfRating',
    cell: ({ signals }) =>
      signals.averageScore === null
        ? MISSING
        : t('offerSelfRatingValue', [formatNumber(signals.averageScore), signals.ratingCount]),
  },
  {
    label: 'offerSelfCalls',
    cell: ({ signals }) =>
      signals.selfCalls.length === 0
        ? MISSING
        : signals.selfCalls.map((call) => labelFor(SELF_CALL_LABELS, call)).join(', '),
  },
  { label: 'offerSignals', cell: (column) => <SignalsCell column={column} /> },
  { label: 'offerFieldNotes', cell: (column) => column.offer.notes || MISSING },
];

/** Each offer a column, each thing to weigh a row, so the eye reads across one question at a time. */
function Comparison() {
  const result = useLive('offers.decide', undefined);
  const now = useNow();
  return (
    <div class="stack decide">
      <h1>{t('decideHeading')}</h1>
      <p class="muted">{t('decideIntro')}</p>
      {result.status === 'loading' && <p class="muted">{t('offersLoading')}</p>}
      {result.status === 'error' && <p role="alert">{t('offersLoadFailed')}</p>}
      {result.status === 'ready' && result.value.offers.length === 0 && <p class="card">{t('decideEmpty')}</p>}
      {result.status === 'ready' && result.value.offers.length > 0 && (
        <OfferTable columns={compareOffers(result.value.offers, result.value.entries, now)} />
      )}
      <p>
        <a class="button" href={newOfferHref()}>
          {t('offerAdd')}
        </a>
      </p>
    </div>
  );
}

function OfferTable({ columns }: { columns: OfferColumn[] }) {
  return (
    // Focusable so a keyboard can scroll a table wider than the screen (three offers on a narrow window).
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (axe scrollable-region-focusable)
    <section class="offer-table-wrap" aria-labelledby="decide-caption" tabIndex={0}>
      <table class="offer-table">
        <caption id="decide-caption">{t('decideCaption')}</caption>
        <thead>
          <tr>
            <td />
            {columns.map(({ offer }) => (
              <th key={offer.id} scope="col">
                <a href={offerHref(offer.id)}>{offer.company}</a>
                {offer.role && (
                  <>
                    <br />
                    <span class="muted">{offer.role}</span>
                  </>
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ROWS.map((row) => (
            <tr key={row.label}>
              <th scope="row">{t(row.label)}</th>
              {columns.map((column) => (
                <td key={column.offer.id}>{row.cell(column)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
