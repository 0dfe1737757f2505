import { useState } from 'preact/hooks';
import { useLive, valueOr } from '@/components/ui/use-live';
import {
  type CoverageMatrix,
  coverageMatrix,
  type HealthItem,
  healthCheck,
  STRONG_STRENGTH,
  TELL_WINDOW_DAYS,
} from '@/utils/coverage/health';
import { t } from '@/utils/i18n';
import { CORE_COMPETENCIES, type Competency, type Story } from '@/utils/model';
import { competencyKey, competencyLabel } from '@/utils/stories/competencies';
import { coverageCompetencies } from '@/utils/stories/library';
import { startStory } from './start-story';

const DAY_MS = 24 * 60 * 60 * 1000;
const CORE: ReadonlySet<string> = new Set(CORE_COMPETENCIES);

/** The library as a whole: what it covers, how strongly, and what to fix before the loop. */
export function CoverageView() {
  const stories = useLive('stories.list', {});
  const active = valueOr(stories, []);
  // Fixed for the view's life so the subscription key does not change on every render.
  const [since] = useState(() => Date.now() - TELL_WINDOW_DAYS * DAY_MS);
  const calls = valueOr(useLive('calls.recent', { since }), []);
  const matrix = coverageMatrix(active, coverageCompetencies(active));
  const health = healthCheck({ stories: active, calls, now: Date.now() });
  const titles = new Map(active.map((story) => [story.id, story.title || t('storyUntitled')]));
  // One "Start a story for X" per competency on the page: the gap list has its own; a health row offers only those
  // no gap and no earlier row offers, and names the others.
  const offered = new Set(matrix.gaps.map((gap) => competencyKey(gap.competency)));
  const offersByItem = new Map(
    health.map((item) => {
      const own = (item.competencies ?? []).filter((competency) => !offered.has(competencyKey(competency)));
      for (const competency of own) offered.add(competencyKey(competency));
      return [item.id, new Set(own.map(competencyKey))];
    }),
  );

  return (
    <div class="stack coverage-view">
      <h1>{t('coverageHeading')}</h1>
      <section aria-labelledby="health-heading" class="card stack">
        <h2 id="health-heading">{t('coverageHealthHeading')}</h2>
        <ul class="list health-list">
          {health.map((item) => (
            <HealthRow key={item.id} item={item} titles={titles} offers={offersByItem.get(item.id) ?? new Set()} />
          ))}
        </ul>
      </section>
      <div class="stack">
        <h2 id="matrix-heading">{t('coverageMatrixHeading')}</h2>
        {stories.status === 'ready' && <Matrix matrix={matrix} stories={active} />}
      </div>
      <section aria-labelledby="gaps-heading" class="card stack">
        <h2 id="gaps-heading">{t('coverageGapsHeading')}</h2>
        {matrix.gaps.length === 0 ? (
          <p>{t('coverageNoGaps', STRONG_STRENGTH)}</p>
        ) : (
          <ul class="list gap-list">
            {matrix.gaps.map((gap) => (
              <li key={competencyKey(gap.competency)} class="row spread">
                <span>
                  <strong>{competencyLabel(gap.competency)}</strong>{' '}
                  <span class="muted">
                    {gap.reason === 'no-story'
                      ? t('coverageGapNoStory')
                      : t('coverageGapWeak', [gap.bestStrength, STRONG_STRENGTH])}
                  </span>
                </span>
                <StartStoryButton competency={gap.competency} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

function StartStoryButton({ competency }: { competency: Competency }) {
  return (
    <button type="button" onClick={() => startStory({ competencies: [competency], strength: 3 })}>
      {t('coverageStartStory', competencyLabel(competency))}
    </button>
  );
}

interface HealthRowProps {
  item: HealthItem;
  titles: ReadonlyMap<string, string>;
  /** The competencies (keys) this row offers to start a story for; the rest are offered elsewhere on the page. */
  offers: ReadonlySet<string>;
}

function HealthRow({ item, titles, offers }: HealthRowProps) {
  return (
    <li class={item.ok ? 'health ok' : 'health open'}>
      <span class="hint-mark" aria-hidden="true">
        {item.ok ? '✓' : '!'}
      </span>
      <div class="stack">
        <p>
          <span class="visually-hidden">{item.ok ? t('checkDone') : t('checkToImprove')} </span>
          {t(item.messageKey, item.substitutions)}
        </p>
        {!item.ok && item.competencies && item.competencies.length > 0 && (
          <div class="row">
            {item.competencies.map((competency) =>
              offers.has(competencyKey(competency)) ? (
                <StartStoryButton key={competency} competency={competency} />
              ) : (
                <span key={competency} class="badge">
                  {competencyLabel(competency)}
                </span>
              ),
            )}
          </div>
        )}
        {!item.ok && item.storyIds && item.storyIds.length > 0 && (
          <ul class="list row">
            {item.storyIds.map((id) => (
              <li key={id}>
                <a href={`#/stories/${encodeURIComponent(id)}`}>{titles.get(id) ?? t('storyUntitled')}</a>
              </li>
            ))}
          </ul>
        )}
      </div>
    </li>
  );
}

/** Competencies down, stories across, strength in the cells: a real table, so screen readers announce both axes. */
function Matrix({ matrix, stories }: { matrix: CoverageMatrix; stories: readonly Story[] }) {
  const columns = [...stories].sort((a, b) => a.title.localeCompare(b.title));
  const strengthOf = new Map(
    matrix.rows.map((row) => [
      competencyKey(row.competency),
      new Map(row.stories.map((entry) => [entry.story.id, entry.strength])),
    ]),
  );
  if (columns.length === 0) return <p class="muted">{t('coverageNoStories')}</p>;
  return (
    // Focusable so keyboard users can scroll a wide library sideways.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard.
    <section class="table-scroll" tabIndex={0} aria-labelledby="matrix-heading">
      <table class="coverage-matrix">
        <caption class="visually-hidden">{t('coverageMatrixCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('coverageCompetencyColumn')}</th>
            {columns.map((story) => (
              <th scope="col" key={story.id}>
                <a href={`#/stories/${encodeURIComponent(story.id)}`}>{story.title || t('storyUntitled')}</a>
              </th>
            ))}
            <th scope="col">{t('coverageBestColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((row) => {
            const cells = strengthOf.get(competencyKey(row.competency));
            const gap = row.bestStrength < STRONG_STRENGTH;
            return (
              <tr key={competencyKey(row.competency)} class={gap ? 'gap' : undefined}>
                <th scope="row">
                  {competencyLabel(row.competency)}
                  {CORE.has(competencyKey(row.competency)) && <span class="badge core">{t('coverageCoreBadge')}</span>}
                </th>
                {columns.map((story) => {
                  const strength = cells?.get(story.id);
                  return (
                    <td key={story.id} class={strength === undefined ? 'empty' : `strength s${strength}`}>
                      {strength ?? ''}
                    </td>
                  );
                })}
                <td class="best">
                  {row.bestStrength > 0 && <span>{row.bestStrength} </span>}
                  {gap && <span class="badge gap-badge">{t('coverageGapBadge')}</span>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
