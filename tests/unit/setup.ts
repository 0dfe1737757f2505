import 'fake-indexeddb/auto';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import messages from '../../public/_locales/en/messages.json';

type Catalogue = Record<string, { message: string }>;

// The real browser.i18n, minus locales: English messages with $1-style substitutions.
fakeBrowser.i18n.getMessage = ((key: string, substitutions?: string | string[]) => {
  const entry = (messages as Catalogue)[key];
  if (!entry) return '';
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  return entry.message.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
}) as typeof fakeBrowser.i18n.getMessage;

beforeEach(() => {
  fakeBrowser.reset();
});
