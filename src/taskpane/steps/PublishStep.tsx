import { Button, Field, Select, Spinner, Text } from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import { ErrorNotice } from '../components/ErrorNotice';
import { RangeField } from '../components/RangeField';
import { TextField } from '../components/TextField';
import { useAction } from '../hooks/useAction';
import { useServices } from '../services/context';
import type { Cadence, PublishDraft, TriggerOutcome, WizardDraft } from '../state/types';
import { validatePublish } from '../state/validation';
import { S } from '../strings';
import { EvidenceList } from './EvidenceList';
import { TriggerList } from './TriggerList';
import { TriggerResults } from './TriggerResults';
import type { StepProps } from './stepProps';
import { useStepStyles } from './stepStyles';

export type PublishStepProps = StepProps<'publish'>;

const CADENCES: Cadence[] = ['weekly', 'fortnightly', 'monthly'];

/** Step 7: cadence, next review, triggers and evidence; Publish; Check triggers. */
export function PublishStep({ value, onChange, draft }: PublishStepProps) {
  const styles = useStepStyles();
  const services = useServices();
  const [attempted, setAttempted] = useState(false);
  const issues = validatePublish(value);
  const published = useCallback(
    (p: NonNullable<PublishDraft['published']>) => onChange({ published: p }),
    [onChange],
  );
  const unpublished = useCallback(() => onChange({ published: undefined }), [onChange]);
  const publish = useAction(
    'Publishing',
    (d: WizardDraft) => services.publish(d),
    published,
    unpublished,
  );
  const checked = useCallback((c: TriggerOutcome[]) => onChange({ checked: c }), [onChange]);
  const unchecked = useCallback(() => onChange({ checked: undefined }), [onChange]);
  const check = useAction(
    'Checking triggers',
    (d: WizardDraft) => services.checkTriggers(d),
    checked,
    unchecked,
  );
  const onPublish = () => {
    setAttempted(true);
    if (Object.keys(issues).length === 0) void publish.run(draft);
  };
  const common = { issues, showIssues: attempted };
  return (
    <div className={styles.column}>
      <p className={styles.intro}>{S.publish.intro}</p>
      <div className={styles.row}>
        <Field label={S.publish.cadence}>
          <Select
            value={value.cadence}
            onChange={(_e, d) => onChange({ cadence: d.value as Cadence })}
          >
            {CADENCES.map((c) => (
              <option key={c} value={c}>
                {S.publish.cadences[c]}
              </option>
            ))}
          </Select>
        </Field>
        <div className={styles.grow}>
          <TextField
            label={S.publish.nextReview}
            required
            value={value.nextReview}
            placeholder="2025-07-01"
            onChange={(nextReview) => onChange({ nextReview })}
            issue={issues.nextReview}
            showIssue={attempted}
          />
        </div>
      </div>
      <TriggerList
        {...common}
        triggers={value.triggers}
        metrics={services.metrics()}
        onChange={(triggers) => onChange({ triggers, checked: undefined })}
      />
      <EvidenceList
        {...common}
        evidence={value.evidence}
        onChange={(evidence) => onChange({ evidence })}
      />
      <TextField
        label={S.publish.author}
        required
        value={value.author}
        onChange={(author) => onChange({ author })}
        issue={issues.author}
        showIssue={attempted}
      />
      <TextField
        label={S.publish.summary}
        required
        value={value.summary}
        onChange={(summary) => onChange({ summary })}
        issue={issues.summary}
        showIssue={attempted}
      />
      <div className={styles.actions}>
        <Button appearance="primary" disabled={publish.busy} onClick={onPublish}>
          {S.publish.publish}
        </Button>
        {publish.busy && <Spinner size="tiny" label={S.publish.publishing} />}
      </div>
      <ErrorNotice error={publish.error} onRetry={publish.retry} onDismiss={publish.dismiss} />
      {value.published && (
        <Text role="status">
          {S.publish.published(value.published.version, value.published.sheet)}
        </Text>
      )}
      <RangeField
        label={S.publish.actuals}
        kind="actuals"
        value={value.actuals}
        onChange={(actuals) => onChange({ actuals, checked: undefined })}
      />
      <div className={styles.actions}>
        <Button
          disabled={check.busy || value.actuals.address === '' || value.triggers.length === 0}
          onClick={() => void check.run(draft)}
        >
          {S.publish.check}
        </Button>
      </div>
      <ErrorNotice error={check.error} onRetry={check.retry} onDismiss={check.dismiss} />
      {value.checked && <TriggerResults outcomes={value.checked} />}
    </div>
  );
}
