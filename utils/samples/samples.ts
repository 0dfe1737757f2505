import type { PlanInput, StoryInput } from '../api/protocol';

/**
 * Sample data offered on first run, marked `sample: 1` so it can be removed in one click. Realistic enough to
 * show every feature (hints, coverage, matcher, plans), clearly someone else's stories.
 *
 * Five are scorecard-ready; the mentoring one is deliberately weak (vague, "we"-heavy, no number, short) so the
 * hints have something to show. Written in English like the question bank: this is content, not UI chrome.
 */
export function sampleStories(): StoryInput[] {
  return [
    {
      title: 'Sample: Led the on-call overhaul across three teams',
      hook: 'Night pages dropped from eleven a week to two.',
      situation:
        'Our platform group shared one on-call rotation across three teams. Engineers were paged about eleven ' +
        'times a week, mostly by alerts nobody owned, and two senior engineers had told their managers they would ' +
        'leave if nothing changed. Sprint commitments kept slipping because whoever was on call lost most of their ' +
        'week to interruptions.',
      task:
        'As the most senior engineer in the group, I volunteered to lead the fix without being anyone’s manager. ' +
        'My goal was to cut pages by at least half within one quarter while keeping response times inside the ' +
        'service-level objectives other teams relied on.',
      action:
        'I pulled three months of paging history and tagged every alert by owner, cause, and whether anyone had ' +
        'acted on it. I presented the data at the joint team meeting and proposed one rule: every alert needs an ' +
        'owner and a runbook, or it gets deleted. I paired with each team lead to review their alerts, and I ' +
        'rewrote the twelve noisiest ones myself as dashboard warnings instead of pages. I then split the shared ' +
        'rotation into one per team, wrote a handover checklist, and ran a short blameless review of every page ' +
        'for six weeks so the teams could see progress and keep pruning.',
      result:
        'Pages fell from eleven a week to two within ten weeks, and both senior engineers stayed. Sprint ' +
        'completion rose from 60% to 85% the following quarter, and two other groups adopted the alert-ownership ' +
        'rule.',
      resultMetrics: '11 → 2 pages/week; sprint completion 60% → 85%',
      competencies: ['leadership', 'ownership-delivery', 'influence'],
      strength: 5,
      domain: 'Platform reliability',
      sample: 1,
    },
    {
      title: 'Sample: Rescued the checkout migration',
      hook: 'We cut checkout errors from 4% to 0.3% in six weeks.',
      situation:
        'Our legacy checkout service failed on 4% of orders during peak traffic. The failures were intermittent, ' +
        'the original authors had left, and the payments provider was retiring the old API at the end of the ' +
        'year, so patching the old service was not an option. Support was fielding around 300 complaints a week, ' +
        'and finance could not reconcile the failed charges without manual work.',
      task:
        'I owned the migration to the new payments API and had to finish it before the holiday code freeze, six ' +
        'weeks away, without risking a single double charge.',
      action:
        'I traced a sample of failed orders end to end and found that most errors came from retries that reused ' +
        'expired payment tokens. I wrote a migration plan that moved token handling into one idempotent client, ' +
        'and I set up a shadow-traffic comparison that sent a copy of real requests to the new path and compared ' +
        'the responses without charging anyone. When the comparison showed wrong currency rounding for three ' +
        'currencies, I fixed the rounding and added property-based tests for it. I then rolled out region by ' +
        'region behind feature flags, watched the error dashboards at each step, and kept a one-click rollback ' +
        'ready. I also worked out a customer message with support for the few orders the comparison flagged.',
      result:
        'Errors fell from 4% to 0.3% with no double charges, and we shipped two weeks before the freeze. The ' +
        'recovered orders were worth about $40,000 a month.',
      resultMetrics: '4% → 0.3% errors; 2 weeks early; ~$40k/month recovered',
      competencies: ['technical-problem-solving', 'ownership-delivery'],
      strength: 4,
      domain: 'Payments',
      sample: 1,
    },
    {
      title: 'Sample: Settled the API versioning dispute with the mobile team',
      hook: 'One shared deprecation calendar ended a three-month standoff.',
      situation:
        'The mobile lead and I disagreed sharply about breaking changes to our public API. The backend team wanted ' +
        'to remove old endpoints that slowed every release; the mobile team pushed back because a third of their ' +
        'users never update the app. The disagreement had turned into tense code reviews and escalations to both ' +
        'managers.',
      task:
        'I needed an agreement with the mobile lead, a peer I had no authority over, that let the backend move ' +
        'forward without breaking the app for people on old versions.',
      action:
        'I asked the mobile lead for a one-to-one and started by listening: I asked what a broken old app would ' +
        'cost them, and I wrote their concerns down in their own words. I then pulled usage data per app version ' +
        'and shared it with them before anyone else, so it was shared evidence rather than my argument. The data ' +
        'showed that 97% of traffic came from the last four releases. I proposed a deprecation calendar: an ' +
        'endpoint stays for four app releases after its replacement ships, and the app shows an upgrade prompt ' +
        'before removal. I drafted the policy, asked the mobile lead to edit it, and we presented it jointly to ' +
        'both managers.',
      result:
        'Both teams signed the policy within two weeks and the escalations stopped. Over the next six months the ' +
        'backend retired 14 old endpoints with zero crashes caused by removals, and releases got a day faster.',
      resultMetrics: '14 endpoints retired; 0 crashes; releases 1 day faster',
      competencies: ['conflict-resolution', 'communication', 'collaboration'],
      strength: 4,
      domain: 'Mobile and APIs',
      sample: 1,
    },
    {
      title: 'Sample: Built the self-serve test-data tool',
      hook: 'A two-day ticket became a ninety-second form.',
      situation:
        'Every developer and QA engineer who needed realistic test accounts filed a ticket with the data team, ' +
        'and the wait averaged two days. Teams worked around it by sharing a handful of stale accounts, which ' +
        'caused flaky tests and at least one privacy scare when someone copied production data. New hires waited ' +
        'longest, because they had no colleagues’ accounts to borrow yet.',
      task:
        'Nobody had asked me to fix it, but I spotted the pattern in a sprint retrospective and set myself the ' +
        'goal of letting any engineer create safe, realistic test data alone, in minutes.',
      action:
        'I interviewed six engineers to learn which account shapes they needed most and found that five templates ' +
        'covered almost every request. I built a prototype in two weeks of spare time: a small web form that ' +
        'generated synthetic accounts from those templates, with fake but valid addresses and payment methods, ' +
        'and never touched production data. I demoed it at the engineering all-hands, asked for volunteers to ' +
        'try it for a month, and fixed the top issues they reported each week. When adoption grew, I wrote a ' +
        'short proposal to move the tool onto the platform team’s roadmap and handed it over with documentation ' +
        'and tests.',
      result:
        'Waiting time dropped from two days to about ninety seconds, and tickets to the data team fell by 70%. ' +
        'Flaky tests caused by shared accounts disappeared, and the tool now serves around 200 engineers.',
      resultMetrics: '2 days → 90 s; data tickets −70%; ~200 users',
      competencies: ['innovation', 'technical-problem-solving', 'customer-focus'],
      strength: 4,
      domain: 'Developer experience',
      sample: 1,
    },
    {
      title: 'Sample: Took search down with a config change',
      hook: 'My one-line config change took search down for 40 minutes.',
      situation:
        'I was tuning the memory settings of our search cluster to reduce hosting costs. I tested the change in ' +
        'staging, where traffic is a small fraction of production, and rolled it out on a Friday afternoon. Within ' +
        'minutes the nodes began running out of memory under real load and search failed for every customer.',
      task:
        'I was also the on-call engineer that evening, so the recovery was mine to lead. I had to restore service ' +
        'quickly, own the mistake openly, and make sure a change like mine could not cause the same outage again.',
      action:
        'I declared the incident myself within five minutes, rolled back the configuration, and posted updates in ' +
        'the incident channel every ten minutes until search recovered. I wrote the postmortem the following ' +
        'Monday and named my own change as the trigger, because hiding it would have taught the team the wrong ' +
        'lesson. I added a canary step to the config pipeline that applies a change to one node and checks error ' +
        'rates before continuing, and I proposed a rule against risky changes on Fridays, which the team adopted. ' +
        'I also ran a session on load-testing staging with production-like traffic so others could catch this ' +
        'class of problem.',
      result:
        'Search was back in 40 minutes. Over the following year the canary step caught three bad config changes ' +
        'before they reached customers, and config-related incidents dropped from five to zero. The canary step ' +
        'is now the default for every infrastructure team in the company.',
      resultMetrics: '40 min outage; 3 bad changes caught; config incidents 5 → 0',
      competencies: ['failure-recovery', 'ownership-delivery', 'technical-problem-solving'],
      strength: 4,
      domain: 'Search',
      sample: 1,
    },
    {
      title: 'Sample: Mentored a new hire through their first project',
      hook: 'First pull request merged in week one.',
      situation:
        'We had a new junior developer join the team and there were various things they needed to learn, like our ' +
        'codebase, our tools, etc.',
      task: 'I was responsible for onboarding them and getting them up to speed.',
      action:
        'We worked on a lot of tickets together and I helped with code reviews and stuff. We also paired on things ' +
        'like testing and deployment, and we kind of figured out a routine that worked for us.',
      result: 'They got up to speed and the team was happy with their progress.',
      resultMetrics: '',
      competencies: ['mentoring', 'collaboration'],
      strength: 2,
      domain: 'Web',
      sample: 1,
    },
  ];
}

export function samplePlan(storyIds: string[]): PlanInput {
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
