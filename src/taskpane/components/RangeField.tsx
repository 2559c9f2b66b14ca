import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import { useAction } from '../hooks/useAction';
import { useServices } from '../services/context';
import type { MappedRange } from '../services/types';
import type { RangeKind } from '../state/rangeSpecs';
import type { RangeMapping } from '../state/types';
import { S } from '../strings';
import { ErrorNotice } from './ErrorNotice';

export interface RangeFieldProps {
  label: string;
  kind: RangeKind;
  value: RangeMapping;
  onChange: (value: RangeMapping) => void;
  issue?: string;
  showIssue?: boolean;
  required?: boolean;
}

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  input: { flexGrow: 1, flexBasis: 0, minWidth: 0 },
  inner: { minWidth: 0, width: 0, flexGrow: 1 },
  button: { flexShrink: 0, whiteSpace: 'nowrap' },
  named: { color: tokens.colorPaletteGreenForeground1 },
});

/**
 * A workbook range: typed as `Sheet!A1:B9` or taken from the selection with
 * "Use selection"; either way it is read, checked for its shape on the spot
 * and given its `LBF_...` name.
 */
export function RangeField(props: RangeFieldProps) {
  const { label, kind, value, onChange, issue, showIssue, required } = props;
  const services = useServices();
  const styles = useStyles();
  const [text, setText] = useState(value.address);
  const [named, setNamed] = useState<string | null>(null);
  useEffect(() => setText(value.address), [value.address]);
  const mapped = useCallback(
    (m: MappedRange) => {
      setText(m.address);
      setNamed(m.name);
      onChange({ address: m.address });
    },
    [onChange],
  );
  const map = useCallback(
    async (fromSelection: boolean, typed: string) => {
      const address = fromSelection ? await services.getSelection() : typed;
      setText(address);
      return services.mapRange(kind, address);
    },
    [services, kind],
  );
  const action = useAction(`Mapping ${label}`, map, mapped);
  const onBlur = () => {
    if (text.trim() !== '' && text !== value.address) void action.run(false, text);
  };
  const message =
    action.error?.kind === 'input' ? action.error.message : showIssue ? issue : undefined;
  return (
    <Field
      label={label}
      required={required}
      validationState={message ? 'error' : named ? 'success' : 'none'}
      validationMessage={message ?? (named ? S.range.named(named) : undefined)}
    >
      {(field) => (
        <>
          <div className={styles.row}>
            <Input
              {...field}
              className={styles.input}
              input={{ className: styles.inner }}
              value={text}
              onBlur={onBlur}
              onChange={(_e, d) => setText(d.value)}
              placeholder="Sheet!A1:D100"
            />
            <Button
              className={styles.button}
              disabled={action.busy}
              onClick={() => void action.run(true, '')}
              aria-label={`${S.range.useSelection}: ${label}`}
            >
              {S.range.useSelection}
            </Button>
          </div>
          {action.error?.kind !== 'input' && (
            <ErrorNotice error={action.error} onRetry={action.retry} onDismiss={action.dismiss} />
          )}
        </>
      )}
    </Field>
  );
}
