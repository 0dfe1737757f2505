import type { StarboardDb } from './db';
import type { CommandHandlers, QueryHandlers } from './router';
import { deleteInterview, editInterviewChecklist, getInterview, listInterviews, saveInterview } from './S-interviews';

export function interviewHandlers(db: StarboardDb) {
  const queries: Pick<QueryHandlers, 'interviews.list' | 'interviews.get'> = {
    'interviews.list': () => listInterviews(db),
    'interviews.get': (id) => getInterview(db, id),
  };
  const commands: Pick<CommandHandlers, 'interviews.save' | 'interviews.delete' | 'interviews.editChecklist'> = {
    'interviews.save': (interview) => saveInterview(db, interview),
    'interviews.delete': (id) => deleteInterview(db, id),
    'interviews.editChecklist': (edit) => editInterviewChecklist(db, edit),
  };
  return { queries, commands };
}
