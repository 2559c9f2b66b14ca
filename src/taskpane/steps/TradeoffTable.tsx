import { makeStyles, tokens } from '@fluentui/react-components';
import type { TradeoffPoint } from '../services/types';
import { S } from '../strings';

export interface TradeoffTableProps {
  points: TradeoffPoint[];
  recommended: string | null;
}

const useStyles = makeStyles({
  // Fixed layout and broken words: a long option name without spaces must not push
  // the table past a 320 px pane.
  table: {
    borderCollapse: 'collapse',
    width: '100%',
    tableLayout: 'fixed',
    fontSize: tokens.fontSizeBase200,
  },
  cell: {
    textAlign: 'right',
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  name: { textAlign: 'left', overflowWrap: 'anywhere', wordBreak: 'break-word' },
  note: {
    display: 'block',
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground3,
  },
  best: { fontWeight: tokens.fontWeightSemibold },
});

const money = (x: number) => Math.round(x).toLocaleString('en-US');

/** The compact table under the chart: cost, quality and score per option. */
export function TradeoffTable({ points, recommended }: TradeoffTableProps) {
  const styles = useStyles();
  return (
    <table className={styles.table}>
      <thead>
        <tr>
          {S.decide.tableHeader.map((h, i) => (
            <th key={h} className={i === 0 ? `${styles.cell} ${styles.name}` : styles.cell}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {points.map((p) => (
          <tr key={p.name} className={p.name === recommended ? styles.best : undefined}>
            <th scope="row" className={`${styles.cell} ${styles.name}`}>
              {p.name}
              {p.dominated && <span className={styles.note}>{S.decide.dominated}</span>}
              {!p.feasible && <span className={styles.note}>{S.decide.fails}</span>}
            </th>
            <td className={styles.cell}>{money(p.costPerWeek)}</td>
            <td className={styles.cell}>{p.qualityIndex.toFixed(1)}</td>
            <td className={styles.cell}>{p.score === null ? '–' : p.score.toFixed(1)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
