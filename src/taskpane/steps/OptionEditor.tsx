import { Button } from '@fluentui/react-components';
import { TextField } from '../components/TextField';
import type { OptionDraft } from '../state/types';
import { S } from '../strings';
import { useStepStyles } from './stepStyles';

export interface OptionEditorProps {
  index: number;
  option: OptionDraft;
  onChange: (option: OptionDraft) => void;
  onRemove?: () => void;
  issues: Record<string, string>;
  showIssues: boolean;
}

/** One option: its name, a description and its parameter overrides. */
export function OptionEditor({
  index,
  option,
  onChange,
  onRemove,
  issues,
  showIssues,
}: OptionEditorProps) {
  const styles = useStepStyles();
  const key = (field: string) => `options.${index}.${field}`;
  return (
    <fieldset className={styles.group}>
      <legend
        className={styles.groupTitle}
      >{`${S.scenarios.optionName}: ${option.name || '…'}`}</legend>
      <TextField
        label={S.scenarios.optionName}
        required
        value={option.name}
        onChange={(name) => onChange({ ...option, name })}
        issue={issues[key('name')]}
        showIssue={showIssues}
      />
      <TextField
        label={S.scenarios.description}
        value={option.description}
        onChange={(description) => onChange({ ...option, description })}
      />
      <TextField
        label={S.scenarios.overrides}
        hint={S.scenarios.overridesHint}
        multiline
        value={option.overrides}
        onChange={(overrides) => onChange({ ...option, overrides })}
        issue={issues[key('overrides')]}
        showIssue={showIssues}
      />
      {onRemove && (
        <Button
          appearance="subtle"
          onClick={onRemove}
          aria-label={S.scenarios.removeOption(option.name)}
        >
          {S.remove}
        </Button>
      )}
    </fieldset>
  );
}
