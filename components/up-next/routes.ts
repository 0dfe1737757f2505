import type { Plan } from '@/utils/model';

/** Up next's review of a plan's pinned stories as flashcards (a dashboard hash route; the popup links to it too). */
export const reviewHref = (plan: Pick<Plan, 'id'>) => `#/up-next/review/${encodeURIComponent(plan.id)}`;
