/**
 * Reading one timestamp cell into wall-clock minutes (minutes since
 * 1970-01-01 00:00 on the log's own clock). Pure arithmetic on Date.UTC: the
 * log's times are taken as local and no time zone is ever applied, except
 * that ISO text stating its own offset (`Z`, `+02:00`) is moved to UTC.
 */
import type { Cell } from './types';

export const minutesPerDay = 1440;
const millisecondsPerMinute = 60000;
/** Excel's 1900 system: serial 25569 is 1970-01-01. */
const excelSerialOfEpochDays = 25569;
/** Serial 60 is 1900-02-29, a day that never existed (Lotus 1-2-3 compatibility). */
const excelPhantomLeapSerial = 60;
/** 9999-12-31, the largest date Excel shows. */
const excelMaxSerial = 2958465;
/** Two-digit years below this are 20yy, others 19yy (Excel's own pivot). */
const twoDigitYearPivot = 30;

// ISO date, optional time with seconds and fraction, optional offset.
const ISO_TEXT = new RegExp(
  /^(\d{4})-(\d{1,2})-(\d{1,2})/.source +
    /(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?/.source +
    /\s*(Z|[+-]\d{2}:?\d{2})?$/.source,
  'i',
);
const SLASH_TEXT =
  /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(AM|PM)?)?$/i;
const DIGIT_DATE_TEXT = /^(\d{6}|\d{8})(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const TIME_TEXT = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?\s*(AM|PM)?$/i;

/** Text a log uses for "no value": read as blank, not as an unreadable time. */
const MISSING_TEXT = new Set(['', '?', '-', 'na', 'n/a', 'null', 'none', 'nat']);

/** True for a blank cell or a missing-value marker such as `?` or `N/A`. */
export function isMissingCell(cell: Cell): boolean {
  if (cell === null || cell === undefined) return true;
  return typeof cell === 'string' && MISSING_TEXT.has(cell.trim().toLowerCase());
}

/**
 * Wall-clock minutes of a calendar date and time, or NaN when any field is
 * out of range (31 April, 25:00, 29 February of a common year).
 * @example wallMinutes(1970, 1, 2, 0, 30, 0) // 1470
 */
export function wallMinutes(
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): number {
  if (month < 1 || month > 12 || day < 1 || hour > 24 || minute > 59 || second > 59) return NaN;
  if (hour === 24 && (minute > 0 || second > 0)) return NaN;
  const ms = Date.UTC(year, month - 1, day, hour, minute, second);
  if (new Date(Date.UTC(year, month - 1, day)).getUTCDate() !== day) return NaN;
  return ms / millisecondsPerMinute;
}

/**
 * Wall-clock minutes of an Excel serial date-time (1900 system), or NaN for
 * serials before 1 (a time with no date), the phantom 29 Feb 1900 and beyond
 * 9999-12-31.
 * @example excelSerialToMinutes(25569.5) // 720 (1970-01-01 12:00)
 */
export function excelSerialToMinutes(serial: number): number {
  if (!Number.isFinite(serial) || serial < 1 || serial >= excelMaxSerial + 1) return NaN;
  if (Math.floor(serial) === excelPhantomLeapSerial) return NaN;
  // Before 1 March 1900 Excel's count is one day ahead of the calendar.
  const days =
    serial < excelPhantomLeapSerial
      ? serial - excelSerialOfEpochDays + 1
      : serial - excelSerialOfEpochDays;
  return Math.round(days * minutesPerDay * 1e6) / 1e6;
}

/**
 * Excel serial (1900 system) of wall-clock minutes, for writing dates back.
 * @example minutesToExcelSerial(720) // 25569.5
 */
export function minutesToExcelSerial(minutes: number): number {
  return minutes / minutesPerDay + excelSerialOfEpochDays;
}

function hour12(hour: number, meridiem: string | undefined): number {
  if (!meridiem) return hour;
  if (hour < 1 || hour > 12) return NaN;
  const pm = meridiem.toUpperCase() === 'PM';
  return (hour % 12) + (pm ? 12 : 0);
}

function fullYear(twoOrFour: string): number {
  const year = Number(twoOrFour);
  if (twoOrFour.length === 4) return year;
  return year < twoDigitYearPivot ? 2000 + year : 1900 + year;
}

/**
 * A date written as digits only: 6 digits are `yymmdd` (`990201` is
 * 1 Feb 1999), 8 digits `yyyymmdd`. NaN for anything else.
 * @example digitDateToMinutes('700102') // 1440
 */
export function digitDateToMinutes(digits: string): number {
  if (!/^(\d{6}|\d{8})$/.test(digits)) return NaN;
  const yearDigits = digits.length === 6 ? 2 : 4;
  const year = fullYear(digits.slice(0, yearDigits));
  const month = Number(digits.slice(yearDigits, yearDigits + 2));
  return wallMinutes(year, month, Number(digits.slice(yearDigits + 2)));
}

/**
 * Minutes after midnight of a time of day: an Excel fraction of a day in
 * [0, 1), or text `h:mm`, `h:mm:ss`, optionally with AM/PM. NaN otherwise.
 * @example timeOfDayToMinutes('7:02:30') // 422.5
 */
export function timeOfDayToMinutes(cell: Cell): number {
  if (typeof cell === 'number') {
    return cell >= 0 && cell < 1 ? Math.round(cell * minutesPerDay * 1e6) / 1e6 : NaN;
  }
  if (typeof cell !== 'string') return NaN;
  const m = TIME_TEXT.exec(cell.trim());
  if (!m) return NaN;
  const hour = hour12(Number(m[1]), m[5]);
  const minute = Number(m[2]);
  const second = Number(`${m[3] ?? '0'}.${m[4] ?? '0'}`);
  if (!(hour <= 24) || minute > 59 || second >= 60) return NaN;
  const total = hour * 60 + minute + second / 60;
  return total <= minutesPerDay ? total : NaN;
}

function offsetMinutes(zone: string | undefined): number {
  if (!zone || zone.toUpperCase() === 'Z') return 0;
  const digits = zone.replace(':', '');
  const sign = digits.startsWith('-') ? -1 : 1;
  return sign * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5)));
}

