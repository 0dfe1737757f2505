import type { Id, Interview } from '../../model';

export type InterviewInput = Partial<Omit<Interview, 'createdAt' | 'updatedAt'>> & { id?: Id };

export interface InterviewQueries {
  'interviews.list'(): Interview[];
  'interviews.get'(id: Id): Interview | null;
}

export interface InterviewCommands {
  'interviews.save'(interview: InterviewInput): Interview;
  'interviews.delete'(id: Id): Interview | null;
}
