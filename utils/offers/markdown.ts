import { escapeMarkdownText, formatLocalDate } from '@/utils/backup/export-markdown';
import { type MessageKey, t } from '@/utils/i18n';
import type { Offer, Timestamp } from '@/utils/model';
import { firstYearTotal, formatMoney, formatNumber, WORK_MODE_LABELS } from './offers';

const oneLine = (text: string) => escapeMarkdownText(text.replace(/\s*\n\s*/g, ' ').trim());

/**
 * Offers as a Markdown section, for the journal's Markdown export (the whole journal, or the entry they came
 * from): each offer a heading and a list of its figures, unknown ones left out (never written as 0). User text is
 * escaped like the rest of the export, so it renders as typed.
 */
export function offersMarkdown(
  offers: readonly Offer[],
  options: { level?: number; formatDate?: (at: Timestamp) => string; locale?: string } = {},
): string {
  if (offers.length === 0) return '';
  const level = options.level ?? 2;
  const date = options.formatDate ?? formatLocalDate;
  const blocks = [`${'#'.repeat(level)} ${oneLine(t('backupTableOffers'))}`];
  for (const offer of offers) {
    const money = (amount: number | null | undefined) => formatMoney(amount, offer.currency, options.locale);
    const title = [offer.company, offer.role]
      .map((part) => part.trim())
      .filter(Boolean)
      .join(' · ');
    const lines: Array<[MessageKey, string | undefined]> = [
      ['offerFieldDeadline', offer.deadline === undefined ? undefined : date(offer.deadline)],
      ['offerFirstYear', firstYearTotal(offer).total === null ? undefined : money(firstYearTotal(offer).total)],
      ['offerFieldBase', offer.base === undefined ? undefined : money(offer.base)],
      ['offerFieldBonus', offer.bonus === undefined ? undefined : money(offer.bonus)],
      ['offerFieldEquity', offer.equity === undefined ? undefined : money(offer.equity)],
      ['offerFieldVestingYears', offer.vestingYears === undefined ? undefined : formatNumber(offer.vestingYears)],
      ['offerFieldCliffMonths', offer.cliffMonths === undefined ? undefined : formatNumber(offer.cliffMonths)],
      ['offerFieldSignOn', offer.signOn === undefined ? undefined : money(offer.signOn)],
      ['offerFieldStartDate', offer.startDate === undefined ? undefined : date(offer.startDate)],
      ['offerFieldLocation', offer.location.trim() || undefined],
      ['offerFieldWorkMode', offer.workMode === undefined ? undefined : t(WORK_MODE_LABELS[offer.workMode])],
    ];
    const list = lines
      .filter((line): line is [MessageKey, string] => line[1] !== undefined)
      .map(([key, value]) => `- **${oneLine(t(key))}:** ${oneLine(value)}`);
    const block = [`${'#'.repeat(level + 1)} ${oneLine(title || t('offerNewTitle'))}`];
    if (list.length) block.push(list.join('\n'));
    if (offer.notes.trim()) block.push(escapeMarkdownText(offer.notes));
    blocks.push(block.join('\n\n'));
  }
  return `${blocks.join('\n\n')}\n`;
}
