import { Check, X } from 'lucide-preact';
import type { ComponentChildren } from 'preact';
import { startStory } from '@/components/coverage/start-story';
import { createPlan } from '@/components/plans/PlansView';
import { useStoredFlag } from '@/components/settings/use-stored-flag';
import { ActionButton } from '@/components/ui/ActionButton';
import { IconButton } from '@/components/ui/IconButton';
import { useLive, valueOr } from '@/components/ui/use-live';
import { type MessageKey, t } from '@/utils/i18n';
import type { Plan, Story } from '@/utils/model';
import { FIRST_RUN_STEPS, type FirstRunStep, firstRunProgress } from '@/utils/up-next/first-run';

/** Kept in storage.local: a page preference, nothing private; dismissed once, the steps stay away. */
const DISMISSED_KEY = 'upNext:firstRunDismissed';
const readDismissed = (raw: unknown) => raw === true;

const TEXT: Record<FirstRunStep, { title: MessageKey; body: MessageKey }> = {
  story: { title: 'firstRunStoryTitle', body: 'firstRunStoryBody' },
  plan: { title: 'firstRunPlanTitle', body: 'firstRunPlanBody' },
  rehearsal: { title: 'firstRunRehearseTitle', body: 'firstRunRehearseBody' },
};

/**
 * Up next's guided start for a new candidate: write (or import) a story, make a plan with its meeting link, try the
 * rehearsal room. Each step ticks itself from the data (utils/up-next/first-run.ts); the first one not done carries
 * the primary button, the others a plain one. It goes away once all three are done, or when dismissed.
 */
export function GuidedStart({ stories, plans }: { stories: readonly Story[] | null; plans: readonly Plan[] | null }) {
  const calls = useLive('calls.all', {});
  const [dismissed, setDismissed] = useStoredFlag(DISMISSED_KEY, readDismissed);
  // Nothing is drawn until everything is known: a step that flashes "to do" and then ticks reads as a glitch.
  if (!stories || !plans || calls.status !== 'ready' || dismissed !== false) return null;
  const progress = firstRunProgress({ stories, plans, calls: valueOr(calls, []) });
  if (progress.next === null) return null;
  const doneCount = FIRST_RUN_STEPS.filter((step) => progress.done[step]).length;

  const action = (step: FirstRunStep, primary: boolean): ComponentChildren => {
    const kind = primary ? 'button primary' : 'button';
    if (step === 'story') {
      return (
        <>
          <button type="button" class={kind} onClick={() => startStory()}>
            {t('firstRunStoryAction')}
          </button>
          <a class="button quiet" href="#/stories">
            {t('firstRunStoryImport')}
          </a>
        </>
      );
    }
    if (step === 'plan') {
      return (
        <ActionButton class={kind} action={createPlan}>
          {t('firstRunPlanAction')}
        </ActionButton>
      );
    }
    return (
      <a class={kind} href="/rehearsal.html" target="_blank" rel="noopener">
        {t('firstRunRehearseAction')}
      </a>
    );
  };

  return (
    <section class="card guided-start" aria-labelledby="guided-start-heading">
      <div class="row spread guided-start-head">
        <div>
          <h2 id="guided-start-heading">{t('upNextStartHeading')}</h2>
          <p class="muted">{t('firstRunIntro')}</p>
        </div>
        <div class="row">
          <span class="badge">{t('firstRunProgress', [doneCount, FIRST_RUN_STEPS.length])}</span>
          <IconButton icon={X} label={t('firstRunDismiss')} class="quiet" onClick={() => setDismissed(true)} />
        </div>
      </div>
      <ol class="list guided-steps" aria-label={t('firstRunStepsLabel')}>
        {FIRST_RUN_STEPS.map((step, index) => {
          const done = progress.done[step];
          const current = step === progress.next;
          return (
            <li
              key={step}
              class={`guided-step${done ? ' done' : ''}${current ? ' current' : ''}`}
              aria-current={current ? 'step' : undefined}
            >
              <span class="step-mark" aria-hidden="true">
                {done ? <Check size={16} strokeWidth={3} /> : index + 1}
              </span>
              <div class="step-body">
                <h3>{t(TEXT[step].title)}</h3>
                <p class="muted">{t(TEXT[step].body)}</p>
                {!done && <div class="row">{action(step, current)}</div>}
              </div>
              <span class={done ? 'badge step-state ok' : 'badge step-state'}>
                {done ? t('firstRunStepDone') : t('firstRunStepToDo')}
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
