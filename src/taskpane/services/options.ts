/**
 * Runs every option of the draft through the weekly model: the parameter
 * table, the scope's horizon, then the option's overrides on top.
 */
import { runScenario, type ScenarioRun } from '../../core/model';
import { parseParameterTable, scenarioFromTable, type ParameterTable } from '../../core/params';
import type { Workbook } from '../../workbook';
import { overridesIssue } from '../state/overrideIssues';
import { parseNumberInput, parseOverrides } from '../state/parse';
import type { WizardDraft } from '../state/types';
import { InputProblem } from './errors';
import { readRef, refOf } from './ranges';
import { S } from '../strings';

export interface OptionRun {
  /** Record id: A, B, C … by position. */
  id: string;
  name: string;
  description: string;
  /** Canonical override values, the scope's horizon first. */
  overrides: Record<string, number | string>;
  run: ScenarioRun;
}

export interface OptionRuns {
  table: ParameterTable;
  options: OptionRun[];
}

/** Option ids as the decision record wants them: A … Z, then A1 … */
export function optionId(index: number): string {
  return index < 26 ? String.fromCharCode(65 + index) : `A${index - 25}`;
}

/** The overrides of option `index`, with the scope's horizon applied first. */
export function optionOverrides(
  draft: WizardDraft,
  index: number,
): Record<string, number | string> {
  const option = draft.scenarios.options[index];
  const issue = overridesIssue(option.name.trim() || String(index + 1), option.overrides);
  if (issue) throw new InputProblem(issue);
  const parsed = parseOverrides(option.overrides);
  if ('badLine' in parsed) throw new InputProblem(S.v.overrideLine(parsed.badLine));
  const out: Record<string, number | string> = {};
  const horizon = parseNumberInput(draft.scope.horizonWeeks);
  if (horizon !== undefined) out.horizon_weeks = horizon;
  for (const o of parsed.overrides) out[o.name] = o.value;
  return out;
}

/** Reads and parses the mapped parameter table. */
export async function readTable(workbook: Workbook, draft: WizardDraft): Promise<ParameterTable> {
  const ref = refOf(draft.inputs.parameters.address);
  return parseParameterTable(await readRef(workbook, ref));
}

/** Every option's scenario run. */
export async function runOptions(workbook: Workbook, draft: WizardDraft): Promise<OptionRuns> {
  const table = await readTable(workbook, draft);
  const options = draft.scenarios.options.map((o, i) => {
    const overrides = optionOverrides(draft, i);
    return {
      id: optionId(i),
      name: o.name.trim(),
      description: o.description,
      overrides,
      run: runScenario(scenarioFromTable(table, overrides)),
    };
  });
  return { table, options };
}
