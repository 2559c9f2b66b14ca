import { Button, Field, Input, Switch, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { PS } from './previewStrings';

export interface PreviewToolbarProps {
  selection: string;
  /** Why the typed selection is not a range, shown under the field. */
  selectionProblem: string | null;
  onSelection: (text: string) => void;
  onOpen: (file: File) => void;
  onDownload: () => void;
  dark: boolean;
  onDark: (dark: boolean) => void;
  canDownload: boolean;
}

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    alignItems: 'flex-end',
    padding: tokens.spacingVerticalS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, width: '100%' },
  selection: { flexGrow: 1, minWidth: '200px' },
  file: { maxWidth: '100%' },
});

/** Open, Download, theme, and the current selection (typed or picked in the grid). */
export function PreviewToolbar(props: PreviewToolbarProps) {
  const styles = useStyles();
  const [text, setText] = useState(props.selection);
  useEffect(() => setText(props.selection), [props.selection]);
  return (
    <div className={styles.bar} role="toolbar" aria-label={PS.title}>
      <h1 className={styles.title}>{PS.title}</h1>
      <Field label={PS.open}>
        <input
          className={styles.file}
          type="file"
          accept=".xlsx"
          data-testid="open-file"
          aria-label={PS.open}
          onChange={(e) => e.target.files?.[0] && props.onOpen(e.target.files[0])}
        />
      </Field>
      <Button onClick={props.onDownload} disabled={!props.canDownload}>
        {PS.download}
      </Button>
      <Switch label={PS.dark} checked={props.dark} onChange={(_e, d) => props.onDark(d.checked)} />
      <Field
        label={PS.selection}
        hint={PS.selectionHint}
        className={styles.selection}
        validationState={props.selectionProblem ? 'error' : 'none'}
        validationMessage={props.selectionProblem ?? undefined}
      >
        <Input
          value={text}
          data-testid="selection"
          onChange={(_e, d) => setText(d.value)}
          onBlur={() => props.onSelection(text)}
          onKeyDown={(e) => e.key === 'Enter' && props.onSelection(text)}
        />
      </Field>
    </div>
  );
}
