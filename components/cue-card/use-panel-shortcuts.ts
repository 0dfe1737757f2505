import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { controlFrame } from '@/components/frame/frame-control';
import { useSyncedState } from '@/components/ui/use-synced-state';
import { shortcutFor } from '@/utils/cue-card/shortcuts';
import type { Id } from '@/utils/model';
import { type CueStoryItem, storyButtonId } from './CueStories';

/**
 * The panel's keys (`/` search, `q` capture, `t` told, `j`/`k` move, `?` help, Escape), and the state they move:
 * which story is open and whether the help is shown. Keys read the latest state through refs: several can arrive
 * before the panel re-renders.
 */
export function usePanelShortcuts(options: {
  navigable: CueStoryItem[];
  embedded: boolean;
  searchRef: RefObject<HTMLInputElement>;
  captureRef: RefObject<HTMLInputElement>;
  markTold(storyId: Id): void;
}) {
  const helpButtonRef = useRef<HTMLButtonElement>(null);
  const [expandedKey, setExpandedKey, expandedRef] = useSyncedState<string | null>(null);
  const [focusExpanded, setFocusExpanded] = useState(false);
  const [helpOpen, setHelpOpen, helpOpenRef] = useSyncedState(false);
  const navigableRef = useRef(options.navigable);
  navigableRef.current = options.navigable;
  const optionsRef = useRef(options);
  optionsRef.current = options;

  useEffect(() => {
    if (!focusExpanded || !expandedKey) return;
    setFocusExpanded(false);
    document.getElementById(storyButtonId(expandedKey))?.focus();
  }, [focusExpanded, expandedKey]);

  const move = (step: 1 | -1) => {
    const items = navigableRef.current;
    if (items.length === 0) return;
    const index = items.findIndex((item) => item.key === expandedRef.current);
    const last = items.length - 1;
    const nextIndex = index === -1 ? (step === 1 ? 0 : last) : Math.min(last, Math.max(0, index + step));
    setExpandedKey(items[nextIndex]!.key);
    setFocusExpanded(true);
  };

  const onKeyRef = useRef<(event: KeyboardEvent) => void>(() => {});
  onKeyRef.current = (event: KeyboardEvent) => {
    if (event.defaultPrevented) return;
    const shortcut = shortcutFor(event);
    if (!shortcut) return;
    const { searchRef, captureRef, markTold, embedded } = optionsRef.current;
    switch (shortcut) {
      case 'leave-field':
        (event.target as HTMLElement).blur();
        return;
      case 'search':
        event.preventDefault();
        searchRef.current?.focus();
        return;
      case 'capture':
        if (!captureRef.current) return;
        event.preventDefault();
        captureRef.current.focus();
        return;
      case 'told': {
        const open = navigableRef.current.find((item) => item.key === expandedRef.current);
        if (open) markTold(open.story.id);
        return;
      }
      case 'next':
        move(1);
        return;
      case 'previous':
        move(-1);
        return;
      case 'help':
        setHelpOpen((open) => !open);
        return;
      case 'escape':
        if (helpOpenRef.current) {
          setHelpOpen(false);
          helpButtonRef.current?.focus();
        } else if (expandedRef.current) {
          document.getElementById(storyButtonId(expandedRef.current))?.focus();
          setExpandedKey(null);
        } else if (embedded) {
          controlFrame({ action: 'collapse' });
        }
        return;
    }
  };
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => onKeyRef.current(event);
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const toggle = (key: string) => setExpandedKey((current) => (current === key ? null : key));

  return { expandedKey, toggle, helpOpen, setHelpOpen, helpButtonRef };
}
