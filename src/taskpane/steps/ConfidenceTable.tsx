import { makeStyles, tokens } from '@fluentui/react-components';
import type { ConfidenceDraft } from '../state/types';
import { S } from '../strings';

export interface ConfidenceTableProps {
  rows: NonNullable<ConfidenceDraft['result']>;
}

const useStyles = makeStyles({
  table: { borderCollapse: 'collapse', width: '100%', fontSize: tokens.fontSizeBase200 },
  cell: {
    textAlign: 'right',
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

// NaN: no draw had a value for the metric (the model could not evaluate it).
const percent = (p: number) => (Number.isFinite(p) ? `${Math.round(p * 100)} %` : '–');
const compact = (x: number) => {
  if (!Number.isFinite(x)) return '–';
  return Math.abs(x) >= 100 || Number.isInteger(x) ? x.toFixed(0) : x.toPrecision(3);
};

/** Probability of meeting the threshold and P10/P50/P90, one row per option. */
export function ConfidenceTable({ rows }: ConfidenceTableProps) {
  const styles = useStyles();
  return (
    <table className={styles.table}>
      <thead>
        <tr>
          {S.scenarios.resultHeader.map((h) => (
            <th key={h} className={styles.cell}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.option}>
            <th scope="row" className={styles.cell}>
              {r.option}
            </th>
            <td className={styles.cell}>{percent(r.probability)}</td>
            <td className={styles.cell}>{compact(r.p10)}</td>
            <td className={styles.cell}>{compact(r.p50)}</td>
            <td className={styles.cell}>{compact(r.p90)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
