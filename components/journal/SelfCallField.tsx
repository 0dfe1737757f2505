import { SELF_CALL_LABELS } from '@/utils/backup/export-markdown';
import { t } from '@/utils/i18n';
import { SELF_CALLS, type SelfCall } from '@/utils/model';

/** The overall call, as an interviewer files it, from "strong no hire" to "strong hire". */
export function SelfCallField({
  idPrefix,
  value,
  onChange,
}: {
  idPrefix: string;
  value?: SelfCall;
  onChange(value: SelfCall | undefined): void;
}) {
  const name = `${idPrefix}-self-call`;
  return (
    <fieldset class="journal-group">
      <legend>{t('journalFieldSelfCall')}</legend>
      <p class="muted">{t('journalSelfCallHelp')}</p>
      <div class="row">
        {SELF_CALLS.map((call) => (
          <label key={call} class="choice">
            <input type="radio" name={name} checked={value === call} onChange={() => onChange(call)} />
            {t(SELF_CALL_LABELS[call])}
          </label>
        ))}
        <label class="choice">
          <input type="radio" name={name} checked={value === undefined} onChange={() => onChange(undefined)} />
          {t('journalSelfCallUndecided')}
        </label>
      </div>
    </fieldset>
  );
}
