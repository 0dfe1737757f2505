import { useLive, valueOr } from '@/components/ui/use-live';
import { formatDateTime } from '@/utils/format';
import { labelFor, type MessageKey, t } from '@/utils/i18n';
import type { Id, PracticeSession } from '@/utils/model';
import { formatDuration } from '@/utils/practice/practice';
import { practiceStats } from '@/utils/stories/library';
import { PracticeSummary } from './PracticeSummary';

const RATING_TEXT: Record<PracticeSession['rating'], MessageKey> = {
  1: 'practiceRating1',
  2: 'practiceRating2',
  3: 'practiceRating3',
  4: 'practiceRating4',
};
const SHOWN = 5;

/** How often this story was rehearsed, when last, and the latest few sessions. */
export function PracticeHistory({ storyId }: { storyId: Id }) {
  const sessions = valueOr(useLive('practice.list', { storyId }), []);
  return (
    <div class="stack practice-history">
      <h3>{t('practiceHistoryHeading')}</h3>
      <PracticeSummary stats={practiceStats(sessions).get(storyId)} />
      {sessions.length > 0 && (
        <ul class="list">
          {sessions.slice(0, SHOWN).map((session) => (
            <li key={session.id}>
              {t('practiceHistoryItem', [
                formatDateTime(session.at),
                formatDuration(session.seconds),
                labelFor(RATING_TEXT, session.rating),
              ])}
              {session.question && <div class="muted">{session.question}</div>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
