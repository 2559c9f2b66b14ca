import { Badge, Link, makeStyles, tokens } from '@fluentui/react-components';
import type { InputIssue } from '../state/types';
import { S } from '../strings';
import { useStepStyles } from './stepStyles';

export interface InputIssuesProps {
  issues: InputIssue[];
  onGoTo: (cell: string) => void;
}

const useStyles = makeStyles({
  item: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-start' },
  text: { minWidth: 0, wordBreak: 'break-word' },
});

/** Unit and range problems and pitfalls, each with a link to its cell. */
export function InputIssues({ issues, onGoTo }: InputIssuesProps) {
  const step = useStepStyles();
  const styles = useStyles();
  return (
    <section className={step.group} aria-labelledby="lbf-issues-title">
      <h2 className={step.groupTitle} id="lbf-issues-title">
        {S.inputs.issuesTitle}
      </h2>
      <ul className={step.list}>
        {issues.map((issue, i) => (
          <li key={i} className={styles.item}>
            <Badge color={issue.severity === 'error' ? 'danger' : 'warning'} appearance="tint">
              {issue.severity}
            </Badge>
            <span className={styles.text}>
              {issue.message}{' '}
              {issue.cell && (
                <Link as="button" onClick={() => onGoTo(issue.cell as string)}>
                  {S.inputs.goTo(issue.cell)}
                </Link>
              )}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
