import { TextField } from '../components/TextField';
import { S } from '../strings';
import type { StepProps } from './stepProps';
import { useStepStyles } from './stepStyles';

export type ScopeStepProps = StepProps<'scope'>;

/** Step 1: objective, decision question, scope, horizon and owner. */
export function ScopeStep({ value, onChange, issues, showIssues }: ScopeStepProps) {
  const styles = useStepStyles();
  const field = (key: keyof typeof value) => ({
    value: value[key],
    onChange: (text: string) => onChange({ [key]: text }),
    issue: issues[key],
    showIssue: showIssues,
  });
  return (
    <div className={styles.column}>
      <p className={styles.intro}>{S.scope.intro}</p>
      <TextField label={S.scope.objective} required multiline {...field('objective')} />
      <TextField label={S.scope.question} required multiline {...field('question')} />
      <TextField label={S.scope.teams} hint={S.scope.listHint} {...field('teams')} />
      <TextField label={S.scope.channels} hint={S.scope.listHint} {...field('channels')} />
      <TextField label={S.scope.regions} hint={S.scope.listHint} {...field('regions')} />
      <TextField
        label={S.scope.horizonWeeks}
        required
        inputMode="numeric"
        {...field('horizonWeeks')}
      />
      <TextField label={S.scope.owner} required {...field('owner')} />
    </div>
  );
}
