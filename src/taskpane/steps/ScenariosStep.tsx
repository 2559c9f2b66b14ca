import { Button, Spinner, Text } from '@fluentui/react-components';
import { useCallback } from 'react';
import { ErrorNotice } from '../components/ErrorNotice';
import { useAction } from '../hooks/useAction';
import { useServices } from '../services/context';
import type { OptionDraft, WizardDraft } from '../state/types';
import { validateOptions } from '../state/validation';
import { S } from '../strings';
import { ConfidencePanel } from './ConfidencePanel';
import { OptionEditor } from './OptionEditor';
import { StepIssue } from './StepIssue';
import type { StepProps } from './stepProps';
import { useStepStyles } from './stepStyles';

export type ScenariosStepProps = StepProps<'scenarios'>;

const MIN_OPTIONS = 2;

function nextOptionName(options: OptionDraft[]): string {
  const taken = new Set(options.map((o) => o.name.trim().toUpperCase()));
  for (let code = 65; code < 91; code += 1) {
    const name = String.fromCharCode(code);
    if (!taken.has(name)) return name;
  }
  return `Option ${options.length + 1}`;
}

/** Step 4: options as overrides; LBF writes the scenario table, projection and charts. */
export function ScenariosStep({ value, onChange, issues, showIssues, draft }: ScenariosStepProps) {
  const styles = useStepStyles();
  const services = useServices();
  const setOptions = (options: OptionDraft[]) => onChange({ options, written: undefined });
  const written = useCallback((w: { sheet: string }) => onChange({ written: w }), [onChange]);
  const unwritten = useCallback(() => onChange({ written: undefined }), [onChange]);
  const write = useAction(
    'Writing the scenarios',
    (d: WizardDraft) => services.writeScenarios(d),
    written,
    unwritten,
  );
  const optionIssues = validateOptions(value);
  const canWrite = Object.keys(optionIssues).length === 0;
  return (
    <div className={styles.column}>
      <p className={styles.intro}>{S.scenarios.intro}</p>
      {value.options.map((option, i) => (
        <OptionEditor
          key={i}
          index={i}
          option={option}
          issues={optionIssues}
          showIssues={showIssues || !canWrite}
          onChange={(o) => setOptions(value.options.map((x, j) => (j === i ? o : x)))}
          onRemove={
            value.options.length > MIN_OPTIONS
              ? () => setOptions(value.options.filter((_x, j) => j !== i))
              : undefined
          }
        />
      ))}
      <StepIssue message={issues.options} show={showIssues} />
      <div className={styles.actions}>
        <Button
          onClick={() =>
            setOptions([
              ...value.options,
              { name: nextOptionName(value.options), description: '', overrides: '' },
            ])
          }
        >
          {S.scenarios.addOption}
        </Button>
        <Button
          appearance="primary"
          disabled={write.busy || !canWrite}
          onClick={() => void write.run(draft)}
        >
          {S.scenarios.write}
        </Button>
      </div>
      {write.busy && <Spinner size="tiny" label={S.scenarios.writing} />}
      <ErrorNotice error={write.error} onRetry={write.retry} onDismiss={write.dismiss} />
      <StepIssue message={issues.write} show={showIssues} />
      {value.written && <Text role="status">{S.scenarios.written(value.written.sheet)}</Text>}
      <ConfidencePanel
        draft={draft}
        value={value.confidence}
        onChange={(confidence) => onChange({ confidence })}
      />
    </div>
  );
}
