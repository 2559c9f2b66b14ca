import { makeStyles, tokens } from '@fluentui/react-components';
import type { TradeoffPoint } from '../services/types';
import { S } from '../strings';

export interface TradeoffChartProps {
  points: TradeoffPoint[];
  recommended: string | null;
  selected: string;
}

const WIDTH_PX = 300;
const HEIGHT_PX = 180;
const MARGIN_PX = { left: 40, right: 12, top: 10, bottom: 34 };

const useStyles = makeStyles({
  svg: { width: '100%', height: 'auto', maxWidth: `${WIDTH_PX}px` },
  axis: { stroke: tokens.colorNeutralStroke1 },
  label: { fill: tokens.colorNeutralForeground2, fontSize: '10px' },
  point: { fill: tokens.colorBrandBackground },
  dominated: { fill: tokens.colorNeutralForeground4 },
  ring: { fill: 'none', stroke: tokens.colorPaletteGreenBorderActive, strokeWidth: 2 },
});

function scale(values: number[], lowPx: number, highPx: number): (v: number) => number {
  let min = Math.min(...values);
  let max = Math.max(...values);
  // One option, or equal values, would put every point on the axis: pad by 5 % either side.
  if (max - min < 1e-9) {
    min -= Math.abs(min) * 0.05 + 1;
    max += Math.abs(max) * 0.05 + 1;
  }
  return (v) => lowPx + ((v - min) / (max - min)) * (highPx - lowPx);
}

const LABEL_CHARS = 14;
const short = (name: string) =>
  name.length > LABEL_CHARS ? `${name.slice(0, LABEL_CHARS - 1)}…` : name;

/** Point labels right of the point, or left of it in the right half so they stay inside. */
function labelAt(xPx: number): { x: number; textAnchor: 'start' | 'end' } {
  return xPx > WIDTH_PX / 2
    ? { x: xPx - 10, textAnchor: 'end' }
    : { x: xPx + 10, textAnchor: 'start' };
}

/** Options as points: cost per week (x) against quality index (y). */
export function TradeoffChart({ points, recommended, selected }: TradeoffChartProps) {
  const styles = useStyles();
  const x = scale(
    points.map((p) => p.costPerWeek),
    MARGIN_PX.left + 8,
    WIDTH_PX - MARGIN_PX.right - 8,
  );
  const y = scale(
    points.map((p) => p.qualityIndex),
    HEIGHT_PX - MARGIN_PX.bottom - 8,
    MARGIN_PX.top + 8,
  );
  const bottom = HEIGHT_PX - MARGIN_PX.bottom;
  const summary = points
    .map(
      (p) =>
        `${p.name}: ${Math.round(p.costPerWeek)} per week, quality ${p.qualityIndex.toFixed(1)}`,
    )
    .join('; ');
  return (
    <svg
      className={styles.svg}
      viewBox={`0 0 ${WIDTH_PX} ${HEIGHT_PX}`}
      role="img"
      aria-label={`${S.decide.chartTitle}. ${summary}`}
    >
      <line
        className={styles.axis}
        x1={MARGIN_PX.left}
        y1={bottom}
        x2={WIDTH_PX - MARGIN_PX.right}
        y2={bottom}
      />
      <line
        className={styles.axis}
        x1={MARGIN_PX.left}
        y1={MARGIN_PX.top}
        x2={MARGIN_PX.left}
        y2={bottom}
      />
      <text
        className={styles.label}
        x={(WIDTH_PX + MARGIN_PX.left) / 2}
        y={HEIGHT_PX - 8}
        textAnchor="middle"
      >
        {S.decide.costAxis}
      </text>
      <text className={styles.label} transform={`translate(12 ${bottom / 2 + 20}) rotate(-90)`}>
        {S.decide.qualityAxis}
      </text>
      {points.map((p) => (
        <g key={p.name}>
          <circle
            cx={x(p.costPerWeek)}
            cy={y(p.qualityIndex)}
            r={5}
            className={p.dominated || !p.feasible ? styles.dominated : styles.point}
          />
          {(p.name === recommended || p.name === selected) && (
            <circle cx={x(p.costPerWeek)} cy={y(p.qualityIndex)} r={9} className={styles.ring} />
          )}
          <text className={styles.label} y={y(p.qualityIndex) - 8} {...labelAt(x(p.costPerWeek))}>
            {short(p.name)}
          </text>
        </g>
      ))}
    </svg>
  );
}
