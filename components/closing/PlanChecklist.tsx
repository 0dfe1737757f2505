import { useState } from 'preact/hooks';
import { request } from '@/utils/api/client';
import { resolveChecklist, type Tick } from '@/utils/closing/checklist';
import { t } from '@/utils/i18n';
import type { ChecklistItem, Id, Plan, Story } from '@/utils/model';
import type { Settings } from '@/utils/settings/settings';
import { ChecklistEditor } from './ChecklistEditor';
import { ClosingChecklist } from './ClosingChecklist';

/** The closing checklist in the panel, with the plan's own list editable in place. */
export function PlanChecklist(props: {
  plan: Plan | null;
  items: ChecklistItem[];
  ticks: ReadonlyMap<Id, Tick>;
  forward: boolean;
  settings: Settings;
  stories: readonly Story[];
  onTick?(item: ChecklistItem, checked: boolean): Promise<void>;
}) {
  const { plan, settings, stories } = props;
  const [editing, setEditing] = useState(false);
  return (
    <ClosingChecklist items={props.items} ticks={props.ticks} forward={props.forward} onTick={props.onTick}>
      {plan && !editing && (
        <button type="button" class="link-button" onClick={() => setEditing(true)}>
          {t('panelChecklistEdit')}
        </button>
      )}
      {plan && editing && (
        <ChecklistEditor
          idPrefix="plan-checklist"
          initial={props.items}
          onSave={async (items, base) => {
            await request('closing.editPlanChecklist', { id: plan.id, base: [...base], items });
            setEditing(false);
          }}
          onReset={async () => {
            // An empty list means "none of its own": the plan follows the template again.
            await request('plans.save', { id: plan.id, checklist: [] });
            return resolveChecklist({ interview: { ...plan, checklist: [] }, settings, stories }, t);
          }}
          onCancel={() => setEditing(false)}
        />
      )}
    </ClosingChecklist>
  );
}
