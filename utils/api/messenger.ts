import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Protocol } from './protocol';

/** The typed request/response channel to the background. Live subscriptions use `./live` instead. */
export const messenger = defineExtensionMessaging<Protocol>();
