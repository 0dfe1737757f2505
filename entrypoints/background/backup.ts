import type { StarboardDb } from './db';
import type { CommandHandlers, QueryHandlers } from './router';
import { exportBackupFile, importBackupFile, previewBackupFile } from './S-backup';

export function backupHandlers(db: StarboardDb) {
  const queries: Pick<QueryHandlers, never> = {};
  const commands: Pick<CommandHandlers, 'backup.export' | 'backup.preview' | 'backup.import'> = {
    'backup.export': () => exportBackupFile(db),
    'backup.preview': (text) => previewBackupFile(db, text),
    'backup.import': (input) => importBackupFile(db, input?.text, input?.mode),
  };
  return { queries, commands };
}
