import fc from 'fast-check';
import messages from '@/public/_locales/en/messages.json';
import {
  PSEUDO_CLOSE,
  PSEUDO_OPEN,
  PSEUDO_STRETCH,
  PSEUDO_VERBATIM_KEYS,
  pseudoCatalogue,
  pseudoLocalise,
} from '@/utils/i18n-pseudo';

const REFERENCE = /\$[A-Za-z_][A-Za-z0-9_]*\$|\$\d|\$\$/g;
const references = (message: string) => message.match(REFERENCE) ?? [];
/** A message's text without its markers and placeholders, counted in code points. */
const textLength = (message: string) =>
  [...message.replace(REFERENCE, '').replace(PSEUDO_OPEN, '').replace(PSEUDO_CLOSE, '')].length;

const english = Object.entries(messages).map(([key, entry]) => ({ key, message: entry.message }));

describe('pseudoLocalise', () => {
  it('wraps, accents and stretches a sentence', () => {
    expect(pseudoLocalise('Save')).toBe('⟦Šåṽéšå⟧');
    expect(pseudoLocalise('Deleted “$TITLE$”.')).toMatch(/^⟦Ðéļéţéð\p{L}* “\$TITLE\$”\.\p{L}*⟧$/u);
  });

  it('keeps every placeholder of every English message, in order', () => {
    for (const { message } of english) expect(references(pseudoLocalise(message))).toEqual(references(message));
  });

  it('leaves no unaccented ASCII letter outside placeholders', () => {
    for (const { message } of english) {
      expect(pseudoLocalise(message).replace(REFERENCE, '')).not.toMatch(/[A-Za-z]/);
    }
  });

  it('makes the text of every message with letters 40 % longer', () => {
    for (const { message } of english.filter(({ message }) => /\p{L}/u.test(message.replace(REFERENCE, '')))) {
      const original = textLength(message);
      expect(textLength(pseudoLocalise(message))).toBe(original + Math.round(original * PSEUDO_STRETCH));
    }
  });

  it('only wraps a message without letters', () => {
    expect(pseudoLocalise('$1 — $2')).toBe('⟦$1 — $2⟧');
  });

  it('keeps placeholders in any text', () => {
    const piece = fc.oneof(fc.string(), fc.constantFrom('$1', '$2', '$NAME$', '$$', '$SITE$'));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const message = pieces.join(' ');
        const out = pseudoLocalise(message);
        expect(out.startsWith(PSEUDO_OPEN) && out.endsWith(PSEUDO_CLOSE)).toBe(true);
        expect(references(out)).toEqual(references(message));
      }),
    );
  });
});

describe('pseudoCatalogue', () => {
  const pseudo = pseudoCatalogue(messages);

  it('pseudo-localises every message and keeps descriptions and placeholders', () => {
    expect(Object.keys(pseudo)).toEqual(Object.keys(messages));
    expect(pseudo.storyDeleted.placeholders).toEqual(messages.storyDeleted.placeholders);
    expect(pseudo.badgeHints.description).toBe(messages.badgeHints.description);
    for (const [key, entry] of Object.entries(pseudo)) {
      if (!PSEUDO_VERBATIM_KEYS.includes(key)) expect(entry.message.startsWith(PSEUDO_OPEN)).toBe(true);
    }
  });

  it('leaves data the code reads as it is', () => {
    expect(pseudo.checklistListLocale.message).toBe('en');
    expect(() => new Intl.ListFormat(pseudo.checklistListLocale.message)).not.toThrow();
  });
});
