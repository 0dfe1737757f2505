import type { Id, Plan } from '@/utils/model';

/** `null` clears an optional field (a message cannot carry `undefined`). */
export type PlanInput = Partial<
  Omit<Plan, 'createdAt' | 'updatedAt' | 'scheduledAt' | 'reminderMinutes' | 'headsUpMinutes' | 'meetingKey'>
> & {
  id?: Id;
  scheduledAt?: Plan['scheduledAt'] | null;
  reminderMinutes?: Plan['reminderMinutes'] | null;
  headsUpMinutes?: Plan['headsUpMinutes'] | null;
};

export interface PlanQueries {
  'plans.list'(): Plan[];
  'plans.get'(id: Id): Plan | null;
}

export interface PlanCommands {
  'plans.save'(interview: PlanInput): Plan;
  'plans.delete'(id: Id): Plan | null;
}
