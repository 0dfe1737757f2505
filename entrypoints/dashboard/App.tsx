import {
  BookOpen,
  CalendarClock,
  ChartColumn,
  ClipboardList,
  Grid3x3,
  type LucideIcon,
  MessageSquareText,
  NotebookPen,
  Scale,
  Settings,
  Timer,
  Video,
} from 'lucide-preact';
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { CoverageView } from '@/components/coverage/CoverageView';
import { InsightsSection } from '@/components/insights/InsightsSection';
import { JournalSection } from '@/components/journal/JournalSection';
import { PendingDraftBanner } from '@/components/journal/PendingDraftBanner';
import { MatchView } from '@/components/matcher/MatchView';
import { DecideView } from '@/components/offers/DecideView';
import { PlansView } from '@/components/plans/PlansView';
import { PlatformPicker } from '@/components/platforms/PlatformPicker';
import { PracticeView } from '@/components/practice/PracticeView';
import { SampleBanner } from '@/components/samples/SampleBanner';
import { SettingsView } from '@/components/settings/SettingsView';
import { StoryLibrary } from '@/components/stories/StoryLibrary';
import { BrandMark } from '@/components/ui/BrandMark';
import { focusHeading } from '@/components/ui/focus-heading';
import { UpNextView } from '@/components/up-next/UpNextView';
import { type MessageKey, t } from '@/utils/i18n';

interface Section {
  /** The first segment of the hash route: #/<id>/… */
  id: string;
  label: MessageKey;
  /** Drawn beside the label (decorative: the label is the link's name). A section without one gets a plain dot. */
  icon?: LucideIcon;
  render(rest: string[]): ComponentChildren;
}

/** Each dashboard feature adds its section here; the order is the navigation's. */
const SECTIONS: Section[] = [
  // The home: what to do next between interviews.
  { id: 'up-next', label: 'navUpNext', icon: CalendarClock, render: (rest) => <UpNextView route={rest} /> },
  { id: 'stories', label: 'navStories', icon: BookOpen, render: ([id]) => <StoryLibrary selectedId={id} /> },
  { id: 'coverage', label: 'navCoverage', icon: Grid3x3, render: () => <CoverageView /> },
  { id: 'match', label: 'navMatch', icon: MessageSquareText, render: () => <MatchView /> },
  { id: 'practice', label: 'navPractice', icon: Timer, render: () => <PracticeView /> },
  { id: 'plans', label: 'navPlans', icon: ClipboardList, render: ([id]) => <PlansView selectedId={id} /> },
  { id: 'settings', label: 'navSettings', icon: Settings, render: () => <SettingsView /> },
  { id: 'journal', label: 'navJournal', icon: NotebookPen, render: (rest) => <JournalSection route={rest} /> },
  { id: 'insights', label: 'navInsights', icon: ChartColumn, render: () => <InsightsSection /> },
  { id: 'decide', label: 'navDecide', icon: Scale, render: (rest) => <DecideView route={rest} /> },
];

/** Hash routes keep every view linkable and survive reloads: #/stories, #/stories/<id>. */
function useRoute(): string[] {
  const read = () =>
    window.location.hash
      .replace(/^#\/?/, '')
      .split('/')
      .filter(Boolean)
      .map((part) => decodeURIComponent(part));
  const [route, setRoute] = useState(read);
  useEffect(() => {
    let routeUrl = window.location.href;
    const onChange = () => {
      // An in-page anchor (the skip link) has done its work, scrolling and focusing its target: put the route back.
      if (window.location.hash && !window.location.hash.startsWith('#/')) {
        history.replaceState(history.state, '', routeUrl);
        return;
      }
      routeUrl = window.location.href;
      setRoute(read());
    };
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

export function App() {
  const [sectionId = 'up-next', ...rest] = useRoute();
  const section = SECTIONS.find((s) => s.id === sectionId) ?? SECTIONS[0]!;
  const main = useRef<HTMLElement>(null);
  const shownSection = useRef(section.id);

  // Switching views moves focus to the new view's heading, as a page load would, instead of leaving it in the nav.
  useEffect(() => {
    if (shownSection.current === section.id) return;
    shownSection.current = section.id;
    // The view may have placed focus itself (a new story's title): that wins.
    const active = document.activeElement;
    if (active && active !== main.current && main.current?.contains(active)) return;
    focusHeading(main.current?.querySelector('h1') ?? null);
  }, [section.id]);

  return (
    <div class="dashboard">
      <a class="skip-link" href="#main-content">
        {t('dashboardSkipToMain')}
      </a>
      <header class="dashboard-header">
        <span class="brand">
          <BrandMark />
          {t('extName')}
        </span>
        <nav aria-label={t('dashboardNavLabel')}>
          {SECTIONS.map(({ id, label, icon: Icon }) => (
            <a key={id} href={`#/${id}`} aria-current={id === section.id ? 'page' : undefined}>
              {Icon ? (
                <Icon size={18} aria-hidden="true" focusable="false" />
              ) : (
                <span class="nav-dot" aria-hidden="true" />
              )}
              {t(label)}
            </a>
          ))}
        </nav>
        <a class="header-link" href="/rehearsal.html" target="_blank" rel="noopener">
          <Video size={18} aria-hidden="true" focusable="false" />
          {t('rehearsalTitle')}
        </a>
      </header>
      <main id="main-content" ref={main} tabIndex={-1}>
        <PlatformPicker />
        <SampleBanner />
        <PendingDraftBanner route={[section.id, ...rest]} />
        {section.render(rest)}
      </main>
    </div>
  );
}
