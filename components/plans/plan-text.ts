import { t } from '@/utils/i18n';
import type { Plan } from '@/utils/model';

/** One table of status labels, shared with the Markdown export. */
export { PLAN_STATUS_LABELS as STATUS_TEXT } from '@/utils/backup/export-markdown';

/** "Acme — Senior Engineer", or whichever half exists. */
export function planTitle(plan: Pick<Plan, 'company' | 'role'>): string {
  const company = plan.company.trim();
  const role = plan.role.trim();
  if (company && role) return t('planTitle', [company, role]);
  return company || role || t('planUntitled');
}
