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
    wordBreak: 'break-word',
  },
});

const COLORS = { ok: 'success', fired: 'danger', noData: 'informative' } as const;

/** Each trigger against the mapped actuals: OK or FIRED, with its action. */
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
            <th scope="row" className={styles.cell}>
              {o.metric}
            </th>
            <td className={styles.cell}>{o.actual === null ? '–' : o.actual.toPrecision(4)}</td>
            <td className={styles.cell}>
              <Badge color={COLORS[o.status]} appearance="filled">
                {S.publish.status[o.status]}
              </Badge>
            </td>
            <td className={styles.cell}>{o.status === 'fired' ? o.action : ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
