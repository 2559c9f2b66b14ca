import { Button } from '@fluentui/react-components';
import { TextField } from '../components/TextField';
import type { RiskDraft } from '../state/types';
import { S } from '../strings';
import { useStepStyles } from './stepStyles';

export interface RiskEditorProps {
  index: number;
  risk: RiskDraft;
  onChange: (risk: RiskDraft) => void;
  onRemove: () => void;
  issues: Record<string, string>;
  showIssues: boolean;
}

/** One risk and its mitigation. */
export function RiskEditor({
  index,
  risk,
  onChange,
  onRemove,
  issues,
  showIssues,
}: RiskEditorProps) {
  const styles = useStepStyles();
  return (
    <fieldset className={styles.group}>
      <legend className={styles.groupTitle}>{S.approvals.risk(index + 1)}</legend>
      <TextField
        label={S.approvals.riskText}
        value={risk.risk}
        onChange={(text) => onChange({ ...risk, risk: text })}
      />
      <TextField
        label={S.approvals.mitigation}
        value={risk.mitigation}
        onChange={(mitigation) => onChange({ ...risk, mitigation })}
        issue={issues[`risks.${index}.mitigation`]}
        showIssue={showIssues}
      />
      <Button appearance="subtle" onClick={onRemove}>
        {S.remove}
      </Button>
    </fieldset>
  );
}
