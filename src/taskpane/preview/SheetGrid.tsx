import { Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import {
  cellA1,
  columnLetters,
  isCellError,
  type CellValues,
  type SheetInfo,
} from '../../workbook';
import { log } from '../logger';
import { serialDateTime } from '../state/parse';
import { PS } from './previewStrings';
import type { PreviewWorkbook } from './previewWorkbook';

export interface SheetGridProps {
  workbook: PreviewWorkbook;
  /** Changes whenever the workbook was written, so the grid reads again. */
  revision: number;
  onSelect: (sheet: string, address: string) => void;
}

/** The preview shows the top-left of a sheet only: it is a viewer, not a spreadsheet. */
const SHOWN_ROWS = 60;
const SHOWN_COLUMNS = 12;

const useStyles = makeStyles({
  // Many sheets make a wide tab row: it scrolls by itself, the page does not.
  tabs: { overflowX: 'auto', maxWidth: '100%' },
  wrap: { overflow: 'auto', maxHeight: '70vh', border: `1px solid ${tokens.colorNeutralStroke2}` },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, whiteSpace: 'nowrap' },
  head: { backgroundColor: tokens.colorNeutralBackground3, padding: '0 4px', fontWeight: 'normal' },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: '0 4px',
    maxWidth: '160px',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    cursor: 'cell',
  },
});

function show(value: CellValues[number][number], isDate = false): string {
  if (value === null) return '';
  if (isCellError(value)) return value.error;
  if (typeof value === 'number' && isDate) {
    const text = serialDateTime(value);
    return Number.isInteger(value) ? text.slice(0, 10) : text;
  }
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : value.toFixed(4);
  return String(value);
}

/** The workbook's visible sheets as tabs, and the active one as a small grid. */
export function SheetGrid({ workbook, revision, onSelect }: SheetGridProps) {
  const styles = useStyles();
  const [sheets, setSheets] = useState<SheetInfo[]>([]);
  const [values, setValues] = useState<CellValues>([]);
  const [dates, setDates] = useState<boolean[][]>([]);
  const active = workbook.activeSheet();
  useEffect(() => {
    let live = true;
    const range = `A1:${cellA1(SHOWN_ROWS - 1, SHOWN_COLUMNS - 1)}`;
    Promise.all([workbook.listSheets(), active ? workbook.readRange(active, range) : []]).then(
      ([s, v]) => {
        if (!live) return;
        setSheets(s.filter((x) => x.visibility === 'visible'));
        setValues(v);
        setDates(active ? workbook.dateCells(active, SHOWN_ROWS, SHOWN_COLUMNS) : []);
      },
      (e: unknown) => log.error('The preview could not read the sheet', e),
    );
    return () => {
      live = false;
    };
  }, [workbook, revision, active]);
  return (
    <section aria-label={PS.gridTitle}>
      <div className={styles.tabs}>
        <TabList
          size="small"
          selectedValue={active}
          onTabSelect={(_e, d) => void workbook.activateSheet(String(d.value))}
        >
          {sheets.map((s) => (
            <Tab key={s.name} value={s.name}>
              {s.name}
            </Tab>
          ))}
        </TabList>
      </div>
      <div className={styles.wrap} tabIndex={0} role="region" aria-label={PS.gridOf(active)}>
        <table className={styles.table}>
          <thead>
            <tr>
              <th className={styles.head} aria-label={PS.corner}>
                #
              </th>
              {Array.from({ length: SHOWN_COLUMNS }, (_x, c) => (
                <th key={c} className={styles.head} scope="col">
                  {columnLetters(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {values.map((row, r) => (
              <tr key={r}>
                <th className={styles.head} scope="row">
                  {r + 1}
                </th>
                {row.map((v, c) => (
                  <td
                    key={c}
                    className={styles.cell}
                    title={show(v, dates[r]?.[c])}
                    onClick={() => onSelect(active, cellA1(r, c))}
                  >
                    {show(v, dates[r]?.[c])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
