import { ProgressBar, Text, makeStyles, tokens } from '@fluentui/react-components';
import { STEP_COUNT, type StepIndex } from '../state/types';
import { S } from '../strings';

export interface WizardHeaderProps {
  step: StepIndex;
}

const useStyles = makeStyles({
  header: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  counter: { color: tokens.colorNeutralForeground2 },
});

/** "Step n of 7", the step's title and a progress bar. */
export function WizardHeader({ step }: WizardHeaderProps) {
  const styles = useStyles();
  const counter = S.stepOf(step + 1, STEP_COUNT);
  return (
    <header className={styles.header}>
      <Text size={200} className={styles.counter} id="lbf-step-counter">
        {counter}
      </Text>
      <ProgressBar
        value={(step + 1) / STEP_COUNT}
        thickness="large"
        aria-label={counter}
        aria-valuetext={`${counter}: ${S.stepTitles[step]}`}
      />
    </header>
  );
}
