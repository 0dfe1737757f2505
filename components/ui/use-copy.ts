import { useState } from 'preact/hooks';

export type CopyState = 'idle' | 'copied' | 'failed';

/**
 * Copy to the clipboard, and what came of it for a status line. It can fail (a page framed in a call page without
 * clipboard access): the text stays selectable where it is shown, so the caller says so.
 */
export function useCopy(): [state: CopyState, copy: (text: string) => Promise<void>, reset: () => void] {
  const [state, setState] = useState<CopyState>('idle');
  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  return [state, copy, () => setState('idle')];
}
