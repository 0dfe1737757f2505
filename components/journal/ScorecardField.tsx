import { useState } from 'preact/hooks';
import { BACKUP_LIMITS } from '@/utils/backup/format';
import { type MessageKey, t } from '@/utils/i18n';
import { type Competency, type CompetencyRating, STANDARD_COMPETENCIES } from '@/utils/model';
import { competencyFromText, competencyLabel } from '@/utils/stories/competencies';

const SCORES: ReadonlyArray<{ score: CompetencyRating['score']; label: MessageKey }> = [
  { score: 1, label: 'journalScore1' },
  { score: 2, label: 'journalScore2' },
  { score: 3, label: 'journalScore3' },
  { score: 4, label: 'journalScore4' },
];

interface Props {
  idPrefix: string;
  ratings: CompetencyRating[];
  /** Competencies the told stories were written for: offered first, waiting for a score. */
  suggestions: readonly Competency[];
  onChange(ratings: CompetencyRating[]): void;
}

const label = competencyLabel;

/** The id of a standard competency typed by its label, else the text as the user's own competency. */
function typedCompetency(text: string): Competency {
  return (competencyFromText(text) ?? '').slice(0, BACKUP_LIMITS.idChars);
}

function ScoreChoice({
  name,
  legend,
  value,
  onPick,
}: {
  name: string;
  legend: string;
  value?: CompetencyRating['score'];
  onPick(score: CompetencyRating['score']): void;
}) {
  return (
    <fieldset class="score-choice">
      <legend>{legend}</legend>
      <div class="row">
        {SCORES.map(({ score, label: scoreLabel }) => (
          <label key={score} class="choice">
            <input type="radio" name={name} checked={value === score} onChange={() => onPick(score)} />
            {t(scoreLabel)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/**
 * The self-scorecard, as interviewers file theirs: each competency the round tested, rated 1-4 with the evidence
 * shown. Suggested competencies are listed unrated; a rating exists only once the user picks a score. Rows keep
 * their place whether rated or not, so picking a score with the keyboard never moves the focused control.
 */
export function ScorecardField({ idPrefix, ratings, suggestions, onChange }: Props) {
  const [firstRated] = useState(() => ratings.map((rating) => rating.competency));
  const [added, setAdded] = useState<Competency[]>([]);
  const [skipped, setSkipped] = useState<Competency[]>([]);
  const [typed, setTyped] = useState('');
  const byCompetency = new Map(ratings.map((rating) => [rating.competency, rating]));
  const rows = [...new Set([...firstRated, ...suggestions, ...added, ...ratings.map((rating) => rating.competency)])]
    .filter((competency) => byCompetency.has(competency) || !skipped.includes(competency))
    .filter(
      (competency) => byCompetency.has(competency) || suggestions.includes(competency) || added.includes(competency),
    );
  const rate = (competency: Competency, patch: Partial<CompetencyRating>) => {
    const existing = byCompetency.get(competency);
    onChange(
      existing
        ? ratings.map((rating) => (rating.competency === competency ? { ...rating, ...patch } : rating))
        : [...ratings, { competency, score: patch.score ?? 3, evidence: patch.evidence ?? '' }],
    );
  };
  const addTyped = () => {
    const competency = typedCompetency(typed);
    if (!competency) return;
    setAdded((list) => (list.includes(competency) ? list : [...list, competency]));
    setSkipped((list) => list.filter((other) => other !== competency));
    setTyped('');
  };
  const listId = `${idPrefix}-competencies`;

  return (
    <fieldset class="journal-group stack">
      <legend>{t('journalFieldRatings')}</legend>
      <p class="muted">{t('journalRatingsHelp')}</p>
      {rows.length === 0 && <p class="muted">{t('journalRatingsEmpty')}</p>}
      <ul class="list stack">
        {rows.map((competency, index) => {
          const rating = byCompetency.get(competency);
          const id = `${idPrefix}-rating-${index}`;
          const name = label(competency);
          return (
            <li key={competency} class={rating ? 'journal-row stack' : 'journal-row journal-row-waiting stack'}>
              <ScoreChoice
                name={`${idPrefix}-score-${encodeURIComponent(competency)}`}
                legend={
                  rating
                    ? name
                    : suggestions.includes(competency)
                      ? t('journalRateCompetency', name)
                      : t('journalRateAddedCompetency', name)
                }
                value={rating?.score}
                onPick={(score) => rate(competency, { score })}
              />
              {rating && (
                <div class="field">
                  <label for={`${id}-evidence`}>{t('journalEvidenceLabel', name)}</label>
                  <textarea
                    id={`${id}-evidence`}
                    rows={2}
                    maxLength={BACKUP_LIMITS.textChars}
                    placeholder={t('journalEvidencePlaceholder')}
                    value={rating.evidence}
                    onInput={(event) => rate(competency, { evidence: event.currentTarget.value })}
                  />
                </div>
              )}
              {rating ? (
                <button
                  type="button"
                  onClick={() => {
                    onChange(ratings.filter((other) => other.competency !== competency));
                    setSkipped((list) => [...list, competency]);
                  }}
                  aria-label={t('journalRemoveRating', name)}
                >
                  {t('journalRemove')}
                </button>
              ) : (
                <button
                  type="button"
                  onClick={() => setSkipped((list) => [...list, competency])}
                  aria-label={t('journalSkipCompetency', name)}
                >
                  {t('journalSkip')}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      <div class="row">
        <div class="field grow">
          <label for={`${idPrefix}-add-competency`}>{t('journalAddCompetencyLabel')}</label>
          <input
            id={`${idPrefix}-add-competency`}
            list={listId}
            maxLength={BACKUP_LIMITS.idChars}
            value={typed}
            onInput={(event) => setTyped(event.currentTarget.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                addTyped();
              }
            }}
          />
          <datalist id={listId}>
            {STANDARD_COMPETENCIES.map((id) => (
              <option key={id} value={label(id)} />
            ))}
          </datalist>
        </div>
        <button type="button" disabled={!typed.trim() || ratings.length >= BACKUP_LIMITS.listItems} onClick={addTyped}>
          {t('journalAddCompetency')}
        </button>
      </div>
    </fieldset>
  );
}
