import { browser } from 'wxt/browser';
import type { DataOf, ResultOf } from '@/utils/api/protocol';

/** The only requests a call-page loader makes (both in CONTENT_SCRIPT_MESSAGES). */
export type LoaderRequest = 'call.report' | 'call.share' | 'frame.mount';

let sequence = Math.floor(Math.random() * 10_000);

/**
 * One request to the background in @webext-core/messaging's envelope (`{ id, type, data, timestamp }`, answered with
 * `{ res }` or `{ err }`), so the background's typed `messenger.onMessage` handles it like any other. Written out
 * because the library (~3 KB with its error serialisation and listener bookkeeping) would take more than a third of
 * a loader's 8 KB budget, and a loader only ever sends.
 */
export async function sendToBackground<K extends LoaderRequest>(
  type: K,
  data: DataOf<K>,
): Promise<Awaited<ResultOf<K>>> {
  const reply = (await browser.runtime.sendMessage({ id: sequence++, type, data, timestamp: Date.now() })) as
    | { res: Awaited<ResultOf<K>>; err?: undefined }
    | { err: { message?: string } }
    | undefined;
  if (!reply) throw new Error('No response');
  if (reply.err) throw new Error(reply.err.message ?? 'Request failed');
  return reply.res as Awaited<ResultOf<K>>;
}
