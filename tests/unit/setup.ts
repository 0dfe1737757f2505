import 'fake-indexeddb/auto';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import messages from '../../public/_locales/en/messages.json';

type Catalogue = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

// The real browser.i18n, minus locales: English messages, named placeholders resolved, then $1-style substitutions.
fakeBrowser.i18n.getMessage = ((key: string, substitutions?: string | string[]) => {
  // As Chrome does ("Error in invocation of i18n.getMessage"): a view that asks for an undefined key breaks here too.
  if (typeof key !== 'string') throw new TypeError(`i18n.getMessage needs a message name, got ${String(key)}`);
  const entry = (messages as Catalogue)[key];
  if (!entry) return '';
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  const named = entry.message.replace(
    /\$([A-Za-z0-9_@]+)\$/g,
    (whole, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? whole,
  );
  return named.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
}) as typeof fakeBrowser.i18n.getMessage;
fakeBrowser.i18n.getUILanguage = () => 'en';

beforeEach(() => {
  fakeBrowser.reset();
  // The fake has no permission events; views that re-read grants on them (Settings' partly-on note) only listen.
  for (const event of [fakeBrowser.permissions.onAdded, fakeBrowser.permissions.onRemoved]) {
    event.addListener = () => {};
    event.removeListener = () => {};
  }
});
