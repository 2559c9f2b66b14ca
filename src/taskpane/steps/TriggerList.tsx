import { Button } from '@fluentui/react-components';
import type { MetricChoice } from '../services/types';
import type { TriggerDraft } from '../state/types';
import { S } from '../strings';
import { TriggerEditor } from './TriggerEditor';
import { useStepStyles } from './stepStyles';

export interface TriggerListProps {
  triggers: TriggerDraft[];
  metrics: MetricChoice[];
  onChange: (triggers: TriggerDraft[]) => void;
  issues: Record<string, string>;
  showIssues: boolean;
}

/** The review triggers, with Add. */
export function TriggerList({ triggers, metrics, onChange, issues, showIssues }: TriggerListProps) {
  const styles = useStepStyles();
  const blank: TriggerDraft = {
    metric: metrics[0]?.name ?? '',
    comparison: '>',
    threshold: '',
    action: '',
  };
  return (
    <section className={styles.column} aria-labelledby="lbf-triggers-title">
      <h2 className={styles.groupTitle} id="lbf-triggers-title">
        {S.publish.triggersTitle}
      </h2>
      {triggers.map((t, i) => (
        <TriggerEditor
          key={i}
          index={i}
          trigger={t}
          metrics={metrics}
          issues={issues}
          showIssues={showIssues}
          onChange={(x) => onChange(triggers.map((y, j) => (j === i ? x : y)))}
          onRemove={() => onChange(triggers.filter((_y, j) => j !== i))}
        />
      ))}
      <div className={styles.actions}>
        <Button onClick={() => onChange([...triggers, blank])}>{S.publish.addTrigger}</Button>
      </div>
    </section>
  );
}
