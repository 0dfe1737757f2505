import type { StarboardDb } from './db';
import type { CommandHandlers, QueryHandlers } from './router';
import { deleteDraft, getDraft, putDraft } from './S-drafts';

export function draftHandlers(db: StarboardDb) {
  const queries: Pick<QueryHandlers, 'drafts.get'> = {
    'drafts.get': (key) => getDraft(db, key),
  };
  const commands: Pick<CommandHandlers, 'drafts.put' | 'drafts.delete'> = {
    'drafts.put': ({ key, value }) => putDraft(db, key, value),
    'drafts.delete': (key) => deleteDraft(db, key),
  };
  return { queries, commands };
}
