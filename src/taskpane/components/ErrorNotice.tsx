import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { UserError } from '../services/errors';
import { S } from '../strings';

export interface ErrorNoticeProps {
  error: UserError | null;
  onRetry?: () => void;
  onDismiss?: () => void;
}

const useStyles = makeStyles({
  detail: { display: 'block', color: tokens.colorNeutralForeground3, wordBreak: 'break-word' },
});

/**
 * An Excel or input error in words; Retry only for the workbook's errors (an
 * input problem needs the input fixed, not the same call again). Renders
 * nothing when there is none.
 */
export function ErrorNotice({ error, onRetry, onDismiss }: ErrorNoticeProps) {
  const styles = useStyles();
  if (!error) return null;
  const title = error.kind === 'input' ? undefined : S.errors.title;
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        {title && <MessageBarTitle>{title}</MessageBarTitle>}
        {error.message}
        {error.detail && <small className={styles.detail}>{error.detail}</small>}
      </MessageBarBody>
      <MessageBarActions>
        {onRetry && error.kind !== 'input' && (
          <Button size="small" onClick={onRetry}>
            {S.retry}
          </Button>
        )}
        {onDismiss && (
          <Button size="small" appearance="subtle" onClick={onDismiss}>
            {S.dismiss}
          </Button>
        )}
      </MessageBarActions>
    </MessageBar>
  );
}
