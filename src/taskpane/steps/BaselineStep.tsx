import { Button, Field, Radio, RadioGroup, Spinner } from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import { ErrorNotice } from '../components/ErrorNotice';
import { RangeField } from '../components/RangeField';
import { TextField } from '../components/TextField';
import { useAction } from '../hooks/useAction';
import { useServices } from '../services/context';
import type { BaselineDraft, BaselineMode } from '../state/types';
import { validateBaseline } from '../state/validation';
import { S } from '../strings';
import { QualityReport } from './QualityReport';
import { StepIssue } from './StepIssue';
import type { StepProps } from './stepProps';
import { useStepStyles } from './stepStyles';

export type BaselineStepProps = StepProps<'baseline'>;

type RangeKey = 'backlog' | 'frt' | 'resolution' | 'ticketLog' | 'callLog';

/** Step 2: map the metric series, or a ticket/call log LBF baselines itself. */
export function BaselineStep({ value, onChange, issues, showIssues }: BaselineStepProps) {
  const styles = useStepStyles();
  const services = useServices();
  const done = useCallback(
    (written: NonNullable<BaselineDraft['written']>) => onChange({ written }),
    [onChange],
  );
  const undone = useCallback(() => onChange({ written: undefined }), [onChange]);
  const write = useAction(
    'Writing the baseline',
    (b: BaselineDraft) => services.writeBaseline(b),
    done,
    undone,
  );
  // Write checks the fields it needs first: a refused FRT target is shown under its
  // field only, never sent on to come back as a second, core-worded message.
  const [tried, setTried] = useState(false);
  const show = showIssues || tried;
  const onWrite = () => {
    setTried(true);
    const own = validateBaseline(value);
    if (!own.ticketLog && !own.callLog && !own.frtTargetHours) void write.run(value);
  };
  const range = (key: RangeKey, label: string, required = true) => (
    <RangeField
      label={label}
      kind={key}
      value={value[key]}
      required={required}
      onChange={(m) => onChange({ [key]: m, written: undefined })}
      issue={issues[key]}
      showIssue={show}
    />
  );
  return (
    <div className={styles.column}>
      <p className={styles.intro}>{S.baseline.intro}</p>
      <Field label={S.baseline.mode}>
        <RadioGroup
          value={value.mode}
          onChange={(_e, d) => onChange({ mode: d.value as BaselineMode })}
        >
          <Radio value="ranges" label={S.baseline.modeRanges} />
          <Radio value="log" label={S.baseline.modeLog} />
        </RadioGroup>
      </Field>
      {value.mode === 'ranges' ? (
        <>
          {range('backlog', S.baseline.backlog)}
          {range('frt', S.baseline.frt)}
          {range('resolution', S.baseline.resolution)}
          <TextField
            label={S.baseline.period}
            value={value.period}
            onChange={(period) => onChange({ period })}
          />
        </>
      ) : (
        <>
          {range('ticketLog', S.baseline.ticketLog)}
          {range('callLog', `${S.baseline.callLog} ${S.optional}`, false)}
          <TextField
            label={S.baseline.frtTargetHours}
            value={value.frtTargetHours}
            inputMode="decimal"
            onChange={(frtTargetHours) => onChange({ frtTargetHours, written: undefined })}
            issue={issues.frtTargetHours}
            showIssue={show}
          />
          <div className={styles.actions}>
            <Button appearance="primary" disabled={write.busy} onClick={onWrite}>
              {S.baseline.write}
            </Button>
            {write.busy && <Spinner size="tiny" label={S.baseline.writing} />}
          </div>
          <ErrorNotice error={write.error} onRetry={write.retry} onDismiss={write.dismiss} />
          <StepIssue message={issues.write} show={showIssues} />
          {value.written && <QualityReport written={value.written} />}
        </>
      )}
      <TextField
        label={S.baseline.source}
        value={value.source}
        onChange={(source) => onChange({ source })}
      />
    </div>
  );
}
