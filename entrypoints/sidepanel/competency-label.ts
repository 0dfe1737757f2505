import { type MessageKey, t } from '@/utils/i18n';
import type { Competency, StandardCompetency } from '@/utils/model';

const LABELS: Record<StandardCompetency, MessageKey> = {
  leadership: 'competencyLeadership',
  'technical-problem-solving': 'competencyTechnicalProblemSolving',
  'conflict-resolution': 'competencyConflictResolution',
  innovation: 'competencyInnovation',
  'failure-recovery': 'competencyFailureRecovery',
  collaboration: 'competencyCollaboration',
  communication: 'competencyCommunication',
  'ownership-delivery': 'competencyOwnershipDelivery',
  ambiguity: 'competencyAmbiguity',
  'customer-focus': 'competencyCustomerFocus',
  mentoring: 'competencyMentoring',
  influence: 'competencyInfluence',
};

/** A standard competency in the user's language; the user's own labels as they wrote them. */
export function competencyLabel(competency: Competency): string {
  const key = (LABELS as Record<string, MessageKey | undefined>)[competency];
  return key ? t(key) : competency;
}
