import type { StarboardDb } from './db';
import type { CommandHandlers, QueryHandlers } from './router';
import { listPractice, recordPractice } from './S-practice';

export function practiceHandlers(db: StarboardDb) {
  const queries: Pick<QueryHandlers, 'practice.list'> = {
    'practice.list': (query) => listPractice(db, query ?? {}),
  };
  const commands: Pick<CommandHandlers, 'practice.record'> = {
    'practice.record': (input) => recordPractice(db, input),
  };
  return { queries, commands };
}
