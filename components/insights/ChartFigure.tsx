import './charts.css';
import type { ComponentChildren } from 'preact';

export interface DataTable {
  /** Column headers; the first heads the row labels. */
  columns: string[];
  rows: Array<{ label: string; values: Array<string | number> }>;
}

interface Props {
  id: string;
  title: string;
  description?: string;
  /** One or two sentences a screen reader announces for the picture. */
  summary: string;
  width: number;
  height: number;
  table: DataTable;
  legend?: ComponentChildren;
  children: ComponentChildren;
}

/**
 * A chart's frame: heading, the SVG as one image with a spoken summary, a legend, and the same numbers as a
 * table that only assistive technology sees (sighted users read the picture, everyone can get the exact values).
 */
export function ChartFigure({ id, title, description, summary, width, height, table, legend, children }: Props) {
  return (
    <figure class="chart card" aria-labelledby={`${id}-title`}>
      <figcaption>
        <h2 id={`${id}-title`}>{title}</h2>
        {description && <p class="muted">{description}</p>}
      </figcaption>
      <svg
        class="chart-svg"
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={summary}
        preserveAspectRatio="xMinYMin meet"
      >
        {children}
      </svg>
      {legend}
      {/* A table is never narrower than its content, so the hiding box wraps it rather than being it. */}
      <div class="visually-hidden">
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              {table.columns.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                {row.values.map((value, index) => (
                  <td key={index}>{value}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}

export interface SeriesStyle {
  label: string;
  /** A CSS variable name (without `var()`), so colours follow the light or dark theme. */
  color: string;
}

/** Swatches with names, so no colour has to be told apart to read the chart. */
export function Legend({ series }: { series: SeriesStyle[] }) {
  return (
    <ul class="chart-legend" aria-hidden="true">
      {series.map((item) => (
        <li key={item.label}>
          <svg width="14" height="14" viewBox="-7 -7 14 14" class="chart-swatch" aria-hidden="true">
            <rect x="-6" y="-6" width="12" height="12" rx="2" style={{ fill: `var(${item.color})` }} />
          </svg>
          {item.label}
        </li>
      ))}
    </ul>
  );
}
