import type { MessageKey } from '@/utils/i18n';
import type { Competency, StandardCompetency } from '@/utils/model';

export const COMPETENCY_LABELS: Readonly<Record<StandardCompetency, MessageKey>> = {
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

/** A standard competency in the user's language; a user's own label as they wrote it. */
export function competencyLabel(competency: Competency, translate: (key: MessageKey) => string): string {
  return Object.hasOwn(COMPETENCY_LABELS, competency)
    ? translate(COMPETENCY_LABELS[competency as StandardCompetency])
    : competency;
}
