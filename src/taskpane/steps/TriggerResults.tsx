import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import type { TriggerOutcome } from '../state/types';
import { S } from '../strings';

export interface TriggerResultsProps {
  outcomes: TriggerOutcome[];
}

const useStyles = makeStyles({
  table: { borderCollapse: 'collapse', width: '100%', fontSize: tokens.fontSizeBase200 },
  cell: {
    textAlign: 'left',
    verticalAlign: 'top',
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  // Status and metric names never break inside a word; the action takes what is left.
  nowrap: { whiteSpace: 'nowrap' },
  action: { overflowWrap: 'anywhere' },
  actual: { display: 'block', color: tokens.colorNeutralForeground3 },
});

const COLORS = { ok: 'success', fired: 'danger', noData: 'informative' } as const;

/** Each trigger against the mapped actuals: OK or FIRED, its actual, and its action. */
export function TriggerResults({ outcomes }: TriggerResultsProps) {
  const styles = useStyles();
  return (
    <table className={styles.table} aria-label={S.publish.check}>
      <thead>
        <tr>
          {S.publish.checkHeader.map((h) => (
            <th key={h} className={styles.cell}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {outcomes.map((o, i) => (
          <tr key={i}>
            <td className={`${styles.cell} ${styles.nowrap}`}>
              <Badge color={COLORS[o.status]} appearance="filled">
                {S.publish.status[o.status]}
              </Badge>
            </td>
            <th scope="row" className={`${styles.cell} ${styles.nowrap}`}>
              {o.metric}
              <span className={styles.actual}>
                {o.actual === null ? '–' : o.actual.toPrecision(4)}
              </span>
            </th>
            <td className={`${styles.cell} ${styles.action}`}>
              {o.status === 'fired' ? o.action : ''}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
