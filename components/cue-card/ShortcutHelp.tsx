import { Keyboard } from 'lucide-preact';
import type { Ref } from 'preact';
import { IconButton } from '@/components/ui/IconButton';
import { type MessageKey, t } from '@/utils/i18n';

/**
 * The keys as printed, and what they do. Character keys are shown as the character itself: the panel matches that
 * `KeyboardEvent.key` (utils/cue-card/shortcuts.ts) in every language. A named key is printed differently on
 * keyboards of other languages (Esc is Échap in French), so its cap is a message.
 */
const SHORTCUTS: ReadonlyArray<[keys: string | { cap: MessageKey }, label: MessageKey]> = [
  ['/', 'panelShortcutSearch'],
  ['q', 'panelShortcutCapture'],
  ['j / k', 'panelShortcutNextPrevious'],
  ['t', 'panelShortcutTold'],
  [{ cap: 'panelKeyEscape' }, 'panelShortcutEscape'],
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
      <IconButton
        icon={Keyboard}
        label={t('panelShortcutsButton')}
        buttonRef={buttonRef}
        aria-expanded={open}
        aria-controls="shortcut-list"
        onClick={onToggle}
      />
      <div id="shortcut-list" class="popover card" hidden={!open}>
        <h2 class="popover-heading">{t('panelShortcutsButton')}</h2>
        <dl class="shortcut-list">
          {SHORTCUTS.map(([keys, label]) => (
            <div key={label} class="shortcut">
              <dt>
                <kbd>{typeof keys === 'string' ? keys : t(keys.cap)}</kbd>
              </dt>
              <dd>{t(label)}</dd>
            </div>
          ))}
        </dl>
      </div>
    </div>
  );
}
