import { type BankQuestion, QUESTION_BANK } from '@/utils/matcher/question-bank';
import type { StandardCompetency } from '@/utils/model';
import { SPEAKING_BAND_MINUTES } from '@/utils/stories/hints';

/** Where a rehearsal's length sits against the band a story should fit when told aloud. */
export type BandStatus = 'short' | 'ok' | 'long';

export function speakingBand(seconds: number): BandStatus {
  if (seconds < SPEAKING_BAND_MINUTES.min * 60) return 'short';
  if (seconds > SPEAKING_BAND_MINUTES.max * 60) return 'long';
  return 'ok';
}

/** "2:05": how a stopwatch reads, whatever the language. */
export function formatDuration(totalSeconds: number): string {
  const seconds = Math.max(0, Math.floor(totalSeconds));
  const minutes = Math.floor(seconds / 60);
  return `${minutes}:${String(seconds % 60).padStart(2, '0')}`;
}

/** The bank's questions that probe a competency (in any position), or all of them. */
export function bankQuestionsFor(competency?: StandardCompetency | null): BankQuestion[] {
  if (!competency) return [...QUESTION_BANK];
  return QUESTION_BANK.filter((question) => question.competencies.includes(competency));
}
