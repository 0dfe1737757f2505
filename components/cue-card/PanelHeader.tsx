import { CallBar } from '@/components/calls/CallBar';
import { controlFrame } from '@/components/frame/frame-control';
import { plannedMinutes } from '@/utils/closing/clock';
import { planCaption } from '@/utils/cue-card/cue-card';
import { t } from '@/utils/i18n';
import { ShortcutHelp } from './ShortcutHelp';
import type { useCallActions } from './use-call-actions';
import type { PanelData } from './use-panel-data';
import type { usePanelShortcuts } from './use-panel-shortcuts';

/** The panel's compact header: the plan, the call's clock and controls, help, and (framed in a call) collapse. */
export function PanelHeader({
  data,
  actions,
  keys,
}: {
  data: PanelData;
  actions: ReturnType<typeof useCallActions>;
  keys: ReturnType<typeof usePanelShortcuts>;
}) {
  const { embedded, tabId, view, call, plan, clock, settings } = data;
  return (
    <header class="panel-header stack">
      <div class="row panel-title-row">
        <h1 class="panel-title">{plan ? planCaption(plan) || t('panelPlanUntitled') : t('extName')}</h1>
        <ShortcutHelp
          open={keys.helpOpen}
          onToggle={() => keys.setHelpOpen((open) => !open)}
          buttonRef={keys.helpButtonRef}
        />
        {embedded && (
          <button
            type="button"
            class="icon-button"
            aria-label={t('panelCollapse')}
            title={t('panelCollapse')}
            onClick={() => controlFrame({ action: 'collapse' })}
          >
            ⇥
          </button>
        )}
      </div>
      {!view && <p class="muted">{plan ? t('panelReviewingNext') : t('panelNoPlans')}</p>}
      <CallBar
        call={call}
        clock={clock}
        plannedMinutes={plannedMinutes({
          call: call ?? undefined,
          interview: plan ?? undefined,
          settings,
        })}
        canStart={embedded || tabId !== undefined}
        onStart={actions.startCall}
        onEnd={actions.end}
        onPreset={actions.setLength}
      />
      {actions.failed && <p class="error-text">{t('panelActionFailed')}</p>}
    </header>
  );
}
