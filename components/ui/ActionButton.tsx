import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

/** A button for one background action: disabled while it runs, so a double click never sends it twice. */
export function ActionButton({
  action,
  children,
  class: className,
}: {
  action(): Promise<unknown>;
  children: ComponentChildren;
  class?: string;
}) {
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      class={className}
      disabled={busy}
      onClick={async () => {
        setBusy(true);
        try {
          await action();
        } finally {
          setBusy(false);
        }
      }}
    >
      {children}
    </button>
  );
}
