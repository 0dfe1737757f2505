import './journal.css';
import { JournalForm } from '@/components/journal/JournalForm';
import { t } from '@/utils/i18n';
import { CompanyTimeline } from './CompanyTimeline';
import { JournalList } from './JournalList';

/** #/journal (list), #/journal/<id> (an entry), #/journal/timeline/<company>. */
export function JournalSection({ route }: { route: string[] }) {
  const [first, second] = route;
  if (first === 'timeline' && second !== undefined) return <CompanyTimeline company={second} />;
  if (first !== undefined) {
    return (
      <div class="stack journal-entry-page">
        <a href="#/journal">{t('journalBackToList')}</a>
        <JournalForm
          key={first}
          entryId={first}
          onDeleted={() => {
            window.location.hash = '#/journal';
          }}
        />
      </div>
    );
  }
  return <JournalList />;
}
