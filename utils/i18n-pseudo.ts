// Pseudo-localisation: every message made longer (German and French run ~30–40 % longer than English), accented
// (to catch fonts and encodings) and wrapped in ⟦ ⟧ so a screenshot shows clipped text (a missing ⟧) and any text
// that did not come through t() (no markers at all). Placeholders stay exactly as they are, or substitution breaks.

/** How much longer a pseudo message's text is than the original's. */
export const PSEUDO_STRETCH = 0.4;
export const PSEUDO_OPEN = '⟦';
export const PSEUDO_CLOSE = '⟧';

/**
 * Keys whose message is data the code reads, not text a person reads (a BCP 47 tag handed to Intl): pseudo-localising
 * them would break the code, not show a layout problem.
 */
export const PSEUDO_VERBATIM_KEYS: readonly string[] = ['checklistListLocale'];

const ACCENTED: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((letter, i) => [
    letter,
    [...'åƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'][i]!,
  ]),
);

// `$NAME$` references, `$1`-style substitutions and the `$$` escape, as browser.i18n reads them.
const PLACEHOLDER = /(\$[A-Za-z_][A-Za-z0-9_]*\$|\$\d|\$\$)/;

const accent = (text: string): string => text.replace(/[A-Za-z]/g, (letter) => ACCENTED[letter] ?? letter);

/**
 * The pseudo-localised form of one message: its text accented and stretched by PSEUDO_STRETCH (each word grows in
 * proportion to its length, so wrapping behaves like a longer language rather than one long tail), placeholders
 * untouched, the whole wrapped in ⟦ ⟧.
 */
export function pseudoLocalise(message: string): string {
  const parts = message.split(PLACEHOLDER);
  const isText = (_: string, i: number) => i % 2 === 0;
  const textLength = parts.filter(isText).reduce((sum, part) => sum + [...part].length, 0);
  const letters = parts.filter(isText).reduce((sum, part) => sum + (part.match(/\p{L}/gu) ?? []).length, 0);
  const extra = Math.round(textLength * PSEUDO_STRETCH);
  let seen = 0;
  const stretched = parts.map((part, i) => {
    if (!isText(part, i)) return part;
    return part.replace(/\p{L}+/gu, (word) => {
      const before = seen;
      seen += [...word].length;
      const grow = Math.floor((extra * seen) / letters) - Math.floor((extra * before) / letters);
      const filler = [...accent(word.toLowerCase())];
      return accent(word) + Array.from({ length: grow }, (_, k) => filler[k % filler.length]).join('');
    });
  });
  return `${PSEUDO_OPEN}${stretched.join('')}${PSEUDO_CLOSE}`;
}

type Catalogue = Record<string, { message: string; description?: string; placeholders?: unknown }>;

/** A copy of a messages.json catalogue with every message pseudo-localised (but PSEUDO_VERBATIM_KEYS). */
export function pseudoCatalogue<C extends Catalogue>(catalogue: C): C {
  return Object.fromEntries(
    Object.entries(catalogue).map(([key, entry]) => [
      key,
      PSEUDO_VERBATIM_KEYS.includes(key) ? entry : { ...entry, message: pseudoLocalise(entry.message) },
    ]),
  ) as C;
}
