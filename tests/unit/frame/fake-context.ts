import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** The part of WXT's content-script context the call-page scripts use. */
export function fakeContext(): ContentScriptContext & { invalidate(): void } {
  const controller = new AbortController();
  return {
    abort: (reason?: unknown) => controller.abort(reason),
    invalidate: () => controller.abort(),
    onInvalidated(callback: () => void) {
      controller.signal.addEventListener('abort', callback);
      return () => controller.signal.removeEventListener('abort', callback);
    },
    get isInvalid() {
      return controller.signal.aborted;
    },
  } as unknown as ContentScriptContext & { invalidate(): void };
}
