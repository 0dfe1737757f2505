import { PanelRightClose } from 'lucide-preact';
import { CallBar } from '@/components/calls/CallBar';
import { controlFrame, framedByOurPage } from '@/components/frame/frame-control';
import { IconButton } from '@/components/ui/IconButton';
import { boundByLink, matchedByLinkText, planCaption } from '@/utils/cue-card/cue-card';
import { t } from '@/utils/i18n';
import { AskingNow } from './AskingNow';
import { ShortcutHelp } from './ShortcutHelp';
import type { useCallActions } from './use-call-actions';
import type { PanelData } from './use-panel-data';
import type { usePanelShortcuts } from './use-panel-shortcuts';

/**
 * The panel's one compact header (sticky, so time left stays in sight while a story scrolls): the plan, the call's
 * status and time left, "Matched by link", who is asking, and help.
 *
 * The collapse control is drawn ONCE, by whoever owns the frame. On a call page that is the loader's chrome in the
 * page's closed shadow root, in a bar above this header (utils/frame/frame.ts): its click is
 * trusted and changes the frame's state in the same task, so the frame always knows synchronously whether it is
 * collapsed or hidden for sharing (the reminder's `starboard/sight` answer, the share latch), and the call page cannot
 * press it. A button here would reach the frame only through the background, a round trip later, so the panel draws
 * none there. The rehearsal room draws no chrome of its own, so there the panel's header carries the button.
 */
export function PanelHeader({
  data,
  actions,
  keys,
}: {
  data: PanelData;
  actions: ReturnType<typeof useCallActions>;
  keys: ReturnType<typeof usePanelShortcuts>;
}) {
  const { embedded, tabId, view, call, live, plan, clock } = data;
  return (
    <header class="panel-header">
      <div class="panel-title-row">
        <h1 class="panel-title">{plan ? planCaption(plan) || t('panelPlanUntitled') : t('extName')}</h1>
        <ShortcutHelp
          open={keys.helpOpen}
          onToggle={() => keys.setHelpOpen((open) => !open)}
          buttonRef={keys.helpButtonRef}
        />
        {embedded && framedByOurPage() && (
          <IconButton
            icon={PanelRightClose}
            label={t('panelCollapse')}
            onClick={() => controlFrame({ action: 'collapse' })}
          />
        )}
      </div>
      <CallBar
        call={call}
        clock={clock}
        canStart={embedded || tabId !== undefined}
        onStart={actions.startCall}
        onEnd={actions.end}
      />
      {view && plan && boundByLink(call, plan) && <p class="muted panel-matched">{matchedByLinkText(plan)}</p>}
      {live && <AskingNow choices={data.askingChoices} asking={data.asking} onAsk={data.setAsking} />}
      {!view && <p class="muted panel-note">{plan ? t('panelReviewingNext') : t('panelNoPlans')}</p>}
      {actions.failed && <p class="error-text">{t('panelActionFailed')}</p>}
      {actions.covered && (
        <p role="alert" class="error-text">
          {t('panelCovered')}
        </p>
      )}
    </header>
  );
}
