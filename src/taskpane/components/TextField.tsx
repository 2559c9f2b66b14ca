import { Field, Input, Textarea, makeStyles } from '@fluentui/react-components';

export interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** The validation message; shown only when `showIssue` is set. */
  issue?: string;
  showIssue?: boolean;
  hint?: string;
  required?: boolean;
  multiline?: boolean;
  inputMode?: 'text' | 'decimal' | 'numeric';
  placeholder?: string;
}

const useStyles = makeStyles({
  // A native input is ~20 characters wide at least; let it shrink to a narrow pane's column.
  root: { minWidth: 0 },
  input: { minWidth: 0, width: 0, flexGrow: 1 },
});

/** A labelled text input (or text area) with its validation message under it. */
export function TextField(props: TextFieldProps) {
  const { label, value, onChange, issue, showIssue, hint, required, multiline } = props;
  const styles = useStyles();
  const message = showIssue ? issue : undefined;
  return (
    <Field
      label={label}
      hint={hint}
      required={required}
      validationState={message ? 'error' : 'none'}
      validationMessage={message}
    >
      {multiline ? (
        <Textarea value={value} resize="vertical" onChange={(_e, d) => onChange(d.value)} />
      ) : (
        <Input
          className={styles.root}
          input={{ className: styles.input }}
          value={value}
          inputMode={props.inputMode}
          placeholder={props.placeholder}
          onChange={(_e, d) => onChange(d.value)}
        />
      )}
    </Field>
  );
}
