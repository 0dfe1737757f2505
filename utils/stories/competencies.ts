import { type MessageKey, t } from '@/utils/i18n';
import { type Competency, STANDARD_COMPETENCIES, type StandardCompetency } from '@/utils/model';

/** Each standard competency's label in the user's language; stored ids stay English so data travels between locales. */
const LABEL_KEYS: Record<StandardCompetency, MessageKey> = {
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

const STANDARD_SET: ReadonlySet<string> = new Set(STANDARD_COMPETENCIES);

/** "Leadership " and "leadership" are one competency to the person typing them. */
export function competencyKey(competency: Competency): string {
  return competency.trim().toLowerCase();
}

export function isStandardCompetency(competency: Competency): competency is StandardCompetency {
  return STANDARD_SET.has(competencyKey(competency));
}

export function competencyLabel(competency: Competency): string {
  const key = competencyKey(competency);
  return STANDARD_SET.has(key) ? t(LABEL_KEYS[key as StandardCompetency]) : competency.trim();
}

/**
 * A competency the user typed: a standard one when it names one (by id or by its label, in any case), so typing
 * "Mentoring" ticks the standard box instead of adding a look-alike; otherwise the trimmed text. Null when blank.
 */
export function competencyFromText(text: string): Competency | null {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  if (!trimmed) return null;
  const key = trimmed.toLowerCase();
  const standard = STANDARD_COMPETENCIES.find((id) => id === key || t(LABEL_KEYS[id]).toLowerCase() === key);
  return standard ?? trimmed;
}

/** The same competency twice (in any spelling) is kept once, first spelling first. */
export function uniqueCompetencies(competencies: readonly Competency[]): Competency[] {
  const seen = new Set<string>();
  return competencies.filter((competency) => {
    const key = competencyKey(competency);
    if (!key || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
