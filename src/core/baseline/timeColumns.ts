/**
 * Reading whole timestamp columns: infer the day/month order of `a/b/yyyy`
 * text from the data (a first field above 12 proves day-first, a second
 * field above 12 proves month-first) and refuse to guess when nothing proves
 * it, then parse every cell.
 */
import { fail } from '../errors';
import { isMissingCell, parseTimestamp, slashFields, timeOfDayToMinutes } from './timeParse';
import type { Cell, DateOrder } from './types';

/** One named column of a log, as the analyst mapped it. */
export interface NamedColumn {
  name: string;
  cells: readonly Cell[];
}

/** The order used to read `a/b/yyyy` text and the reason, for the report. */
export interface ResolvedDateOrder {
  dayFirst: boolean;
  note: string;
}

interface Evidence {
  column: string;
  example: string;
}

interface ColumnEvidence {
  dayFirst?: Evidence;
  monthFirst?: Evidence;
  ambiguous?: Evidence;
}

function scanColumn(column: NamedColumn): ColumnEvidence {
  const found: ColumnEvidence = {};
  for (const cell of column.cells) {
    const fields = slashFields(cell);
    if (!fields) continue;
    const evidence = { column: column.name, example: String(cell).trim() };
    if (fields[0] > 12) found.dayFirst ??= evidence;
    else if (fields[1] > 12) found.monthFirst ??= evidence;
    else if (fields[0] !== fields[1]) found.ambiguous ??= evidence;
    if (found.dayFirst && found.monthFirst) break;
  }
  return found;
}

function merge(all: ColumnEvidence[]): ColumnEvidence {
  const pick = (key: keyof ColumnEvidence) => all.find((e) => e[key])?.[key];
  return {
    dayFirst: pick('dayFirst'),
    monthFirst: pick('monthFirst'),
    ambiguous: pick('ambiguous'),
  };
}

const orderHint = 'Give the date order as "DMY" (29/2/2016) or "MDY" (2/29/2016).';

/**
 * Decides how `a/b/yyyy` text in the given columns is read. With `auto` the
 * columns are scanned together (one export uses one format): a value whose
 * first field is above 12 proves day-first; one whose second field is above
 * 12 proves month-first. Proof both ways, or none while some value could be
 * read either way (`3/4/2016`), is an error naming the column and value.
 * @param columns the log's timestamp columns
 * @param order `auto`, `dmy` or `mdy`
 * @returns the order and a note for the quality report
 * @example resolveDateOrder([{ name: 'created', cells: ['13/1/2016'] }], 'auto').dayFirst // true
 */
export function resolveDateOrder(
  columns: readonly NamedColumn[],
  order: DateOrder,
): ResolvedDateOrder {
  if (order === 'dmy') return { dayFirst: true, note: 'day-first (as given)' };
  if (order === 'mdy') return { dayFirst: false, note: 'month-first (as given)' };
  const found = merge(columns.map(scanColumn));
  if (found.dayFirst && found.monthFirst) {
    fail({
      code: 'mixedDateOrder',
      argument: found.monthFirst.column,
      value: found.monthFirst.example,
      details: { other: found.dayFirst.example, otherColumn: found.dayFirst.column },
    });
  }
  const proof = found.dayFirst ?? found.monthFirst;
  if (proof) {
    const which = found.dayFirst ? 'day-first' : 'month-first';
    return { dayFirst: !!found.dayFirst, note: `${which} (inferred from "${proof.example}")` };
  }
  if (found.ambiguous) {
    fail({
      code: 'ambiguousDate',
      argument: found.ambiguous.column,
      value: found.ambiguous.example,
      details: { hint: `No value has a day above 12 to tell. ${orderHint}` },
    });
  }
  return { dayFirst: true, note: 'no day/month text to read' };
}

/**
 * Parses a timestamp column: wall-clock minutes per cell, NaN where blank
 * (or a missing marker such as `?`) and where unreadable; `blank` tells the
 * two apart.
 * @example readTimeColumn(['?', 25569.5, 'x'], true).minutes // [NaN, 720, NaN]
 */
export function readTimeColumn(
  cells: readonly Cell[],
  dayFirst: boolean,
): { minutes: Float64Array; blank: Uint8Array } {
  const minutes = new Float64Array(cells.length);
  const blank = new Uint8Array(cells.length);
  for (let i = 0; i < cells.length; i += 1) {
    if (isMissingCell(cells[i])) {
      blank[i] = 1;
      minutes[i] = NaN;
    } else {
      minutes[i] = parseTimestamp(cells[i], dayFirst);
    }
  }
  return { minutes, blank };
}

/**
 * Parses separate date and time columns (the bank file's `date` + `vru_entry`)
 * into one column of wall-clock minutes; NaN where either part is unreadable.
 * @example readDateTimeColumns(['700101'], ['1:30:00'], true).minutes // [90]
 */
export function readDateTimeColumns(
  dates: readonly Cell[],
  times: readonly Cell[],
  dayFirst: boolean,
): { minutes: Float64Array; blank: Uint8Array } {
  const { minutes, blank } = readTimeColumn(dates, dayFirst);
  for (let i = 0; i < dates.length; i += 1) {
    blank[i] = blank[i] && isMissingCell(times[i]) ? 1 : 0;
    const time = timeOfDayToMinutes(times[i]);
    const day = Math.floor(minutes[i] / 1440) * 1440;
    minutes[i] = minutes[i] === day ? day + time : NaN;
  }
  return { minutes, blank };
}
