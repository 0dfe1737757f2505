import { Copy, Video } from 'lucide-preact';
import { useCopy } from '@/components/ui/use-copy';
import { t } from '@/utils/i18n';
import { meetingLinkForDisplay } from '@/utils/plans/plans';

/**
 * "Join" opens the plan's meeting link exactly as the candidate gave it (a Zoom link keeps its `pwd`), "Copy"
 * puts it on the clipboard. Nothing is shown for a link that is not a web address.
 */
export function MeetingLinkActions({ meetingUrl }: { meetingUrl: string }) {
  // Framed in a call page without clipboard access, copying fails: the link stays selectable in the field.
  const [copied, copyText] = useCopy();
  const link = meetingLinkForDisplay(meetingUrl.trim());
  if (!/^https?:\/\//i.test(link)) return null;
  const copy = () => copyText(link);
  return (
    <div class="row meeting-link-actions">
      <a class="button" href={link} target="_blank" rel="noopener noreferrer">
        <Video size={16} aria-hidden="true" focusable="false" />
        {t('planJoinMeeting')}
      </a>
      <button type="button" onClick={copy}>
        <Copy size={16} aria-hidden="true" focusable="false" />
        {t('planCopyMeetingLink')}
      </button>
      <span role="status" class="muted">
        {copied === 'copied' ? t('planMeetingLinkCopied') : copied === 'failed' ? t('planMeetingLinkCopyFailed') : ''}
      </span>
    </div>
  );
}
