import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Spinner,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { App } from '../components/App';
import { flushPendingSaves } from '../hooks/pendingSaves';
import { log } from '../logger';
import { createServices } from '../services/createServices';
import { parseRangeText, rangeText } from '../state/rangeText';
import { PreviewToolbar } from './PreviewToolbar';
import { PS } from './previewStrings';
import { PreviewWorkbook } from './previewWorkbook';
import { SheetGrid } from './SheetGrid';
import { useLeaveGuard } from './useLeaveGuard';

export interface PreviewAppProps {
  /** URL of the workbook opened at start (the example, copied next to the page). */
  exampleUrl: string;
  addinVersion: string;
}

const useStyles = makeStyles({
  page: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground2 },
  body: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start' },
  // The pane is as tall as the window, as in Excel, so its footer stays in view.
  pane: {
    width: '350px',
    maxWidth: '100%',
    height: '100vh',
    minHeight: '420px',
    boxShadow: tokens.shadow4,
    display: 'flex',
    flexDirection: 'column',
    // Beside the grid the pane stays in view; stacked (narrow windows) it scrolls away.
    '@media (min-width: 760px)': { position: 'sticky', top: 0 },
  },
  wait: { margin: 'auto' },
  app: { flexGrow: 1, minHeight: 0 },
  side: { flex: '1 1 400px', minWidth: 0, padding: tokens.spacingVerticalS },
});

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The preview page: the real task pane on an in-browser workbook, and a view of its sheets. */
export function PreviewApp({ exampleUrl, addinVersion }: PreviewAppProps) {
  const styles = useStyles();
  const [workbook, setWorkbook] = useState<PreviewWorkbook | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [revision, setRevision] = useState(0);
  const [dark, setDark] = useState(new URLSearchParams(location.search).get('theme') === 'dark');

  const open = useCallback(async (bytes: Promise<ArrayBuffer>, name: string) => {
    setError(null);
    let data: ArrayBuffer;
    try {
      data = await bytes;
    } catch (e) {
      log.error(`Opening ${name} failed`, e);
      setError(`${PS.loadFailed} ${(e as Error).message}`);
      return;
    }
    try {
      setWorkbook(await PreviewWorkbook.load(data, name));
    } catch (e) {
      // A file that is not a workbook is the user's to change, not a fault: a warning,
      // and our words rather than the zip reader's.
      log.warn(`${name} could not be read as an .xlsx workbook: ${(e as Error).message}`);
      setError(PS.notXlsx);
    }
  }, []);
  useEffect(() => {
    void open(
      fetch(exampleUrl).then((r) => {
        if (!r.ok) throw new Error(`${exampleUrl}: HTTP ${r.status}. ${PS.noExample}`);
        return r.arrayBuffer();
      }),
      exampleUrl,
    );
  }, [open, exampleUrl]);
  useEffect(() => workbook?.subscribe(() => setRevision((n) => n + 1)), [workbook]);
  useLeaveGuard(useCallback(() => !!workbook?.unsaved, [workbook]));

  const services = useMemo(
    () =>
      workbook &&
      createServices(workbook, {
        addinVersion,
        select: (sheet, address) => workbook.select({ sheet, address }),
      }),
    [workbook, addinVersion],
  );
  const selection = workbook ? workbook.selectionText() : '';
  const select = (text: string) => {
    if (!workbook) return;
    const ref = parseRangeText(text);
    if (!ref) workbook.refuseSelection(text);
    else workbook.select({ sheet: ref.sheet, address: rangeText(ref).split('!').pop() as string });
  };
  const download = async () => {
    if (!workbook) return;
    // The pane writes typing after a pause: write what is pending before the file is taken.
    await flushPendingSaves();
    const bytes = await workbook.save();
    const buffer = bytes.buffer.slice(
      bytes.byteOffset,
      bytes.byteOffset + bytes.byteLength,
    ) as ArrayBuffer;
    const url = URL.createObjectURL(new Blob([buffer], { type: XLSX_MIME }));
    const a = Object.assign(document.createElement('a'), {
      href: url,
      download: workbook.downloadName(),
    });
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  const toolbar = (
    <PreviewToolbar
      selection={selection}
      selectionProblem={workbook?.selectionProblem() ?? null}
      onSelection={select}
      dark={dark}
      onDark={setDark}
      canDownload={!!workbook}
      onDownload={() => void download()}
      onOpen={(file) => void open(file.arrayBuffer(), file.name)}
    />
  );
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} className={styles.page}>
      <div className={styles.body}>
        {/* No landmark here: the pane's own header, main and footer are the page's. */}
        <div className={styles.pane}>
          {error && (
            <MessageBar intent="error" layout="multiline" role="alert">
              <MessageBarBody>{error}</MessageBarBody>
            </MessageBar>
          )}
          {workbook && services ? (
            <div className={styles.app}>
              <App key={workbook.fileName} services={services} theme={dark ? 'dark' : 'light'} />
            </div>
          ) : (
            !error && <Spinner className={styles.wait} label={PS.loading} />
          )}
        </div>
        <section className={styles.side} aria-label={PS.sideTitle}>
          {toolbar}
          {workbook && (
            <SheetGrid
              workbook={workbook}
              revision={revision}
              onSelect={(sheet, address) => workbook.select({ sheet, address })}
            />
          )}
        </section>
      </div>
    </FluentProvider>
  );
}
