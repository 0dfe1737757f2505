import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Tick } from '@/utils/closing/checklist';
import { t } from '@/utils/i18n';
import type { ChecklistItem, Id } from '@/utils/model';

interface ClosingChecklistProps {
  items: readonly ChecklistItem[];
  /** From the call record (checklistTicks); empty without a call. */
  ticks: ReadonlyMap<Id, Tick>;
  /** Near the end of a live call: shown at the top with a calm highlight. */
  forward: boolean;
  /** Absent without a live call: the list is then a preview. */
  onTick?: (item: ChecklistItem, checked: boolean) => Promise<void>;
  children?: ComponentChildren;
}

export function ClosingChecklist({ items, ticks, forward, onTick, children }: ClosingChecklistProps) {
  // A tick shows at once and stays until the call record agrees; a failed write takes it back and says so.
  const [pending, setPending] = useState<ReadonlyMap<Id, boolean>>(new Map());
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    setPending((current) => {
      const next = new Map([...current].filter(([id, checked]) => (ticks.get(id)?.checked ?? false) !== checked));
      return next.size === current.size ? current : next;
    });
  }, [ticks]);

  const toggle = async (item: ChecklistItem, checked: boolean) => {
    if (!onTick) return;
    setFailed(false);
    setPending((current) => new Map(current).set(item.id, checked));
    try {
      await onTick(item, checked);
    } catch {
      setPending((current) => {
        const next = new Map(current);
        next.delete(item.id);
        return next;
      });
      setFailed(true);
    }
  };

  return (
    <section class={forward ? 'checklist card forward stack' : 'checklist stack'} aria-labelledby="checklist-heading">
      <h2 id="checklist-heading">{t('panelChecklistHeading')}</h2>
      <p role="status" class="checklist-note">
        {forward ? t('panelChecklistForward') : ''}
      </p>
      {onTick ? (
        <ul class="list checklist-items">
          {items.map((item) => {
            const checked = pending.get(item.id) ?? ticks.get(item.id)?.checked ?? false;
            return (
              <li key={item.id}>
                <label class="check">
                  <input
                    type="checkbox"
                    checked={checked}
                    onChange={(event) => void toggle(item, event.currentTarget.checked)}
                  />
                  <span>{item.label}</span>
                </label>
              </li>
            );
          })}
        </ul>
      ) : (
        <ul class="checklist-preview">
          {items.map((item) => (
            <li key={item.id}>{item.label}</li>
          ))}
        </ul>
      )}
      {failed && <p class="error-text">{t('panelActionFailed')}</p>}
      {children}
    </section>
  );
}
