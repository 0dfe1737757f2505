import type { ProgressRow } from '@/utils/model';

/**
 * A long piece of background work as it goes (a restore, an export, the search index's rebuild): the label says the
 * counts in words, the bar shows them. Hidden once the work is done, so a finished row draws nothing.
 */
export function ProgressBar({
  row,
  label,
}: {
  row: ProgressRow | null | undefined;
  label: (row: ProgressRow) => string;
}) {
  if (!row || row.done >= row.total) return null;
  const text = label(row);
  return (
    <p class="progress-line muted">
      <span>{text}</span> <progress max={row.total} value={row.done} aria-label={text} />
    </p>
  );
}
