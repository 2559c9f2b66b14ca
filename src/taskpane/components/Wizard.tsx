import {
  MessageBar,
  MessageBarBody,
  Spinner,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useDraft } from '../hooks/useDraft';
import { useServices } from '../services/context';
import { STEP_COUNT, type StepIndex } from '../state/types';
import { validateStep } from '../state/validation';
import { S } from '../strings';
import { ErrorNotice } from './ErrorNotice';
import { StepScreen } from './StepScreen';
import { WizardFooter } from './WizardFooter';
import { WizardHeader } from './WizardHeader';

const useStyles = makeStyles({
  pane: {
    display: 'flex',
    flexDirection: 'column',
    height: '100%',
    minHeight: 0,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  main: {
    flexGrow: 1,
    minHeight: 0,
    overflowY: 'auto',
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  // Focus lands on the title when a step opens; a keyboard user must see where it is.
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
    borderRadius: tokens.borderRadiusSmall,
    ':focus': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: tokens.spacingHorizontalXXS,
    },
  },
  center: { margin: 'auto' },
});

/** The seven-step wizard: header, the current step's screen, and the footer. */
export function Wizard() {
  const services = useServices();
  const styles = useStyles();
  const handle = useDraft(services);
  const { draft } = handle;
  const [attempted, setAttempted] = useState<Set<number>>(new Set());
  const heading = useRef<HTMLHeadingElement>(null);
  const main = useRef<HTMLElement>(null);
  const issues = useMemo(() => (draft ? validateStep(draft, draft.step) : {}), [draft]);

  useEffect(() => heading.current?.focus(), [draft?.step]);

  if (!draft) {
    return (
      <div className={styles.pane}>
        {handle.loadError ? (
          <ErrorNotice error={handle.loadError} onRetry={handle.reload} />
        ) : (
          <Spinner className={styles.center} label={S.loading} />
        )}
      </div>
    );
  }
  const step = draft.step;
  const onNext = () => {
    if (Object.keys(issues).length > 0) {
      setAttempted(new Set(attempted).add(step));
      requestAnimationFrame(() =>
        main.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
      );
      return;
    }
    handle.goTo(Math.min(step + 1, STEP_COUNT - 1) as StepIndex);
  };
  return (
    <div className={styles.pane}>
      <WizardHeader step={step} />
      <main className={styles.main} ref={main} aria-labelledby="lbf-step-title">
        <h1 className={styles.title} id="lbf-step-title" tabIndex={-1} ref={heading}>
          {S.stepTitles[step]}
        </h1>
        <ErrorNotice error={handle.saveError} onRetry={handle.retrySave} />
        {attempted.has(step) && Object.keys(issues).length > 0 && (
          <MessageBar intent="warning">
            <MessageBarBody>{S.fixBeforeNext}</MessageBarBody>
          </MessageBar>
        )}
        <StepScreen
          draft={draft}
          update={handle.update}
          issues={issues}
          showIssues={attempted.has(step)}
        />
      </main>
      <WizardFooter
        canGoBack={step > 0}
        canGoNext={step < STEP_COUNT - 1}
        saveState={handle.saveState}
        onBack={() => handle.goTo((step - 1) as StepIndex)}
        onNext={onNext}
      />
    </div>
  );
}
