import type { BackupTable } from '@/utils/backup/format';
import { rowLimitError } from '@/utils/backup/validate';
import { t } from '@/utils/i18n';

/** A write refused because the row would break the backup's limits; nothing was changed. */
export class RowLimitError extends Error {
  constructor(
    message: string,
    readonly path: string,
  ) {
    super(message);
    this.name = 'RowLimitError';
  }
}

/**
 * Throws, before anything is written, if `row` is not what a backup of `table` may hold (rowLimitError in
 * utils/backup/validate.ts): too long a text, too many items, a value of the wrong kind. The message names the
 * field and the limit, for the form that sent it.
 */
export function assertStorable(table: BackupTable, row: unknown): void {
  const error = rowLimitError(table, row);
  if (!error) return;
  const path = error.path ?? '';
  const [, limit = ''] = error.substitutions ?? [];
  if (error.messageKey === 'backupErrorTextTooLong')
    throw new RowLimitError(t('saveErrorTextTooLong', [path, limit]), path);
  if (error.messageKey === 'backupErrorTooManyItems')
    throw new RowLimitError(t('saveErrorTooManyItems', [path, limit]), path);
  throw new RowLimitError(t('saveErrorInvalidValue', [path]), path);
}
