import { Button, Field, ProgressBar, Select, Text } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { ErrorNotice } from '../components/ErrorNotice';
import { TextField } from '../components/TextField';
import { log } from '../logger';
import { useServices } from '../services/context';
import { describeError, isAbort, type UserError } from '../services/errors';
import type { ConfidenceProgress } from '../services/types';
import type { Comparison, ConfidenceDraft, WizardDraft } from '../state/types';
import { S } from '../strings';
import { ConfidenceTable } from './ConfidenceTable';
import { useStepStyles } from './stepStyles';

export interface ConfidencePanelProps {
  draft: WizardDraft;
  value: ConfidenceDraft;
  onChange: (value: ConfidenceDraft) => void;
}

/** A confidence run per option with a progress bar and Cancel. */
export function ConfidencePanel({ draft, value, onChange }: ConfidencePanelProps) {
  const styles = useStepStyles();
  const services = useServices();
  const [progress, setProgress] = useState<ConfidenceProgress | null>(null);
  const [error, setError] = useState<UserError | null>(null);
  const [cancelled, setCancelled] = useState(false);
  const abort = useRef<AbortController | null>(null);
  // The Run button leaves the page when a run starts (and Cancel when it ends):
  // focus moves to what replaced it, never to the page body.
  const targets = {
    cancel: useRef<HTMLButtonElement>(null),
    run: useRef<HTMLButtonElement>(null),
    result: useRef<HTMLDivElement>(null),
  };
  const [focus, setFocus] = useState<keyof typeof targets | null>(null);
  useEffect(() => {
    if (!focus) return;
    targets[focus].current?.focus();
    setFocus(null);
  });
  const run = async () => {
    abort.current = new AbortController();
    setError(null);
    setCancelled(false);
    setProgress({ done: 0, total: Number(value.draws) || 0 });
    setFocus('cancel');
    try {
      const result = await services.runConfidence(draft, setProgress, abort.current.signal);
      onChange({ ...value, result });
      setFocus('result');
    } catch (e) {
      setFocus('run');
      if (isAbort(e)) setCancelled(true);
      else {
        log.error('Confidence run failed', e);
        setError(describeError(e));
      }
    } finally {
      setProgress(null);
    }
  };
  const set = (patch: Partial<ConfidenceDraft>) =>
    onChange({ ...value, ...patch, result: undefined });
  return (
    <section className={styles.group} aria-labelledby="lbf-confidence-title">
      <h2 className={styles.groupTitle} id="lbf-confidence-title">
        {S.scenarios.confidenceTitle}
      </h2>
      <Field label={S.scenarios.metric}>
        <Select value={value.metric} onChange={(_e, d) => set({ metric: d.value })}>
          {services.metrics().map((m) => (
            <option key={m.name} value={m.name}>
              {m.label}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.row}>
        <Field label={S.scenarios.comparison}>
          <Select
            value={value.comparison}
            onChange={(_e, d) => set({ comparison: d.value as Comparison })}
          >
            {['<=', '>=', '<', '>'].map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </Select>
        </Field>
        <div className={styles.grow}>
          <TextField
            label={S.scenarios.threshold}
            value={value.threshold}
            inputMode="decimal"
            onChange={(threshold) => set({ threshold })}
          />
        </div>
        <div className={styles.grow}>
          <TextField
            label={S.scenarios.draws}
            value={value.draws}
            inputMode="numeric"
            onChange={(draws) => set({ draws })}
          />
        </div>
      </div>
      {progress ? (
        <div className={styles.column}>
          <ProgressBar
            value={progress.total ? progress.done / progress.total : undefined}
            aria-label={S.scenarios.running(progress.done, progress.total)}
          />
          <Text size={200}>{S.scenarios.running(progress.done, progress.total)}</Text>
          <Button ref={targets.cancel} onClick={() => abort.current?.abort()}>
            {S.scenarios.cancel}
          </Button>
        </div>
      ) : (
        <Button
          ref={targets.run}
          onClick={() => void run()}
          disabled={value.threshold.trim() === ''}
        >
          {S.scenarios.run}
        </Button>
      )}
      {cancelled && <Text role="status">{S.scenarios.cancelled}</Text>}
      <ErrorNotice error={error} onRetry={() => void run()} onDismiss={() => setError(null)} />
      {value.result && (
        <div
          ref={targets.result}
          tabIndex={-1}
          role="group"
          aria-label={S.scenarios.resultsLabel}
          className={styles.focusable}
        >
          <ConfidenceTable rows={value.result} />
        </div>
      )}
    </section>
  );
}
