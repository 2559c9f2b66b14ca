import { Button } from '@fluentui/react-components';
import { TextField } from '../components/TextField';
import type { EvidenceDraft } from '../state/types';
import { S } from '../strings';
import { useStepStyles } from './stepStyles';

export interface EvidenceEditorProps {
  index: number;
  evidence: EvidenceDraft;
  onChange: (evidence: EvidenceDraft) => void;
  onRemove: () => void;
  issues: Record<string, string>;
  showIssues: boolean;
}

/** One evidence-log entry: source, what it shows, date, and a range or link. */
export function EvidenceEditor({
  index,
  evidence,
  onChange,
  onRemove,
  issues,
  showIssues,
}: EvidenceEditorProps) {
  const styles = useStepStyles();
  const set = (patch: Partial<EvidenceDraft>) => onChange({ ...evidence, ...patch });
  const issue = (field: string) => ({
    issue: issues[`evidence.${index}.${field}`],
    showIssue: showIssues,
  });
  return (
    <fieldset className={styles.group}>
      <legend className={styles.groupTitle}>{S.publish.evidence(index + 1)}</legend>
      <TextField
        label={S.publish.source}
        required
        value={evidence.source}
        onChange={(source) => set({ source })}
        {...issue('source')}
      />
      <TextField
        label={S.publish.shows}
        value={evidence.shows}
        onChange={(shows) => set({ shows })}
      />
      <TextField
        label={S.approvals.date}
        value={evidence.date}
        placeholder="2025-07-01"
        onChange={(date) => set({ date })}
        {...issue('date')}
      />
      <TextField label={S.publish.link} value={evidence.link} onChange={(link) => set({ link })} />
      <Button appearance="subtle" onClick={onRemove}>
        {S.remove}
      </Button>
    </fieldset>
  );
}
