import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { SaveState } from '../hooks/useDraft';
import { S } from '../strings';

export interface WizardFooterProps {
  canGoBack: boolean;
  canGoNext: boolean;
  saveState: SaveState;
  onBack: () => void;
  onNext: () => void;
}

const useStyles = makeStyles({
  footer: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  status: { flexGrow: 1, color: tokens.colorNeutralForeground3 },
});

/** Back and Next, always in view at the bottom of the pane, with the save status. */
export function WizardFooter(props: WizardFooterProps) {
  const styles = useStyles();
  const status =
    props.saveState === 'saving' ? S.saving : props.saveState === 'saved' ? S.saved : '';
  return (
    <footer className={styles.footer}>
      <Button disabled={!props.canGoBack} onClick={props.onBack}>
        {S.back}
      </Button>
      <Text size={200} className={styles.status} aria-live="polite">
        {status}
      </Text>
      <Button appearance="primary" disabled={!props.canGoNext} onClick={props.onNext}>
        {S.next}
      </Button>
    </footer>
  );
}
