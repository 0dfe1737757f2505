import type { StandardCompetency } from '@/utils/model';

/**
 * Common behavioural and technical-leadership interview questions, each mapped to the competencies it probes (most
 * telling first). The matcher finds the bank questions closest to whatever the candidate types or hears, and borrows
 * their competencies.
 *
 * The English text is content, like the sample stories, not UI chrome: it is matched against English questions and
 * never shown as a label, so it lives here rather than in the message catalogue. A localised bank would be a
 * separate list, not a translation of this one.
 */

export interface BankQuestion {
  /** Stable: saved practice sessions may refer to it. */
  id: string;
  text: string;
  /** 1-3, the one the question is really about first. */
  competencies: StandardCompetency[];
  /** Words interviewers use for the same question that the text itself lacks. */
  keywords?: string[];
}

export const QUESTION_BANK: readonly BankQuestion[] = [
  // Leadership
  {
    id: 'lead-through-change',
    text: 'Tell me about a time you led a team through a significant change.',
    competencies: ['leadership', 'ambiguity'],
    keywords: ['reorg', 'transition', 'transformation'],
  },
  {
    id: 'lead-without-authority',
    text: 'Describe a time you led a project without formal authority.',
    competencies: ['leadership', 'influence'],
    keywords: ['informal', 'peers', 'initiative'],
  },
  {
    id: 'motivate-low-morale',
    text: 'Tell me about a time you had to motivate a team with low morale.',
    competencies: ['leadership'],
    keywords: ['morale', 'burnout', 'engagement', 'inspire'],
  },
  {
    id: 'set-technical-direction',
    text: 'How have you set the technical direction or vision for your team?',
    competencies: ['leadership', 'influence', 'technical-problem-solving'],
    keywords: ['strategy', 'roadmap', 'architecture'],
  },
  {
    id: 'unpopular-decision',
    text: 'Tell me about a difficult decision you made that was unpopular with your team.',
    competencies: ['leadership', 'ownership-delivery'],
    keywords: ['tough', 'call', 'judgement'],
  },
  {
    id: 'step-up-to-lead',
    text: 'Give an example of a time you stepped up to take the lead when no one else did.',
    competencies: ['leadership', 'ownership-delivery'],
    keywords: ['initiative', 'volunteer', 'took charge'],
  },
  {
    id: 'underperforming-team-member',
    text: 'Tell me about a time you dealt with an underperforming team member.',
    competencies: ['leadership', 'mentoring', 'communication'],
    keywords: ['performance', 'low performer', 'struggling'],
  },
  {
    id: 'delegation',
    text: 'Describe how you delegated work and kept a large project on track.',
    competencies: ['leadership', 'ownership-delivery'],
    keywords: ['delegate', 'trust', 'coordination'],
  },

  // Technical problem-solving
  {
    id: 'hardest-bug',
    text: 'Tell me about the hardest bug you have ever debugged.',
    competencies: ['technical-problem-solving'],
    keywords: ['debugging', 'investigation', 'tricky', 'issue'],
  },
  {
    id: 'production-outage',
    text: 'Describe a production outage you handled and how you found the root cause.',
    competencies: ['technical-problem-solving', 'ownership-delivery'],
    keywords: ['incident', 'on-call', 'downtime', 'postmortem'],
  },
  {
    id: 'complex-technical-problem',
    text: 'Walk me through the most complex technical problem you have solved.',
    competencies: ['technical-problem-solving'],
    keywords: ['challenge', 'difficult', 'engineering'],
  },
  {
    id: 'design-trade-off',
    text: 'Tell me about a technical trade-off you made when designing a system.',
    competencies: ['technical-problem-solving', 'communication'],
    keywords: ['architecture', 'system design', 'tradeoff', 'decision'],
  },
  {
    id: 'performance-scalability',
    text: 'Describe a time you significantly improved the performance or scalability of a system.',
    competencies: ['technical-problem-solving', 'innovation'],
    keywords: ['latency', 'optimise', 'optimize', 'scale', 'faster'],
  },
  {
    id: 'technical-debt',
    text: 'How have you dealt with technical debt while still delivering features?',
    competencies: ['technical-problem-solving', 'ownership-delivery'],
    keywords: ['refactor', 'legacy', 'cleanup'],
  },
  {
    id: 'legacy-migration',
    text: 'Tell me about a time you migrated a legacy system to a new platform.',
    competencies: ['technical-problem-solving', 'ownership-delivery'],
    keywords: ['migration', 'rewrite', 'modernise', 'modernize'],
  },

  // Conflict resolution
  {
    id: 'disagree-with-colleague',
    text: 'Tell me about a time you disagreed with a colleague.',
    competencies: ['conflict-resolution', 'communication'],
    keywords: ['disagreement', 'teammate', 'coworker', 'peer', 'argument', 'conflict'],
  },
  {
    id: 'disagree-with-manager',
    text: "Describe a time you disagreed with your manager's decision.",
    competencies: ['conflict-resolution', 'influence'],
    keywords: ['boss', 'disagreement', 'pushback', 'challenge'],
  },
  {
    id: 'conflict-within-team',
    text: 'Tell me about a conflict within your team and how you resolved it.',
    competencies: ['conflict-resolution', 'leadership'],
    keywords: ['tension', 'friction', 'dispute', 'mediate'],
  },
  {
    id: 'difficult-coworker',
    text: 'Describe a time you had to work with a difficult coworker.',
    competencies: ['conflict-resolution', 'collaboration'],
    keywords: ['difficult person', 'personality', 'clash', 'colleague'],
  },
  {
    id: 'push-back-on-stakeholder',
    text: "Tell me about a time you pushed back on a stakeholder's request.",
    competencies: ['conflict-resolution', 'influence', 'customer-focus'],
    keywords: ['pushback', 'say no', 'product manager'],
  },
  {
    id: 'technical-disagreement',
    text: 'Tell me about a disagreement over a technical approach, for example in a code review.',
    competencies: ['conflict-resolution', 'technical-problem-solving'],
    keywords: ['design review', 'opinion', 'debate'],
  },
  {
    id: 'conflicting-priorities-between-teams',
    text: 'Describe a time two teams had conflicting priorities and you had to find a compromise.',
    competencies: ['conflict-resolution', 'collaboration'],
    keywords: ['compromise', 'negotiate', 'competing'],
  },

  // Innovation
  {
    id: 'new-idea-implemented',
    text: 'Tell me about a new idea you proposed and put into practice.',
    competencies: ['innovation', 'influence'],
    keywords: ['initiative', 'proposal', 'invent'],
  },
  {
    id: 'improved-process',
    text: 'Describe a time you improved a process that everyone else accepted as it was.',
    competencies: ['innovation', 'ownership-delivery'],
    keywords: ['efficiency', 'workflow', 'improvement'],
  },
  {
    id: 'creative-solution',
    text: 'Tell me about a creative solution you found to a problem with limited resources.',
    competencies: ['innovation', 'technical-problem-solving'],
    keywords: ['creativity', 'constraints', 'resourceful', 'budget'],
  },
  {
    id: 'automation-impact',
    text: 'Give an example of something you automated and the impact it had.',
    competencies: ['innovation', 'technical-problem-solving'],
    keywords: ['automation', 'tooling', 'script', 'manual'],
  },
  {
    id: 'experiment-prototype',
    text: 'Tell me about an experiment or prototype you ran to test an idea.',
    competencies: ['innovation', 'ambiguity'],
    keywords: ['hypothesis', 'a/b test', 'proof of concept', 'hackathon'],
  },
  {
    id: 'challenge-status-quo',
    text: 'Describe a time you challenged the status quo.',
    competencies: ['innovation', 'influence'],
    keywords: ['convention', 'different approach', 'rethink'],
  },

  // Failure and recovery
  {
    id: 'biggest-failure',
    text: 'Tell me about your biggest professional failure.',
    competencies: ['failure-recovery'],
    keywords: ['failed', 'fail', 'setback', 'worst'],
  },
  {
    id: 'mistake-learned',
    text: 'Describe a mistake you made and what you learned from it.',
    competencies: ['failure-recovery', 'ownership-delivery'],
    keywords: ['error', 'lesson', 'wrong', 'regret'],
  },
  {
    id: 'missed-deadline',
    text: 'Tell me about a time you missed a deadline.',
    competencies: ['failure-recovery', 'ownership-delivery'],
    keywords: ['late', 'slipped', 'delay', 'overrun'],
  },
  {
    id: 'project-failed',
    text: 'Tell me about a project that failed and what you would do differently.',
    competencies: ['failure-recovery'],
    keywords: ['cancelled', 'unsuccessful', 'hindsight', 'retrospective'],
  },
  {
    id: 'critical-feedback-received',
    text: 'Describe a time you received critical feedback and how you responded.',
    competencies: ['failure-recovery', 'communication'],
    keywords: ['criticism', 'feedback', 'improve', 'growth'],
  },
  {
    id: 'caused-incident',
    text: 'Tell me about a time you caused a production incident.',
    competencies: ['failure-recovery', 'technical-problem-solving'],
    keywords: ['caused', 'outage', 'broke', 'rollback', 'blameless'],
  },

  // Collaboration
  {
    id: 'cross-functional-project',
    text: 'Tell me about a successful cross-functional project and your part in it.',
    competencies: ['collaboration', 'communication'],
    keywords: ['design', 'product', 'partners', 'teamwork'],
  },
  {
    id: 'helped-struggling-teammate',
    text: 'Describe a time you supported a teammate who was struggling.',
    competencies: ['collaboration', 'mentoring'],
    keywords: ['support', 'assist', 'colleague'],
  },
  {
    id: 'remote-relationships',
    text: 'How have you built strong working relationships in a distributed or remote team?',
    competencies: ['collaboration', 'communication'],
    keywords: ['remote', 'time zones', 'trust', 'async'],
  },
  {
    id: 'dependency-on-other-team',
    text: 'Tell me about a time you depended on another team to deliver your work.',
    competencies: ['collaboration', 'ownership-delivery'],
    keywords: ['dependency', 'blocked', 'coordination'],
  },
  {
    id: 'team-achievement',
    text: 'Tell me about a team achievement you are proud of and what you contributed.',
    competencies: ['collaboration', 'leadership'],
    keywords: ['proud', 'accomplishment', 'success', 'teamwork'],
  },

  // Communication
  {
    id: 'explain-to-non-technical',
    text: 'Tell me about a time you explained a complex technical topic to a non-technical audience.',
    competencies: ['communication', 'customer-focus'],
    keywords: ['simplify', 'jargon', 'executives', 'business'],
  },
  {
    id: 'deliver-bad-news',
    text: 'Describe a time you had to deliver bad news to a stakeholder.',
    competencies: ['communication', 'ownership-delivery'],
    keywords: ['transparency', 'escalate', 'expectations'],
  },
  {
    id: 'written-proposal',
    text: 'Tell me about a design document or written proposal that changed a decision.',
    competencies: ['communication', 'influence'],
    keywords: ['writing', 'rfc', 'memo', 'documentation'],
  },
  {
    id: 'presented-to-leadership',
    text: 'Describe a presentation you gave to senior leadership.',
    competencies: ['communication', 'influence'],
    keywords: ['executives', 'present', 'talk', 'audience'],
  },
  {
    id: 'misunderstanding-fixed',
    text: 'Tell me about a time a misunderstanding caused problems and how you fixed it.',
    competencies: ['communication', 'failure-recovery'],
    keywords: ['miscommunication', 'misaligned', 'clarify'],
  },

  // Ownership and delivery
  {
    id: 'tight-deadline',
    text: 'Tell me about a time you delivered a project under a tight deadline.',
    competencies: ['ownership-delivery'],
    keywords: ['pressure', 'time', 'shipped', 'launch'],
  },
  {
    id: 'beyond-your-role',
    text: 'Describe a time you went beyond your role to get something done.',
    competencies: ['ownership-delivery', 'leadership'],
    keywords: ['above and beyond', 'extra mile', 'ownership'],
  },
  {
    id: 'prioritise-when-urgent',
    text: 'How do you prioritise when everything is urgent? Give an example.',
    competencies: ['ownership-delivery', 'ambiguity'],
    keywords: ['prioritize', 'priorities', 'triage', 'workload'],
  },
  {
    id: 'cut-scope',
    text: 'Tell me about a time you had to cut scope to ship on time.',
    competencies: ['ownership-delivery', 'customer-focus'],
    keywords: ['mvp', 'trade-off', 'descope', 'deadline'],
  },
  {
    id: 'owned-end-to-end',
    text: 'Describe something you owned end to end, from idea to launch.',
    competencies: ['ownership-delivery', 'innovation'],
    keywords: ['ownership', 'launch', 'shipped', 'product'],
  },
  {
    id: 'fixed-problem-outside-area',
    text: 'Tell me about a time you noticed a problem outside your area and took ownership of fixing it.',
    competencies: ['ownership-delivery'],
    keywords: ['proactive', 'initiative', 'accountability'],
  },

  // Ambiguity
  {
    id: 'unclear-requirements',
    text: 'Tell me about a time you worked with unclear or changing requirements.',
    competencies: ['ambiguity'],
    keywords: ['ambiguity', 'ambiguous', 'vague', 'moving target', 'uncertainty'],
  },
  {
    id: 'decision-without-information',
    text: 'Describe a decision you made without all the information you wanted.',
    competencies: ['ambiguity', 'ownership-delivery'],
    keywords: ['incomplete', 'uncertain', 'ambiguity', 'judgement', 'risk'],
  },
  {
    id: 'learn-new-domain-fast',
    text: 'Tell me about a time you had to quickly learn a new domain or technology.',
    competencies: ['ambiguity', 'technical-problem-solving'],
    keywords: ['learning', 'unfamiliar', 'ramp up'],
  },
  {
    id: 'sudden-change-of-direction',
    text: 'Describe a time the direction of a project changed suddenly.',
    competencies: ['ambiguity', 'leadership'],
    keywords: ['pivot', 'adapt', 'flexibility', 'change'],
  },
  {
    id: 'framed-undefined-problem',
    text: 'Tell me about a problem nobody had defined yet and how you framed it.',
    competencies: ['ambiguity', 'innovation'],
    keywords: ['open-ended', 'structure', 'discovery'],
  },

  // Customer focus
  {
    id: 'customer-feedback-changed-product',
    text: 'Tell me about a time you used customer feedback to change a product.',
    competencies: ['customer-focus', 'innovation'],
    keywords: ['users', 'research', 'insight'],
  },
  {
    id: 'difficult-customer',
    text: 'Describe a time you handled a difficult customer or client.',
    competencies: ['customer-focus', 'conflict-resolution', 'communication'],
    keywords: ['complaint', 'angry', 'escalation', 'client'],
  },
  {
    id: 'user-needs-vs-constraints',
    text: 'Tell me about a time you balanced user needs against technical constraints.',
    competencies: ['customer-focus', 'technical-problem-solving'],
    keywords: ['users', 'experience', 'trade-off'],
  },
  {
    id: 'exceeded-customer-expectations',
    text: "Describe a time you went out of your way to exceed a customer's expectations.",
    competencies: ['customer-focus', 'ownership-delivery'],
    keywords: ['delight', 'service', 'client'],
  },
  {
    id: 'said-no-to-customer',
    text: 'Tell me about a time you had to say no to a customer request.',
    competencies: ['customer-focus', 'communication', 'conflict-resolution'],
    keywords: ['feature request', 'decline', 'expectations'],
  },

  // Mentoring
  {
    id: 'mentored-junior',
    text: 'Tell me about a time you mentored a junior engineer.',
    competencies: ['mentoring', 'leadership'],
    keywords: ['mentee', 'coaching', 'new grad', 'intern'],
  },
  {
    id: 'grew-someones-career',
    text: 'Describe someone whose career you helped grow.',
    competencies: ['mentoring'],
    keywords: ['promotion', 'development', 'sponsor', 'coach'],
  },
  {
    id: 'onboarded-new-members',
    text: 'How have you onboarded new team members? Give an example.',
    competencies: ['mentoring', 'collaboration'],
    keywords: ['onboarding', 'new hire', 'ramp up', 'documentation'],
  },
  {
    id: 'gave-difficult-feedback',
    text: 'Tell me about a time you gave difficult feedback to a colleague.',
    competencies: ['mentoring', 'communication', 'conflict-resolution'],
    keywords: ['feedback', 'candid', 'honest', 'conversation'],
  },
  {
    id: 'taught-new-practice',
    text: 'Describe a time you taught your team a new skill or practice.',
    competencies: ['mentoring', 'leadership'],
    keywords: ['teaching', 'workshop', 'knowledge sharing', 'training'],
  },

  // Influence
  {
    id: 'convinced-others-to-adopt',
    text: 'Tell me about a time you convinced others to adopt your idea.',
    competencies: ['influence', 'communication'],
    keywords: ['persuade', 'convince', 'adoption', 'champion'],
  },
  {
    id: 'buy-in-from-leadership',
    text: 'Describe how you got buy-in from senior leaders for a project.',
    competencies: ['influence', 'communication'],
    keywords: ['executives', 'sponsorship', 'funding', 'approval'],
  },
  {
    id: 'changed-someones-mind',
    text: "Tell me about a time you changed someone's mind.",
    competencies: ['influence'],
    keywords: ['persuade', 'convince', 'opinion'],
  },
  {
    id: 'influenced-other-team-roadmap',
    text: 'Describe a time you influenced a team you did not manage to change their plans.',
    competencies: ['influence', 'collaboration'],
    keywords: ['roadmap', 'without authority', 'alignment'],
  },
  {
    id: 'data-to-persuade',
    text: 'Tell me about a time you used data to persuade stakeholders.',
    competencies: ['influence', 'customer-focus'],
    keywords: ['metrics', 'analysis', 'evidence', 'convince'],
  },
];
