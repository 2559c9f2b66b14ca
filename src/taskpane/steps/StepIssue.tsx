import { MessageBar, MessageBarBody } from '@fluentui/react-components';

export interface StepIssueProps {
  /** A problem of the step not tied to one field (e.g. "write the table first"). */
  message?: string;
  show: boolean;
}

/** A step-level problem, shown once the analyst has tried to go on. */
export function StepIssue({ message, show }: StepIssueProps) {
  if (!show || !message) return null;
  return (
    <MessageBar intent="error">
      <MessageBarBody>{message}</MessageBarBody>
    </MessageBar>
  );
}
