import { Button, Field, Select } from '@fluentui/react-components';
import { TextField } from '../components/TextField';
import type { ApprovalStatus, ApproverDraft } from '../state/types';
import { S } from '../strings';
import { useStepStyles } from './stepStyles';

export interface ApproverEditorProps {
  index: number;
  approver: ApproverDraft;
  onChange: (approver: ApproverDraft) => void;
  onRemove?: () => void;
  issues: Record<string, string>;
  showIssues: boolean;
}

const STATUSES: ApprovalStatus[] = ['pending', 'approved', 'rejected'];

/** One approver: name, role, status, date and comment. */
export function ApproverEditor({
  index,
  approver,
  onChange,
  onRemove,
  issues,
  showIssues,
}: ApproverEditorProps) {
  const styles = useStepStyles();
  const issue = (field: string) => ({
    issue: issues[`approvers.${index}.${field}`],
    showIssue: showIssues,
  });
  const set = (patch: Partial<ApproverDraft>) => onChange({ ...approver, ...patch });
  return (
    <fieldset className={styles.group}>
      <legend className={styles.groupTitle}>{S.approvals.approver(index + 1)}</legend>
      <TextField
        label={S.approvals.name}
        required
        value={approver.name}
        onChange={(name) => set({ name })}
        {...issue('name')}
      />
      <TextField
        label={S.approvals.role}
        required
        value={approver.role}
        onChange={(role) => set({ role })}
        {...issue('role')}
      />
      <div className={styles.row}>
        <Field label={S.approvals.status}>
          <Select
            value={approver.status}
            onChange={(_e, d) => set({ status: d.value as ApprovalStatus })}
          >
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {S.approvals.statuses[s]}
              </option>
            ))}
          </Select>
        </Field>
        <div className={styles.grow}>
          <TextField
            label={S.approvals.date}
            value={approver.date}
            placeholder="2025-07-01"
            onChange={(date) => set({ date })}
            {...issue('date')}
          />
        </div>
      </div>
      <TextField
        label={S.approvals.comment}
        value={approver.comment}
        onChange={(comment) => set({ comment })}
      />
      {onRemove && (
        <Button appearance="subtle" onClick={onRemove}>
          {S.remove}
        </Button>
      )}
    </fieldset>
  );
}
