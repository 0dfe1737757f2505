import { messenger } from './messenger';
import type { DataOf, MessageName, ResultOf } from './protocol';

/**
 * One request to the background, typed end to end. The background rejects private reads and writes unless they
 * come from an extension page.
 */
export function request<K extends MessageName>(name: K, data: DataOf<K>): Promise<ResultOf<K>> {
  // The messenger's overloads cannot see through the generic K; the protocol map keeps both ends in step.
  return (messenger.sendMessage as (n: K, d: DataOf<K>) => Promise<ResultOf<K>>)(name, data);
}
