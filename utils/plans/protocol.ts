import type { ChecklistItem, Id, Interview } from '../model';

/** `null` clears an optional field (a message cannot carry `undefined`). */
export type InterviewInput = Partial<Omit<Interview, 'createdAt' | 'updatedAt' | 'scheduledAt' | 'reminderMinutes'>> & {
  id?: Id;
  scheduledAt?: Interview['scheduledAt'] | null;
  reminderMinutes?: Interview['reminderMinutes'] | null;
};

export interface InterviewQueries {
  'interviews.list'(): Interview[];
  'interviews.get'(id: Id): Interview | null;
}

export interface InterviewCommands {
  'interviews.save'(interview: InterviewInput): Interview;
  'interviews.delete'(id: Id): Interview | null;
  /**
   * Saves a plan's own checklist from an edit that started from `base`, keeping what changed elsewhere meanwhile
   * (another call tab editing the same plan): see mergeChecklistEdit in utils/checklist.ts.
   */
  'interviews.editChecklist'(input: { id: Id; base: ChecklistItem[]; items: ChecklistItem[] }): Interview;
}
