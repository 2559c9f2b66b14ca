/**
 * Business hours: which minutes of the week count as open, and the open
 * minutes between two instants. A spec is one or more groups separated by
 * `;`, each `days windows`:
 *
 *   `Mon-Fri 09:00-17:00`                     weekdays, nine to five
 *   `Mon-Fri 08:00-12:00 13:00-17:00; Sat 10:00-14:00`
 *   `Sun-Thu 07:00-24:00; Fri 07:00-14:00`    (the bank's opening hours)
 *   `Mon-Fri 22:00-06:00`                     a window past midnight runs into the next day
 *
 * Days are English names or their first three letters, as a range (`Mon-Fri`,
 * `Fri-Mon` wraps) or a comma list (`Mon,Wed,Fri`). Times are 24-hour `hh:mm`;
 * `24:00` ends a day. A blank spec, `24/7` or `calendar` means calendar hours.
 * Public holidays are not modelled.
 */
import { fail } from '../errors';
import { minutesPerDay } from './timeParse';

export const minutesPerWeek = 7 * minutesPerDay;
/** 1970-01-01, day 0 of wall-clock minutes, was a Thursday (weekday 4). */
const weekdayOfDayZero = 4;

const DAY_NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const GROUP = /^([a-z,\s-]+?)\s+((?:\d{1,2}:\d{2}\s*-\s*\d{1,2}:\d{2}\s*)+)$/i;
const WINDOW = /(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})/g;
const CALENDAR_SPECS = new Set(['', '24/7', '24x7', 'calendar']);

/**
 * Open minutes of the week as a prefix sum: `openBefore[m]` is the number of
 * open minutes in [Sunday 00:00, m). Week minute 0 is Sunday 00:00.
 */
export interface BusinessHours {
  spec: string;
  openBefore: Uint16Array;
  openMinutesPerWeek: number;
}

/**
 * Day of the week of wall-clock minutes, 0 = Sunday … 6 = Saturday.
 * @example weekdayOf(0) // 4 (Thursday 1 January 1970)
 */
export function weekdayOf(minutes: number): number {
  const day = Math.floor(minutes / minutesPerDay);
  return (((day + weekdayOfDayZero) % 7) + 7) % 7;
}

function badSpec(spec: string, reason: string): never {
  return fail({ code: 'badHoursSpec', argument: 'hoursSpec', value: spec, details: { reason } });
}

function dayIndex(spec: string, name: string): number {
  const index = DAY_NAMES.indexOf(name.trim().slice(0, 3).toLowerCase());
  if (index < 0) badSpec(spec, `"${name.trim()}" is not a day name`);
  return index;
}

function parseDays(spec: string, text: string): number[] {
  const days: number[] = [];
  for (const part of text.split(',')) {
    const [from, to] = part.split('-');
    const first = dayIndex(spec, from);
    const last = to === undefined ? first : dayIndex(spec, to);
    for (let d = first; ; d = (d + 1) % 7) {
      days.push(d);
      if (d === last) break;
    }
  }
  return days;
}

function clockMinutes(spec: string, hours: string, minutes: string): number {
  const value = Number(hours) * 60 + Number(minutes);
  if (Number(minutes) > 59 || value > minutesPerDay)
    badSpec(spec, `${hours}:${minutes} is not a time`);
  return value;
}

function markWindow(open: Uint8Array, day: number, fromMinute: number, toMinute: number): void {
  // A window ending at or before its start runs past midnight into the next day.
  const length =
    toMinute > fromMinute ? toMinute - fromMinute : toMinute + minutesPerDay - fromMinute;
  const start = day * minutesPerDay + fromMinute;
  for (let k = 0; k < length; k += 1) open[(start + k) % minutesPerWeek] = 1;
}

function markGroup(spec: string, group: string, open: Uint8Array): void {
  const m = GROUP.exec(group.trim());
  if (!m) badSpec(spec, `"${group.trim()}" should read like "Mon-Fri 09:00-17:00"`);
  const days = parseDays(spec, m[1]);
  for (const w of m[2].matchAll(WINDOW)) {
    const from = clockMinutes(spec, w[1], w[2]);
    const to = clockMinutes(spec, w[3], w[4]);
    if (from === to) badSpec(spec, `window ${w[0]} is empty`);
    for (const day of days) markWindow(open, day, from, to);
  }
}

/**
 * Reads a business-hours spec (format above); undefined for calendar hours.
 * @param spec e.g. `Mon-Fri 09:00-17:00`
 * @returns the week's open minutes, or undefined for blank / `24/7`
 * @example parseHoursSpec('Mon-Fri 09:00-17:00')?.openMinutesPerWeek // 2400
 */
export function parseHoursSpec(spec: string | undefined): BusinessHours | undefined {
  const text = (spec ?? '').trim();
  if (CALENDAR_SPECS.has(text.toLowerCase())) return undefined;
  const open = new Uint8Array(minutesPerWeek);
  for (const group of text.split(';')) {
    if (group.trim() !== '') markGroup(text, group, open);
  }
  const openBefore = new Uint16Array(minutesPerWeek + 1);
  if (!open.includes(1)) badSpec(text, 'it opens no hours at all');
  for (let m = 0; m < minutesPerWeek; m += 1) openBefore[m + 1] = openBefore[m] + open[m];
  return { spec: text, openBefore, openMinutesPerWeek: openBefore[minutesPerWeek] };
}

/** Open minutes from the timeline's start (an arbitrary origin) to `minutes`. */
function openMinutesUntil(hours: BusinessHours, minutes: number): number {
  // Week minute 0 is Sunday 00:00; day 0 of the timeline is a Thursday.
  const shifted = minutes + weekdayOfDayZero * minutesPerDay;
  const weeks = Math.floor(shifted / minutesPerWeek);
  const inWeek = shifted - weeks * minutesPerWeek;
  const whole = Math.floor(inWeek);
  const partOpen = hours.openBefore[whole + 1] - hours.openBefore[whole];
  return weeks * hours.openMinutesPerWeek + hours.openBefore[whole] + (inWeek - whole) * partOpen;
}

/**
 * Open minutes between two instants: the business-hours length of [from, to].
 * @param hours parsed spec
 * @param fromMinutes wall-clock minutes (start)
 * @param toMinutes wall-clock minutes (end, ≥ start)
 * @returns open minutes in between
 * @example businessMinutesBetween(parseHoursSpec('Mon-Fri 09:00-17:00')!, fri16h, mon10h) // 120
 */
export function businessMinutesBetween(
  hours: BusinessHours,
  fromMinutes: number,
  toMinutes: number,
): number {
  return openMinutesUntil(hours, toMinutes) - openMinutesUntil(hours, fromMinutes);
}
