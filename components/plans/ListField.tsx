import { X } from 'lucide-preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { IconButton } from '@/components/ui/IconButton';

/** An editable list of short texts (interviewers, questions to ask): one labelled input per item. */
export function ListField({
  id,
  legend,
  items,
  itemLabel,
  removeLabel,
  addLabel,
  onChange,
  maxLength,
}: {
  id: string;
  legend: string;
  items: readonly string[];
  itemLabel(position: number): string;
  removeLabel(position: number): string;
  addLabel: string;
  onChange(items: string[]): void;
  /** Each item's limit, the backup's (utils/backup/format.ts BACKUP_LIMITS), so the form cannot hold more than saves. */
  maxLength: number;
}) {
  const focusIndex = useRef<number | null>(null);
  const list = useRef<HTMLUListElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);

  useLayoutEffect(() => {
    if (focusIndex.current === null) return;
    const inputs = list.current?.querySelectorAll('input') ?? [];
    // The last item removed: the add button is the natural next step.
    (inputs[Math.min(focusIndex.current, inputs.length - 1)] ?? addButton.current)?.focus();
    focusIndex.current = null;
  });

  return (
    <fieldset class="list-field">
      <legend>{legend}</legend>
      <ul class="list stack" ref={list}>
        {items.map((item, index) => {
          const inputId = `${id}-${index}`;
          return (
            <li key={index} class="row list-field-item">
              <label for={inputId} class="visually-hidden">
                {itemLabel(index + 1)}
              </label>
              <input
                id={inputId}
                maxLength={maxLength}
                value={item}
                onInput={(event) => onChange(items.map((old, i) => (i === index ? event.currentTarget.value : old)))}
              />
              <IconButton
                icon={X}
                label={removeLabel(index + 1)}
                onClick={() => {
                  focusIndex.current = index > 0 ? index - 1 : 0;
                  onChange(items.filter((_, i) => i !== index));
                }}
              />
            </li>
          );
        })}
      </ul>
      <button
        type="button"
        ref={addButton}
        onClick={() => {
          focusIndex.current = items.length;
          onChange([...items, '']);
        }}
      >
        {addLabel}
      </button>
    </fieldset>
  );
}
