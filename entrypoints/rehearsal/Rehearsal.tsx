import { useEffect, useRef, useState } from 'preact/hooks';
import { useLive, valueOr } from '@/components/ui/use-live';
import { useNow } from '@/components/ui/use-now';
import { request } from '@/utils/api/client';
import { clockState, formatClock } from '@/utils/closing/clock';
import { t } from '@/utils/i18n';
import type { Id } from '@/utils/model';
import { DEFAULT_SETTINGS } from '@/utils/settings/settings';
import { FRAME_MESSAGE } from '../../components/frame/frame-control';
import { nextPlannedPlan, planCaption, plannedPlans } from '../../utils/cue-card/cue-card';

/**
 * A practice call: a stage that looks like a video call, with the panel framed beside it exactly as on a real call.
 * The call is real to Starboard (platform 'rehearsal'): the clock, the reminder, ticks and told stories are recorded
 * as in an interview, and the journal drafts from it like any other call.
 */
export function Rehearsal() {
  const view = valueOr(useLive('calls.current', {}), null);
  const interviews = valueOr(useLive('plans.list', undefined), []);
  const settings = valueOr(useLive('settings.get', undefined), DEFAULT_SETTINGS);
  const now = useNow();
  const call = view?.call ?? null;
  const live = call !== null && call.endedAt === undefined;

  return live && view ? (
    <Stage
      callId={view.call.id}
      joinedAt={view.call.joinedAt}
      closing={clockState({ call: view.call, interview: view.interview ?? undefined, settings, now }).phase !== 'early'}
      now={now}
    />
  ) : (
    <Lobby
      planned={plannedPlans(interviews)}
      suggested={nextPlannedPlan(interviews, now)?.id ?? null}
      lastDuration={call?.endedAt !== undefined ? call.endedAt - call.joinedAt : null}
    />
  );
}

interface LobbyProps {
  planned: ReturnType<typeof plannedPlans>;
  suggested: Id | null;
  /** The rehearsal just left, if any. */
  lastDuration: number | null;
}

function Lobby({ planned, suggested, lastDuration }: LobbyProps) {
  const [chosen, setChosen] = useState<Id | null>(null);
  const [failed, setFailed] = useState(false);
  const [starting, setStarting] = useState(false);
  const selected = chosen ?? suggested ?? '';

  const start = async (event: Event) => {
    event.preventDefault();
    setFailed(false);
    setStarting(true);
    try {
      const call = await request('calls.start', { platform: 'rehearsal' });
      if ((selected || null) !== (call.interviewId ?? null)) {
        await request('calls.bindPlan', { callId: call.id, interviewId: selected || null });
      }
    } catch {
      setFailed(true);
    } finally {
      setStarting(false);
    }
  };

  return (
    <main class="rehearsal-lobby">
      <form class="card stack lobby-card" onSubmit={start}>
        <h1>{t('rehearsalTitle')}</h1>
        <p>{t('rehearsalIntro')}</p>
        {lastDuration !== null && <p role="status">{t('rehearsalEnded', formatClock(lastDuration))}</p>}
        <div class="field">
          <label for="rehearsal-plan">{t('rehearsalPlanLabel')}</label>
          <select id="rehearsal-plan" value={selected} onChange={(event) => setChosen(event.currentTarget.value)}>
            {planned.map((plan) => (
              <option key={plan.id} value={plan.id}>
                {planCaption(plan) || t('panelPlanUntitled')}
              </option>
            ))}
            <option value="">{t('rehearsalNoPlan')}</option>
          </select>
        </div>
        <button type="submit" class="primary" disabled={starting}>
          {lastDuration !== null ? t('rehearsalAgain') : t('rehearsalStart')}
        </button>
        {failed && <p class="error-text">{t('panelActionFailed')}</p>}
      </form>
    </main>
  );
}

interface StageProps {
  callId: Id;
  joinedAt: number;
  /** The closing checklist is due: the collapsed panel's tab shows a dot, as the call-page loader's does. */
  closing: boolean;
  now: number;
}

function Stage({ callId, joinedAt, closing, now }: StageProps) {
  const [mic, setMic] = useState(true);
  const [camera, setCamera] = useState(true);
  const [collapsed, setCollapsed] = useState(false);
  const [failed, setFailed] = useState(false);
  const frameRef = useRef<HTMLIFrameElement>(null);
  const expandRef = useRef<HTMLButtonElement>(null);

  // The framed panel asks its frame to collapse or expand; here the frame is this page's own.
  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      if (event.origin !== window.location.origin || event.source !== frameRef.current?.contentWindow) return;
      const data = event.data as { type?: string; action?: string } | null;
      if (data?.type !== FRAME_MESSAGE) return;
      if (data.action === 'collapse') setCollapsed(true);
      else if (data.action === 'expand') setCollapsed(false);
      else if (data.action === 'toggle') setCollapsed((value) => !value);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, []);

  useEffect(() => {
    if (collapsed) expandRef.current?.focus();
  }, [collapsed]);

  const leave = async () => {
    setFailed(false);
    try {
      await request('calls.end', { callId });
    } catch {
      setFailed(true);
    }
  };

  return (
    <div class="rehearsal-room">
      <main class="stage" aria-label={t('rehearsalTitle')}>
        <header class="stage-header">
          <h1 class="stage-title">{t('rehearsalTitle')}</h1>
          <span class="stage-clock" role="timer" aria-label={t('rehearsalClockLabel')}>
            {formatClock(now - joinedAt)}
          </span>
        </header>
        <div class="tiles">
          <figure class="tile">
            <div class="avatar" aria-hidden="true" />
            <figcaption>{t('rehearsalInterviewer')}</figcaption>
          </figure>
          <figure class="tile">
            <div class={camera ? 'avatar' : 'avatar camera-off'} aria-hidden="true" />
            <figcaption>{t('rehearsalYou')}</figcaption>
          </figure>
        </div>
        {failed && <p class="error-text stage-error">{t('panelActionFailed')}</p>}
      </main>
      <nav class="control-bar" aria-label={t('rehearsalControls')}>
        <button type="button" aria-pressed={mic} onClick={() => setMic((on) => !on)}>
          {t('rehearsalMic')}
        </button>
        <button type="button" aria-pressed={camera} onClick={() => setCamera((on) => !on)}>
          {t('rehearsalCamera')}
        </button>
        <button type="button" class="leave" onClick={() => void leave()}>
          {t('rehearsalLeave')}
        </button>
      </nav>
      <aside class={collapsed ? 'panel-dock collapsed' : 'panel-dock'} aria-label={t('rehearsalPanelLabel')}>
        <iframe ref={frameRef} class="panel-frame" src="/panel.html" title={t('rehearsalPanelLabel')} />
        {collapsed && (
          <button
            ref={expandRef}
            type="button"
            class="slim-tab"
            aria-label={closing ? t('rehearsalExpandPanelDue') : t('rehearsalExpandPanel')}
            onClick={() => setCollapsed(false)}
          >
            <span aria-hidden="true">{t('extName')}</span>
            {closing && <span class="slim-tab-dot" aria-hidden="true" />}
          </button>
        )}
      </aside>
    </div>
  );
}
