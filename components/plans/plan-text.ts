import { type MessageKey, t } from '@/utils/i18n';
import type { Plan, PlanStatus } from '@/utils/model';

export const STATUS_TEXT: Record<PlanStatus, MessageKey> = {
  planned: 'planStatusPlanned',
  done: 'planStatusDone',
  cancelled: 'planStatusCancelled',
};

/** "Acme — Senior Engineer", or whichever half exists. */
export function planTitle(plan: Pick<Plan, 'company' | 'role'>): string {
  const company = plan.company.trim();
  const role = plan.role.trim();
  if (company && role) return t('planTitle', [company, role]);
  return company || role || t('planUntitled');
}
