import type { InterviewInput, StoryInput } from './api/protocol';

/**
 * Sample data offered on first run, marked `sample: 1` so it can be removed in one click. Realistic enough to
 * show every feature (hints, coverage, matcher, plans), clearly someone else's stories.
 */
export function sampleStories(): StoryInput[] {
  return [
    {
      title: 'Sample: Rescued the checkout migration',
      hook: 'We cut checkout errors from 4% to 0.3% in six weeks.',
      situation: 'Our legacy checkout service failed on 4% of orders during peak traffic.',
      task: 'I owned the migration to the new payments API before the holiday freeze.',
      action: 'I wrote a migration plan, set up a shadow-traffic comparison, and rolled out by region behind flags.',
      result: 'Errors fell from 4% to 0.3%, and we shipped two weeks before the freeze.',
      resultMetrics: '4% → 0.3% errors; 2 weeks early',
      competencies: ['technical-problem-solving', 'ownership-delivery'],
      strength: 4,
      domain: 'Payments',
      sample: 1,
    },
  ];
}

export function sampleInterview(storyIds: string[]): InterviewInput {
  return {
    company: 'Sample Co',
    role: 'Senior Software Engineer',
    round: 'Hiring manager',
    plannedMinutes: 45,
    meetingUrl: 'https://meet.google.com/abc-defg-hij',
    interviewers: ['Alex Kim'],
    pinnedStoryIds: storyIds.slice(0, 4),
    questionsToAsk: ['What does success look like in the first six months?'],
    pitch: 'I turn messy, high-stakes systems into reliable ones, and bring the team along.',
    notes: '',
    status: 'planned',
    sample: 1,
  };
}
