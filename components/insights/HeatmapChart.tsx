import { ChartFigure } from './ChartFigure';

interface Props {
  id: string;
  title: string;
  description?: string;
  summary: string;
  /** The header of the row labels in the data table, e.g. "Story". */
  rowHeader: string;
  rows: string[];
  columns: string[];
  columnLabel?(column: string): string;
  /** [row][column] */
  values: number[][];
}

const WIDTH = 640;
const LABEL_WIDTH = 170;
/** Room on the right for the last column's slanted label. */
const RIGHT_ROOM = 56;
const HEADER_HEIGHT = 56;
const CELL_HEIGHT = 28;

const cut = (text: string, length: number) => (text.length > length ? `${text.slice(0, length - 1)}…` : text);

/**
 * A grid of counts, darker where higher, each cell also printing its number (so no shade has to be judged):
 * stories told per month, stories told per company.
 */
export function HeatmapChart({
  id,
  title,
  description,
  summary,
  rowHeader,
  rows,
  columns,
  columnLabel = (column) => column,
  values,
}: Props) {
  const max = Math.max(1, ...values.flat());
  const cellWidth = (WIDTH - LABEL_WIDTH - RIGHT_ROOM) / Math.max(1, columns.length);
  // Slanted labels need about 18 px each; on narrow cells every few columns are labelled.
  const labelEvery = Math.max(1, Math.ceil(18 / cellWidth));
  const showNumbers = cellWidth >= 16;
  const height = HEADER_HEIGHT + rows.length * CELL_HEIGHT + 4;
  return (
    <ChartFigure
      id={id}
      title={title}
      description={description}
      summary={summary}
      width={WIDTH}
      height={height}
      table={{
        columns: [rowHeader, ...columns.map(columnLabel)],
        rows: rows.map((label, index) => ({ label, values: values[index] ?? [] })),
      }}
    >
      {columns.map((column, index) =>
        index % labelEvery === 0 ? (
          <text
            key={column}
            class="chart-axis"
            text-anchor="start"
            transform={`translate(${LABEL_WIDTH + index * cellWidth + cellWidth / 2 - 4} ${HEADER_HEIGHT - 6}) rotate(-35)`}
          >
            {cut(columnLabel(column), 14)}
          </text>
        ) : null,
      )}
      {rows.map((row, rowIndex) => {
        const y = HEADER_HEIGHT + rowIndex * CELL_HEIGHT;
        return (
          <g key={row}>
            <text x={LABEL_WIDTH - 8} y={y + CELL_HEIGHT / 2} class="chart-label" text-anchor="end" dy="0.35em">
              {cut(row, 24)}
            </text>
            {columns.map((column, columnIndex) => {
              const value = values[rowIndex]?.[columnIndex] ?? 0;
              const strength = value / max;
              const x = LABEL_WIDTH + columnIndex * cellWidth;
              return (
                <g key={column}>
                  <rect
                    x={x + 1}
                    y={y + 1}
                    width={Math.max(1, cellWidth - 2)}
                    height={CELL_HEIGHT - 2}
                    rx={3}
                    class={value === 0 ? 'chart-cell empty' : 'chart-cell'}
                    style={value === 0 ? undefined : { fillOpacity: 0.2 + 0.8 * strength }}
                  />
                  {showNumbers && value > 0 && (
                    <text
                      x={x + cellWidth / 2}
                      y={y + CELL_HEIGHT / 2}
                      class={strength > 0.55 ? 'chart-cell-value strong' : 'chart-cell-value'}
                      text-anchor="middle"
                      dy="0.35em"
                    >
                      {value}
                    </text>
                  )}
                </g>
              );
            })}
          </g>
        );
      })}
    </ChartFigure>
  );
}
