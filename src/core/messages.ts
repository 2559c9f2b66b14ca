/**
 * The message catalogue: every sentence the core says about bad input or an
 * impossible result is rendered here, from structured error data. Each
 * message says what was wrong and how to write it.
 */

export type MessageDetails = Record<string, string | number | boolean | undefined>;

type Render = (argument: string, got: string, d: MessageDetails) => string;

const catalogue = {
  required: (a) => `${a} is required but is missing. ${hint('Enter', 'a value')}`,
  requiredWhen: (a, _got, d) =>
    `${a} is required when ${d.because}. Add a row for it to the parameter table.`,
  notNumber: (a, got, d) => `${a} must be a number; got ${got}. ${hint('Write', d.expected)}`,
  notInteger: (a, got) => `${a} must be a whole number; got ${got}.`,
  outOfRange: (a, got, d) => `${a} must be ${d.range}; got ${got}.${tail(d.hint)}`,
  percentAsWhole: (a, got, d) =>
    `${a} is a share between 0 and 1; got ${got}. ` +
    `Write ${d.suggestion} or ${d.percent} %, not ${got}.`,
  percentText: (a, got, d) =>
    `${a} takes a plain number, not a percentage; got ${got}.${tail(d.hint)}`,
  notText: (a, got, d) => `${a} must be text; got ${got}.${tail(d.hint)}`,
  badChoice: (a, got, d) => `${a} must be one of ${d.choices}; got ${got}.`,
  unknownName: (a, got, d) =>
    `Unknown ${a} ${got}.` + (d.suggestion ? ` Did you mean ${d.suggestion}?` : '') + tail(d.hint),
  blankName: (a, _got, d) => `${a} is blank, but ${d.because}.${tail(d.hint)}`,
  countMismatch: (a, _got, d) => `${a} must have ${d.rule}; got ${d.counts}.`,
  transposedTable: (a, _got, d) =>
    `${a} looks transposed: its first row holds parameter names (${d.names}). Put one ` +
    'parameter per row, its Name in the first column and its Value in the second ' +
    '(Paste Special › Transpose turns the range).',
  duplicateName: (a, got, d) =>
    `${a} ${got} appears more than once (${d.where}). Keep one row per name.`,
  badUnit: (a, got, d) => `Unit ${got} does not fit ${a}; use ${d.allowed}.`,
  cellError: (a, got) => `${a} refers to a cell holding the error ${got}; fix that cell first.`,
  shapeMismatch: (a, got, d) => `${a} ${d.problem}; got ${got}.${tail(d.hint)}`,
  unstableLoad: (a, got, d) =>
    `${a} = ${got} cannot carry an offered load of ${d.load} Erlangs: the queue grows ` +
    `without bound. Use at least ${d.minAgents} agents, or give a patience for Erlang A.`,
  queueTooLong: (a, got, d) =>
    `${a} = ${got} s is too long for an offered load of ${d.load} Erlangs at ${d.agents} ` +
    `agents: more than ${d.maxStates} contacts would be waiting, more than LBF can sum. ` +
    'Use a shorter patience or fewer contacts per interval.',
  unreachableTarget: (a, got, d) =>
    `No agent count up to ${d.maxAgents} meets ${a} = ${got}.${tail(d.hint)}`,
  noSolution: (a, _got, d) => `${a}: ${d.reason}`,
  unbounded: (a, _got, d) => `${a} is unbounded: ${d.reason}`,
  notDefined: (a, _got, d) => `${a} is not defined: ${d.reason}.`,
  liveQueueLimit: (a, got, d) =>
    `${a} = ${got} is more than the live queueing model can compute: ${d.reason}.${tail(d.hint)}`,
  badDate: (a, got, d) => `${a} is not a date or time LBF can read: ${got}.${tail(d.hint)}`,
  ambiguousDate: (a, got, d) =>
    `${a} could be day-first or month-first (${got}). ${d.hint ?? 'Say which order to use.'}`,
  mixedDateOrder: (a, got, d) =>
    `${a} has ${got}, which is month-first, but ${d.otherColumn} has ${d.other}, which is ` +
    `day-first. Give the date order ("DMY" or "MDY") or fix the column that differs.`,
  badHoursSpec: (a, got, d) =>
    `${a} ${got} cannot be read: ${d.reason}. Write days and opening times, e.g. ` +
    `"Mon-Fri 09:00-17:00; Sat 10:00-14:00", or leave it blank for calendar hours.`,
  noUsableRows: (a, got, d) => `${a}: no row could be used (${d.reason}).${tail(d.hint)}`,
  badRecord: (a, got, d) => `${a} is not a valid decision record: ${d.reason ?? got}.`,
  badFile: (a, got, d) => `${a}: ${d.reason ?? got}.${tail(d.hint)}`,
  badConstraint: (a, got, d) =>
    `${a} ${got} is not a constraint LBF can read: ${d.reason}. Write metric, comparison ` +
    'and number, e.g. cost_per_week<=50000 or frt_attainment>=90%; separate several with ;.',
  // Decision-record pitfalls (issue 5): warnings shown at the top of the decision log.
  pitfallInputProvenance: (a, _got, d) =>
    `Key input ${a} has no ${d.missing}. Record who owns it, where it comes from and ` +
    'how reliable it is.',
  pitfallUnvalidatedInputs: (a, _got, d) =>
    `Metrics are baselined but ${d.count} key input(s) are not validated: ${a}. ` +
    'Validate them against data before comparing options.',
  pitfallExtremeWeight: (a, got, d) =>
    `${a} is ${got} (${d.side}) with no written rationale. Say why quality should ` +
    'weigh this much or this little.',
  pitfallNoRefreshOwner: (a, _got, d) =>
    `${d.category} input ${a} has no ${d.missing}. Name who refreshes it and how often.`,
  pitfallNoApprovals: () =>
    'No governance approvals are recorded. Add the approvers and their status.',
  pitfallNoReviewTriggers: () =>
    'No review triggers are set. Add at least one metric, threshold and action.',
  pitfallFailsHardConstraint: (a, got, d) =>
    `The selected option ${d.option} fails the hard constraint ${a} ${d.comparison} ` +
    `${d.threshold}: it has ${got}.`,
  pitfallUncheckedConstraint: (a, _got, d) =>
    `The hard constraint on ${a} cannot be checked: the selected option ${d.option} ` +
    'has no value for it in its metrics snapshot.',
} satisfies Record<string, Render>;

export type MessageCode = keyof typeof catalogue;

function tail(text: unknown): string {
  return text ? ` ${String(text)}` : '';
}

function hint(verb: string, what: unknown): string {
  return what ? `${verb} ${String(what)}.` : '';
}

/** Renders a received value for a message: text in quotes, blanks named. */
export function describeValue(value: unknown): string {
  if (value === undefined || value === null || value === '') return 'an empty cell';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (Array.isArray(value)) return `a range of ${value.length} rows`;
  return JSON.stringify(value) ?? String(value);
}

/** Renders one catalogue entry. */
export function renderMessage(
  code: MessageCode,
  argument: string,
  value: unknown,
  details: MessageDetails,
): string {
  const render: Render = catalogue[code];
  return render(argument, describeValue(value), details).replace(/\s+$/, '');
}
