import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { runPanelFrame } from '@/utils/frame/panel-frame';

// Injected into a call tab's top frame by the background (`frame.mount`), after the loader there saw the call start.
export default defineUnlistedScript(() => runPanelFrame());
