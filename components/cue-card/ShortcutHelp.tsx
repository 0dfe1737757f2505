import type { Ref } from 'preact';
import { type MessageKey, t } from '@/utils/i18n';

const SHORTCUTS: ReadonlyArray<[string, MessageKey]> = [
  ['/', 'panelShortcutSearch'],
  ['q', 'panelShortcutCapture'],
  ['j / k', 'panelShortcutNextPrevious'],
  ['t', 'panelShortcutTold'],
  ['Esc', 'panelShortcutEscape'],
  ['?', 'panelShortcutHelp'],
];

interface ShortcutHelpProps {
  open: boolean;
  onToggle(): void;
  buttonRef: Ref<HTMLButtonElement>;
}

/** A small popover listing the panel's keys; `?` or the button opens it, Escape closes it. */
export function ShortcutHelp({ open, onToggle, buttonRef }: ShortcutHelpProps) {
  return (
    <div class="shortcut-help">
      <button
        ref={buttonRef}
        type="button"
        class="icon-button"
        aria-label={t('panelShortcutsButton')}
        title={t('panelShortcutsButton')}
        aria-expanded={open}
        aria-controls="shortcut-list"
        onClick={onToggle}
      >
        ?
      </button>
      <div id="shortcut-list" class="popover card" hidden={!open}>
        <h2 class="popover-heading">{t('panelShortcutsButton')}</h2>
        <dl class="shortcut-list">
          {SHORTCUTS.map(([keys, label]) => (
            <div key={keys} class="shortcut">
              <dt>
                <kbd>{keys}</kbd>
              </dt>
              <dd>{t(label)}</dd>
            </div>
          ))}
        </dl>
      </div>
    </div>
  );
}
