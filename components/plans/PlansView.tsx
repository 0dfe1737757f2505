import { useState } from 'preact/hooks';
import { useFileDrop } from '@/components/ui/ImportSource';
import { useLive, valueOr } from '@/components/ui/use-live';
import { request } from '@/utils/api/client';
import { formatDateTime } from '@/utils/format';
import { labelFor, t } from '@/utils/i18n';
import type { Plan } from '@/utils/model';
import { PlanEditor } from './PlanEditor';
import { usePlanImport } from './PlanImport';
import { planTitle, STATUS_TEXT } from './plan-text';

/** A new, empty plan with the default length, opened in the editor (Plans' "New plan", Up next's first steps). */
export async function createPlan() {
  const settings = await request('settings.get', undefined);
  const plan = await request('plans.save', { company: '', plannedMinutes: settings.defaultPlannedMinutes });
  window.location.hash = `#/plans/${encodeURIComponent(plan.id)}`;
}

export function PlansView({ selectedId }: { selectedId?: string }) {
  const plans = useLive('plans.list', undefined);
  const list = valueOr(plans, []);
  const stories = valueOr(useLive('stories.list', { includeArchived: true }), []);
  const [undo, setUndo] = useState<Plan | null>(null);
  const selected = list.find((plan) => plan.id === selectedId);
  const planImport = usePlanImport(list);
  const [dropProps, dragging] = useFileDrop(planImport.importFile);

  return (
    <div class="library">
      <section aria-labelledby="plans-heading" class={dragging ? 'stack drop-over' : 'stack'} {...dropProps}>
        <div class="row spread">
          <h1 id="plans-heading">{t('plansHeading')}</h1>
          <button type="button" class="primary" onClick={createPlan}>
            {t('planNew')}
          </button>
        </div>
        {planImport.view}
        <div role="status" class="status">
          {undo && (
            <span class="row">
              {t('planDeleted', planTitle(undo))}
              <button
                type="button"
                onClick={async () => {
                  await request('plans.save', undo);
                  window.location.hash = `#/plans/${encodeURIComponent(undo.id)}`;
                  setUndo(null);
                }}
              >
                {t('undo')}
              </button>
            </span>
          )}
        </div>
        {plans.status === 'ready' && list.length === 0 && <p class="muted">{t('plansEmpty')}</p>}
        <ul class="list story-list" aria-label={t('plansListLabel')}>
          {list.map((plan) => (
            <li key={plan.id}>
              <a
                href={`#/plans/${encodeURIComponent(plan.id)}`}
                aria-current={plan.id === selectedId ? 'true' : undefined}
              >
                <strong>{planTitle(plan)}</strong>
                <div class="muted">
                  {[plan.round, plan.scheduledAt !== undefined ? formatDateTime(plan.scheduledAt) : '']
                    .filter(Boolean)
                    .join(' · ')}
                </div>
                <div class="row badges">
                  {plan.sample === 1 && <span class="badge sample">{t('badgeSample')}</span>}
                  <span class="badge">{labelFor(STATUS_TEXT, plan.status)}</span>
                  <span class="muted">{t('planPinnedCount', plan.pinnedStoryIds.length)}</span>
                </div>
              </a>
            </li>
          ))}
        </ul>
      </section>
      <section aria-label={t('planEditorLabel')}>
        {selected ? (
          <PlanEditor
            key={selected.id}
            plan={selected}
            plans={list}
            stories={stories}
            onDeleted={(deleted) => {
              setUndo(deleted);
              window.location.hash = '#/plans';
            }}
          />
        ) : (
          plans.status === 'ready' && <p class="muted">{t('planSelectPrompt')}</p>
        )}
      </section>
    </div>
  );
}
