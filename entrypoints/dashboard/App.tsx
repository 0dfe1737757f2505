import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { SampleBanner } from './SampleBanner';
import { StoryLibrary } from './stories/StoryLibrary';

/** Hash routes keep every view linkable and survive reloads: #/stories, #/stories/<id>. */
function useRoute(): string[] {
  const read = () => window.location.hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  const [route, setRoute] = useState(read);
  useEffect(() => {
    const onChange = () => setRoute(read());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

export function App() {
  const [section = 'stories', ...rest] = useRoute();
  return (
    <div class="dashboard">
      <header class="dashboard-header">
        <span class="brand">{t('extName')}</span>
        <nav aria-label={t('dashboardNavLabel')}>
          <a href="#/stories" aria-current={section === 'stories' ? 'page' : undefined}>
            {t('navStories')}
          </a>
        </nav>
      </header>
      <main>
        <SampleBanner />
        {section === 'stories' && <StoryLibrary selectedId={rest[0]} />}
      </main>
    </div>
  );
}