function isoToMinutes(m: RegExpExecArray): number {
  const seconds = Number(`${m[6] ?? '0'}.${m[7] ?? '0'}`);
  const base = wallMinutes(
    Number(m[1]),
    Number(m[2]),
    Number(m[3]),
    Number(m[4] ?? 0),
    Number(m[5] ?? 0),
    Math.floor(seconds),
  );
  return base + (seconds % 1) / 60 - offsetMinutes(m[8]);
}

function slashToMinutes(m: RegExpExecArray, dayFirst: boolean): number {
  const day = Number(dayFirst ? m[1] : m[2]);
  const month = Number(dayFirst ? m[2] : m[1]);
  const hour = hour12(Number(m[4] ?? 0), m[4] === undefined ? undefined : m[7]);
  return wallMinutes(Number(m[3]), month, day, hour, Number(m[5] ?? 0), Number(m[6] ?? 0));
}

function digitToMinutes(m: RegExpExecArray): number {
  const date = digitDateToMinutes(m[1]);
  if (m[2] === undefined) return date;
  const time = timeOfDayToMinutes(`${m[2]}:${m[3]}:${m[4] ?? '00'}`);
  return date + time;
}

/**
 * Wall-clock minutes of one timestamp cell, or NaN when it cannot be read.
 * Numbers are Excel serials, except whole 6- or 8-digit numbers, which are
 * `yymmdd` / `yyyymmdd` dates (serials of real logs have 5 digits). Text may
 * be ISO (`2016-02-29 01:16`), `d/m/yyyy h:mm` or `m/d/yyyy h:mm` (as
 * `dayFirst` says), or `yymmdd [h:mm:ss]`. Callers treat blanks first.
 * @param cell the raw cell
 * @param dayFirst how to read `a/b/yyyy` text (true: a is the day)
 * @returns wall-clock minutes, or NaN
 * @example parseTimestamp('29/2/2016 01:16', true) // 24278476
 */
export function parseTimestamp(cell: Cell, dayFirst: boolean): number {
  if (typeof cell === 'number') return numberToMinutes(cell);
  if (typeof cell !== 'string') return NaN;
  const text = cell.trim();
  const slash = SLASH_TEXT.exec(text);
  if (slash) return slashToMinutes(slash, dayFirst);
  const iso = ISO_TEXT.exec(text);
  if (iso) return isoToMinutes(iso);
  const digits = DIGIT_DATE_TEXT.exec(text);
  if (digits) return digitToMinutes(digits);
  return NaN;
}

function numberToMinutes(value: number): number {
  const whole = Number.isInteger(value);
  if (whole && value >= 100000 && value <= 999999) return digitDateToMinutes(String(value));
  if (whole && value >= 10000000 && value <= 99999999) {
    return digitDateToMinutes(String(value));
  }
  return excelSerialToMinutes(value);
}

/**
 * The first two fields of `a/b/yyyy` text, or undefined for other text: what
 * date-order inference looks at.
 */
export function slashFields(cell: Cell): [number, number] | undefined {
  if (typeof cell !== 'string') return undefined;
  const m = SLASH_TEXT.exec(cell.trim());
  return m ? [Number(m[1]), Number(m[2])] : undefined;
}
