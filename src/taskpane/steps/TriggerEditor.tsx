import { Button, Field, Select } from '@fluentui/react-components';
import { TextField } from '../components/TextField';
import type { MetricChoice } from '../services/types';
import type { Comparison, TriggerDraft } from '../state/types';
import { S } from '../strings';
import { useStepStyles } from './stepStyles';

export interface TriggerEditorProps {
  index: number;
  trigger: TriggerDraft;
  metrics: MetricChoice[];
  onChange: (trigger: TriggerDraft) => void;
  onRemove: () => void;
  issues: Record<string, string>;
  showIssues: boolean;
}

const COMPARISONS: Comparison[] = ['>', '>=', '<', '<='];

/** One review trigger: metric, comparison, threshold and the action it calls for. */
export function TriggerEditor(props: TriggerEditorProps) {
  const { index, trigger, metrics, onChange, onRemove, issues, showIssues } = props;
  const styles = useStepStyles();
  const set = (patch: Partial<TriggerDraft>) => onChange({ ...trigger, ...patch });
  const issue = (field: string) => ({
    issue: issues[`triggers.${index}.${field}`],
    showIssue: showIssues,
  });
  return (
    <fieldset className={styles.group}>
      <legend className={styles.groupTitle}>{S.publish.trigger(index + 1)}</legend>
      <Field label={S.scenarios.metric}>
        <Select value={trigger.metric} onChange={(_e, d) => set({ metric: d.value })}>
          {metrics.map((m) => (
            <option key={m.name} value={m.name}>
              {m.label}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.row}>
        <Field label={S.scenarios.comparison}>
          <Select
            value={trigger.comparison}
            onChange={(_e, d) => set({ comparison: d.value as Comparison })}
          >
            {COMPARISONS.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </Select>
        </Field>
        <div className={styles.grow}>
          <TextField
            label={S.scenarios.threshold}
            value={trigger.threshold}
            inputMode="decimal"
            onChange={(threshold) => set({ threshold })}
            {...issue('threshold')}
          />
        </div>
      </div>
      <TextField
        label={S.publish.action}
        required
        value={trigger.action}
        onChange={(action) => set({ action })}
        {...issue('action')}
      />
      <Button appearance="subtle" onClick={onRemove}>
        {S.remove}
      </Button>
    </fieldset>
  );
}
