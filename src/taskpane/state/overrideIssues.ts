/**
 * Checks an option's override lines against the parameter catalogue before
 * anything is written: each problem names the option and the line, so it can
 * be shown under the option's field (never as an Excel error with Retry).
 */
import { isLbfError } from '../../core/errors';
import {
  PARAMETER_BY_NAME,
  PARAMETERS,
  nearestName,
  normalizeName,
  sharedReason,
} from '../../core/params';
import { checkParameterNumber, readParameterValue } from '../../core/params/values';
import { S } from '../strings';
import { parseOverrides, type ParsedOverride } from './parse';

const NAMES = PARAMETERS.map((d) => d.name);

/** The core's own words for a value its parameter refuses, or undefined. */
function valueProblem(override: ParsedOverride, name: string): string | undefined {
  const def = PARAMETER_BY_NAME.get(name);
  if (!def) return undefined;
  try {
    if (typeof override.value === 'number' && def.kind !== 'choice') {
      checkParameterNumber(def, override.value, name);
    } else {
      readParameterValue(def, override.value, name);
    }
    return undefined;
  } catch (e) {
    if (isLbfError(e)) return e.message;
    throw e;
  }
}

function lineProblem(override: ParsedOverride, seen: Map<string, number>): string | undefined {
  const name = normalizeName(override.name);
  if (!PARAMETER_BY_NAME.has(name))
    return S.v.unknownOverride(override.name, nearestName(name, NAMES));
  const shared = sharedReason(name);
  if (shared) return S.v.sharedOverride(name, shared);
  const first = seen.get(name);
  if (first !== undefined) return S.v.duplicateOverride(name, first);
  return valueProblem(override, name);
}

/**
 * The first problem of one option's override text, worded with the option's
 * name and the 1-based line; undefined when every line is good.
 * @example overridesIssue('B', 'quality_weight = 0')
 * // 'Option B, line 1: options cannot change quality_weight: …'
 */
export function overridesIssue(option: string, text: string): string | undefined {
  const parsed = parseOverrides(text);
  if ('badLine' in parsed) return S.v.optionLine(option, parsed.badLine, S.v.nameEqualsValue);
  const seen = new Map<string, number>();
  for (const o of parsed.overrides) {
    const problem = lineProblem(o, seen);
    if (problem) return S.v.optionLine(option, o.line, problem);
    seen.set(normalizeName(o.name), o.line);
  }
  return undefined;
}
