import { ChartFigure, Legend, type SeriesStyle } from './ChartFigure';

export interface StackedRow {
  label: string;
  /** One value per series, in the series' order. */
  values: number[];
}

interface Props {
  id: string;
  title: string;
  description?: string;
  summary: string;
  rows: StackedRow[];
  series: SeriesStyle[];
  /** The header of the row labels in the data table, e.g. "Round". */
  rowHeader: string;
  totalLabel: string;
  /** Bars as shares of their row (100% each) rather than counts on one scale. */
  normalised?: boolean;
}

const WIDTH = 640;
const LABEL_WIDTH = 170;
const TOTAL_WIDTH = 44;
const BAR_HEIGHT = 22;
const GAP = 12;

/** Horizontal bars split by series: outcomes per round, outcomes per checklist completion. */
export function StackedBarChart({
  id,
  title,
  description,
  summary,
  rows,
  series,
  rowHeader,
  totalLabel,
  normalised,
}: Props) {
  const totals = rows.map((row) => row.values.reduce((sum, value) => sum + value, 0));
  const max = Math.max(1, ...totals);
  const barSpace = WIDTH - LABEL_WIDTH - TOTAL_WIDTH;
  const height = rows.length * (BAR_HEIGHT + GAP) + GAP;
  return (
    <ChartFigure
      id={id}
      title={title}
      description={description}
      summary={summary}
      width={WIDTH}
      height={height}
      legend={<Legend series={series} />}
      table={{
        columns: [rowHeader, ...series.map((item) => item.label), totalLabel],
        rows: rows.map((row, index) => ({ label: row.label, values: [...row.values, totals[index] ?? 0] })),
      }}
    >
      {rows.map((row, index) => {
        const y = GAP + index * (BAR_HEIGHT + GAP);
        const total = totals[index] ?? 0;
        const scale = normalised ? (total === 0 ? 0 : barSpace / total) : barSpace / max;
        let x = LABEL_WIDTH;
        const label = row.label.length > 24 ? `${row.label.slice(0, 23)}…` : row.label;
        return (
          <g key={row.label}>
            <text x={LABEL_WIDTH - 8} y={y + BAR_HEIGHT / 2} class="chart-label" text-anchor="end" dy="0.35em">
              {label}
            </text>
            <rect x={LABEL_WIDTH} y={y} width={barSpace} height={BAR_HEIGHT} class="chart-track" />
            {row.values.map((value, seriesIndex) => {
              const width = value * scale;
              const segment = (
                <rect
                  key={seriesIndex}
                  x={x}
                  y={y}
                  width={width}
                  height={BAR_HEIGHT}
                  class="chart-segment"
                  style={{ fill: `var(${series[seriesIndex]?.color ?? '--chart-1'})` }}
                />
              );
              x += width;
              return value > 0 ? segment : null;
            })}
            <text x={WIDTH - 4} y={y + BAR_HEIGHT / 2} class="chart-value" text-anchor="end" dy="0.35em">
              {total}
            </text>
          </g>
        );
      })}
    </ChartFigure>
  );
}
