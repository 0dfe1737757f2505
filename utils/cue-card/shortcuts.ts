/**
 * The panel's own keys. They work only while focus is outside text fields, so typing a question never triggers
 * one, and they need no modifier: the candidate is mid-conversation and has one hand free at best.
 */
export type PanelShortcut = 'search' | 'capture' | 'told' | 'next' | 'previous' | 'escape' | 'help' | 'leave-field';

const KEYS: Record<string, PanelShortcut> = {
  '/': 'search',
  q: 'capture',
  t: 'told',
  j: 'next',
  k: 'previous',
  '?': 'help',
  Escape: 'escape',
};

const TEXT_INPUT_TYPES = new Set([
  'text',
  'search',
  'email',
  'number',
  'password',
  'tel',
  'url',
  'date',
  'time',
  'datetime-local',
  'month',
  'week',
]);

export function isTextField(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).tagName !== 'string') return false;
  const element = target as HTMLElement;
  if (element.isContentEditable) return true;
  const tag = element.tagName.toLowerCase();
  if (tag === 'textarea' || tag === 'select') return true;
  return tag === 'input' && TEXT_INPUT_TYPES.has(((element as HTMLInputElement).type || 'text').toLowerCase());
}

export interface KeyInput {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  isComposing?: boolean;
  target: EventTarget | null;
}

export function shortcutFor(event: KeyInput): PanelShortcut | null {
  if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return null;
  if (isTextField(event.target)) return event.key === 'Escape' ? 'leave-field' : null;
  return KEYS[event.key] ?? null;
}
