import { exportJournal } from '@/entrypoints/background/backup';
import { unescapeMarkdownText } from '@/utils/backup/export-markdown';
import { offersMarkdown } from '@/utils/offers/markdown';
import { makeEntry, makeOffer } from '../backup/fixtures';
import { freshDb } from '../db-helpers';

describe('offersMarkdown', () => {
  it('writes each offer’s known figures, in its currency, and leaves unknown ones out rather than 0', () => {
    const markdown = offersMarkdown([makeOffer({ signOn: undefined, notes: '**Relocation** <b>paid</b>' })], {
      formatDate: () => '2026-11-12',
      locale: 'en-US',
    });
    expect(markdown).toContain('## Offers');
    expect(markdown).toContain('### Acme Robotics · Staff Engineer');
    expect(markdown).toContain('- **Base salary per year:** €120,000');
    expect(markdown).toContain('- **Decision deadline:** 2026-11-12');
    expect(markdown).not.toContain('Sign-on bonus');
    // User text renders as typed: no emphasis, no HTML.
    expect(markdown).toContain('\\*\\*Relocation\\*\\* &lt;b&gt;paid&lt;/b&gt;');
    expect(unescapeMarkdownText('\\*\\*Relocation\\*\\* &lt;b&gt;paid&lt;/b&gt;')).toBe('**Relocation** <b>paid</b>');
  });

  it('is empty without offers', () => {
    expect(offersMarkdown([])).toBe('');
  });
});

describe('the journal’s Markdown export', () => {
  it('carries every offer with the whole journal, and an entry’s own offer with the entry', async () => {
    const db = freshDb();
    await db.journal.bulkPut([makeEntry(), makeEntry({ id: 'entry-other', company: 'Initech' })]);
    await db.offers.bulkPut([makeOffer(), makeOffer({ id: 'offer-initech', company: 'Initech', journalEntryId: 'x' })]);
    const whole = await exportJournal(db, { format: 'markdown' });
    expect(whole.text).toContain('### Acme Robotics · Staff Engineer');
    expect(whole.text).toContain('### Initech');
    const one = await exportJournal(db, { format: 'markdown', id: 'entry-acme' });
    expect(one.text).toContain('## Offers');
    expect(one.text).not.toContain('### Initech');
    const other = await exportJournal(db, { format: 'markdown', id: 'entry-other' });
    expect(other.text).not.toContain('## Offers');
  });
});
