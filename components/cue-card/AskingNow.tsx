import { t } from '@/utils/i18n';

/**
 * "Who is asking": one small toggle per interviewer on the plan. The one pressed is recorded with the next story
 * marked told and question captured, so the journal keeps who heard what; pressing it again says "not sure".
 */
export function AskingNow({
  choices,
  asking,
  onAsk,
}: {
  choices: readonly string[];
  asking: string | null;
  onAsk(name: string | null): void;
}) {
  if (choices.length === 0) return null;
  return (
    <fieldset class="asking-now">
      <legend>{t('panelAskingLegend')}</legend>
      {choices.map((name) => (
        <button
          key={name}
          type="button"
          class="small"
          aria-pressed={asking === name}
          onClick={() => onAsk(asking === name ? null : name)}
        >
          {name}
        </button>
      ))}
    </fieldset>
  );
}
