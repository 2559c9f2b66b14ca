import { Button, Spinner, Text } from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import { ErrorNotice } from '../components/ErrorNotice';
import { RangeField } from '../components/RangeField';
import { useAction } from '../hooks/useAction';
import { useServices } from '../services/context';
import type { MappedRange } from '../services/types';
import { parseNumberInput } from '../state/parse';
import type { InputsDraft, WizardDraft } from '../state/types';
import { S } from '../strings';
import { InputIssues } from './InputIssues';
import { StepIssue } from './StepIssue';
import type { StepProps } from './stepProps';
import { useStepStyles } from './stepStyles';

export type InputsStepProps = StepProps<'inputs'>;

const DEFAULT_HORIZON_WEEKS = 26;

/** Step 3: the parameter table, mapped or created, checked for units, ranges and pitfalls. */
export function InputsStep({ value, onChange, issues, showIssues, draft }: InputsStepProps) {
  const styles = useStepStyles();
  const services = useServices();
  const horizon = parseNumberInput(draft.scope.horizonWeeks) ?? DEFAULT_HORIZON_WEEKS;
  const [createdAt, setCreatedAt] = useState<string | null>(null);
  const created = useCallback(
    (m: MappedRange) => {
      setCreatedAt(m.address);
      onChange({ parameters: { address: m.address }, checked: undefined });
    },
    [onChange],
  );
  const create = useAction(
    'Creating the parameter table',
    () => services.createParameterTable(horizon),
    created,
  );
  const checked = useCallback(
    (result: NonNullable<InputsDraft['checked']>) => onChange({ checked: result }),
    [onChange],
  );
  const unchecked = useCallback(() => onChange({ checked: undefined }), [onChange]);
  const check = useAction(
    'Checking the inputs',
    (d: WizardDraft) => services.checkInputs(d),
    checked,
    unchecked,
  );
  const goTo = useAction(
    'Going to a cell',
    (cell: string) => services.goTo(cell),
    () => undefined,
  );
  const result = value.checked;
  const errors = result?.issues.filter((i) => i.severity === 'error').length ?? 0;
  return (
    <div className={styles.column}>
      <p className={styles.intro}>{S.inputs.intro}</p>
      <RangeField
        label={S.inputs.parameters}
        kind="parameters"
        value={value.parameters}
        required
        onChange={(parameters) => onChange({ parameters, checked: undefined })}
        issue={issues.parameters}
        showIssue={showIssues}
      />
      <div className={styles.actions}>
        <Button disabled={create.busy} onClick={() => void create.run()}>
          {S.inputs.create}
        </Button>
        <Button
          appearance="primary"
          disabled={check.busy || value.parameters.address === ''}
          onClick={() => void check.run(draft)}
        >
          {S.inputs.check}
        </Button>
      </div>
      {create.busy && <Spinner size="tiny" label={S.inputs.creating} />}
      {createdAt && <Text role="status">{S.inputs.created(createdAt)}</Text>}
      {check.busy && <Spinner size="tiny" label={S.inputs.checking} />}
      <ErrorNotice error={create.error} onRetry={create.retry} onDismiss={create.dismiss} />
      <ErrorNotice error={check.error} onRetry={check.retry} onDismiss={check.dismiss} />
      <ErrorNotice error={goTo.error} onRetry={goTo.retry} onDismiss={goTo.dismiss} />
      <StepIssue message={issues.check} show={showIssues} />
      {result && (
        <Text role="status">
          {result.issues.length === 0
            ? S.inputs.clean(result.rows)
            : S.inputs.found(result.rows, errors, result.issues.length - errors)}
        </Text>
      )}
      {result && result.issues.length > 0 && (
        <InputIssues issues={result.issues} onGoTo={(cell) => void goTo.run(cell)} />
      )}
    </div>
  );
}
