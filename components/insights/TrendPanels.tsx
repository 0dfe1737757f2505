import { ChartFigure } from './ChartFigure';

export interface TrendPanel {
  label: string;
  /** One per category of the chart; null where there is no value. */
  values: Array<number | null>;
}

interface Props {
  id: string;
  title: string;
  description?: string;
  summary: string;
  rowHeader: string;
  categories: string[];
  categoryLabel(category: string): string;
  panels: TrendPanel[];
  yMin: number;
  yMax: number;
  formatValue(value: number): string;
}

const COLUMNS = 2;
const PANEL_WIDTH = 310;
const PANEL_HEIGHT = 112;
const GAP = 20;
const PLOT = { left: 20, right: 44, top: 26, bottom: 22 };

/**
 * Small multiples: one little trend per series on a shared scale, side by side, instead of many lines tangled in
 * one plot. Each panel prints its latest value, so the picture reads without a legend.
 */
export function TrendPanels({
  id,
  title,
  description,
  summary,
  rowHeader,
  categories,
  categoryLabel,
  panels,
  yMin,
  yMax,
  formatValue,
}: Props) {
  const rows = Math.ceil(panels.length / COLUMNS);
  const width = COLUMNS * PANEL_WIDTH + (COLUMNS - 1) * GAP;
  const height = rows * PANEL_HEIGHT + (rows - 1) * GAP;
  const plotWidth = PANEL_WIDTH - PLOT.left - PLOT.right;
  const plotHeight = PANEL_HEIGHT - PLOT.top - PLOT.bottom;
  const xOf = (index: number) =>
    PLOT.left + (categories.length <= 1 ? plotWidth / 2 : (index / (categories.length - 1)) * plotWidth);
  const yOf = (value: number) => PLOT.top + plotHeight - ((value - yMin) / (yMax - yMin || 1)) * plotHeight;

  return (
    <ChartFigure
      id={id}
      title={title}
      description={description}
      summary={summary}
      width={width}
      height={height}
      table={{
        columns: [rowHeader, ...categories.map(categoryLabel)],
        rows: panels.map((panel) => ({
          label: panel.label,
          values: panel.values.map((value) => (value === null ? '–' : formatValue(value))),
        })),
      }}
    >
      {panels.map((panel, index) => {
        const x = (index % COLUMNS) * (PANEL_WIDTH + GAP);
        const y = Math.floor(index / COLUMNS) * (PANEL_HEIGHT + GAP);
        const points = panel.values.flatMap((value, i) => (value === null ? [] : [{ i, value }]));
        const latest = points.at(-1);
        const path = points.map(({ i, value }, n) => `${n ? 'L' : 'M'}${xOf(i).toFixed(1)} ${yOf(value).toFixed(1)}`);
        return (
          <g key={panel.label} transform={`translate(${x} ${y})`}>
            <rect width={PANEL_WIDTH} height={PANEL_HEIGHT} rx={6} class="chart-panel" />
            <text x={10} y={17} class="chart-label strong">
              {panel.label.length > 34 ? `${panel.label.slice(0, 33)}…` : panel.label}
            </text>
            {[yMin, yMax].map((tick) => (
              <g key={tick}>
                <line x1={PLOT.left} x2={PLOT.left + plotWidth} y1={yOf(tick)} y2={yOf(tick)} class="chart-grid" />
                <text x={PLOT.left - 5} y={yOf(tick)} class="chart-axis" text-anchor="end" dy="0.35em">
                  {formatValue(tick)}
                </text>
              </g>
            ))}
            <path d={path.join('')} class="chart-line" />
            {points.map(({ i, value }) => (
              <circle key={i} cx={xOf(i)} cy={yOf(value)} r={3} class="chart-point" />
            ))}
            {latest && (
              <text x={PANEL_WIDTH - 8} y={yOf(latest.value)} class="chart-value strong" text-anchor="end" dy="0.35em">
                {formatValue(latest.value)}
              </text>
            )}
            {categories.length > 0 && (
              <>
                <text x={xOf(0)} y={PANEL_HEIGHT - 6} class="chart-axis" text-anchor="start">
                  {categoryLabel(categories[0]!)}
                </text>
                {categories.length > 1 && (
                  <text x={xOf(categories.length - 1)} y={PANEL_HEIGHT - 6} class="chart-axis" text-anchor="end">
                    {categoryLabel(categories.at(-1)!)}
                  </text>
                )}
              </>
            )}
          </g>
        );
      })}
    </ChartFigure>
  );
}
