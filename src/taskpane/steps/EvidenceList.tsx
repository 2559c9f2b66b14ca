import { Button } from '@fluentui/react-components';
import type { EvidenceDraft } from '../state/types';
import { S } from '../strings';
import { EvidenceEditor } from './EvidenceEditor';
import { useStepStyles } from './stepStyles';

export interface EvidenceListProps {
  evidence: EvidenceDraft[];
  onChange: (evidence: EvidenceDraft[]) => void;
  issues: Record<string, string>;
  showIssues: boolean;
}

const BLANK: EvidenceDraft = { source: '', shows: '', date: '', link: '' };

/** The evidence log, with Add. */
export function EvidenceList({ evidence, onChange, issues, showIssues }: EvidenceListProps) {
  const styles = useStepStyles();
  return (
    <section className={styles.column} aria-labelledby="lbf-evidence-title">
      <h2 className={styles.groupTitle} id="lbf-evidence-title">
        {S.publish.evidenceTitle}
      </h2>
      {evidence.map((e, i) => (
        <EvidenceEditor
          key={i}
          index={i}
          evidence={e}
          issues={issues}
          showIssues={showIssues}
          onChange={(x) => onChange(evidence.map((y, j) => (j === i ? x : y)))}
          onRemove={() => onChange(evidence.filter((_y, j) => j !== i))}
        />
      ))}
      <div className={styles.actions}>
        <Button onClick={() => onChange([...evidence, BLANK])}>{S.publish.addEvidence}</Button>
      </div>
    </section>
  );
}
