import { Field, Radio, RadioGroup, Slider, Spinner, Text } from '@fluentui/react-components';
import { ErrorNotice } from '../components/ErrorNotice';
import { TextField } from '../components/TextField';
import { useTradeoff } from '../hooks/useTradeoff';
import { useServices } from '../services/context';
import { S } from '../strings';
import type { StepProps } from './stepProps';
import { useStepStyles } from './stepStyles';
import { TradeoffChart } from './TradeoffChart';
import { TradeoffTable } from './TradeoffTable';

export type DecideStepProps = StepProps<'decide'>;

const WEIGHT_STEPS = 20;

/** Step 5: the trade-off, the quality weight and its flip point, constraints and the choice. */
export function DecideStep({ value, onChange, issues, showIssues, draft }: DecideStepProps) {
  const styles = useStepStyles();
  const services = useServices();
  const { view, error, retry } = useTradeoff(services, draft);
  const options = draft.scenarios.options.map((o) => o.name);
  return (
    <div className={styles.column}>
      <p className={styles.intro}>{S.decide.intro}</p>
      <ErrorNotice error={error} onRetry={retry} />
      {!view && !error && <Spinner size="tiny" label={S.decide.refreshing} />}
      {view && (
        <section className={styles.group} aria-label={S.decide.chartTitle}>
          <TradeoffChart
            points={view.points}
            recommended={view.recommended}
            selected={value.selected}
          />
          <TradeoffTable points={view.points} recommended={view.recommended} />
          <Text weight="semibold" role="status">
            {view.recommended ? S.decide.recommended(view.recommended) : S.decide.noneFeasible}
          </Text>
          <Text size={200}>
            {view.flip ? S.decide.flip(view.flip.weight, view.flip.to) : S.decide.noFlip}
          </Text>
        </section>
      )}
      <Field label={S.decide.weight} hint={S.decide.weightValue(value.qualityWeight)}>
        <Slider
          min={0}
          max={WEIGHT_STEPS}
          step={1}
          value={Math.round(value.qualityWeight * WEIGHT_STEPS)}
          aria-valuetext={S.decide.weightValue(value.qualityWeight)}
          onChange={(_e, d) => onChange({ qualityWeight: d.value / WEIGHT_STEPS })}
        />
      </Field>
      <TextField
        label={S.decide.budgetCap}
        value={value.budgetCapPerWeek}
        inputMode="decimal"
        onChange={(budgetCapPerWeek) => onChange({ budgetCapPerWeek })}
        issue={issues.budgetCapPerWeek}
        showIssue={showIssues || value.budgetCapPerWeek.trim() !== ''}
      />
      <TextField
        label={S.decide.minFrt}
        value={value.minFrtAttainment}
        inputMode="decimal"
        hint={S.decide.minFrtHint}
        onChange={(minFrtAttainment) => onChange({ minFrtAttainment })}
        issue={issues.minFrtAttainment}
        showIssue={showIssues || value.minFrtAttainment.trim() !== ''}
      />
      <Field
        label={S.decide.selected}
        required
        validationState={showIssues && issues.selected ? 'error' : 'none'}
        validationMessage={showIssues ? issues.selected : undefined}
      >
        <RadioGroup value={value.selected} onChange={(_e, d) => onChange({ selected: d.value })}>
          {options.map((name) => (
            <Radio key={name} value={name} label={name} />
          ))}
        </RadioGroup>
      </Field>
      <TextField
        label={S.decide.rationale}
        required
        multiline
        value={value.rationale}
        onChange={(rationale) => onChange({ rationale })}
        issue={issues.rationale}
        showIssue={showIssues}
      />
    </div>
  );
}
