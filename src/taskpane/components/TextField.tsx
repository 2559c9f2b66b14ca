import { Field, Input, Textarea } from '@fluentui/react-components';

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

/** A labelled text input (or text area) with its validation message under it. */
export function TextField(props: TextFieldProps) {
  const { label, value, onChange, issue, showIssue, hint, required, multiline } = props;
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
          value={value}
          inputMode={props.inputMode}
          placeholder={props.placeholder}
          onChange={(_e, d) => onChange(d.value)}
        />
      )}
    </Field>
  );
}
