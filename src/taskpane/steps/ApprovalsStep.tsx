import { Button } from '@fluentui/react-components';
import { TextField } from '../components/TextField';
import type { ApproverDraft, RiskDraft } from '../state/types';
import { S } from '../strings';
import { ApproverEditor } from './ApproverEditor';
import { RiskEditor } from './RiskEditor';
import type { StepProps } from './stepProps';
import { useStepStyles } from './stepStyles';

export type ApprovalsStepProps = StepProps<'approvals'>;

const NEW_APPROVER: ApproverDraft = {
  name: '',
  role: '',
  status: 'pending',
  date: '',
  comment: '',
};
const NEW_RISK: RiskDraft = { risk: '', mitigation: '' };

function replaceAt<T>(list: T[], index: number, item: T): T[] {
  return list.map((x, i) => (i === index ? item : x));
}

/** Step 6: approvers, constraints and dependencies, risks and mitigations. */
export function ApprovalsStep({ value, onChange, issues, showIssues }: ApprovalsStepProps) {
  const styles = useStepStyles();
  const { approvers, risks } = value;
  return (
    <div className={styles.column}>
      <p className={styles.intro}>{S.approvals.intro}</p>
      {approvers.map((a, i) => (
        <ApproverEditor
          key={i}
          index={i}
          approver={a}
          issues={issues}
          showIssues={showIssues}
          onChange={(x) => onChange({ approvers: replaceAt(approvers, i, x) })}
          onRemove={
            approvers.length > 1
              ? () => onChange({ approvers: approvers.filter((_x, j) => j !== i) })
              : undefined
          }
        />
      ))}
      <div className={styles.actions}>
        <Button onClick={() => onChange({ approvers: [...approvers, NEW_APPROVER] })}>
          {S.approvals.addApprover}
        </Button>
      </div>
      <TextField
        label={S.approvals.constraints}
        multiline
        value={value.constraints}
        onChange={(constraints) => onChange({ constraints })}
      />
      <TextField
        label={S.approvals.dependencies}
        multiline
        value={value.dependencies}
        onChange={(dependencies) => onChange({ dependencies })}
      />
      {risks.map((r, i) => (
        <RiskEditor
          key={i}
          index={i}
          risk={r}
          issues={issues}
          showIssues={showIssues}
          onChange={(x) => onChange({ risks: replaceAt(risks, i, x) })}
          onRemove={() => onChange({ risks: risks.filter((_x, j) => j !== i) })}
        />
      ))}
      <div className={styles.actions}>
        <Button onClick={() => onChange({ risks: [...risks, NEW_RISK] })}>
          {S.approvals.addRisk}
        </Button>
      </div>
    </div>
  );
}
