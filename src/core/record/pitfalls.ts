/**
 * Pitfall checks: the common ways a decision record goes wrong (issue 5),
 * computed from the record and shown as warnings at the top of the log.
 */
import { renderMessage, type MessageCode, type MessageDetails } from '../messages';
import { compare } from '../triggers/comparison';
import type { KeyInput, RecordContent } from './sections';

/** Quality weights at or beyond these need a written rationale. */
export const LOW_QUALITY_WEIGHT = 0.2;
export const HIGH_QUALITY_WEIGHT = 0.8;

export type PitfallCode =
  | 'inputProvenance'
  | 'unvalidatedInputs'
  | 'extremeQualityWeight'
  | 'noRefreshOwner'
  | 'noApprovals'
  | 'noReviewTriggers'
  | 'failsHardConstraint'
  | 'uncheckedConstraint';

/** One warning: which check, which section, what it is about, and the sentence. */
export interface PitfallWarning {
  code: PitfallCode;
  section: keyof RecordContent;
  /** The input, metric or option the warning is about ('' for the whole record). */
  subject: string;
  message: string;
}

function warn(
  code: PitfallCode,
  section: keyof RecordContent,
  message: MessageCode,
  subject: string,
  value?: unknown,
  details: MessageDetails = {},
): PitfallWarning {
  return { code, section, subject, message: renderMessage(message, subject, value, details) };
}

const blank = (text: string): boolean => text.trim() === '';

function listMissing(entries: [string, boolean][]): string {
  const missing = entries.filter(([, isMissing]) => isMissing).map(([label]) => label);
  return missing.length <= 1
    ? missing.join('')
    : `${missing.slice(0, -1).join(', ')} or ${missing[missing.length - 1]}`;
}

function provenance(inputs: KeyInput[]): PitfallWarning[] {
  return inputs.flatMap((input) => {
    const missing = listMissing([
      ['owner', blank(input.owner)],
      ['source', blank(input.source)],
      ['quality note', blank(input.qualityNote)],
    ]);
    return missing
      ? [
          warn(
            'inputProvenance',
            'keyInputs',
            'pitfallInputProvenance',
            input.parameter,
            undefined,
            { missing },
          ),
        ]
      : [];
  });
}

function unvalidated(content: RecordContent): PitfallWarning[] {
  const baselined = content.metrics.some((m) => m.baseline !== null);
  const names = content.keyInputs.filter((i) => !i.validated).map((i) => i.parameter);
  if (!baselined || names.length === 0) return [];
  return [
    warn(
      'unvalidatedInputs',
      'keyInputs',
      'pitfallUnvalidatedInputs',
      names.join(', '),
      undefined,
      { count: names.length },
    ),
  ];
}

function extremeWeight(content: RecordContent): PitfallWarning[] {
  const { qualityWeight, qualityWeightRationale } = content.decision;
  const low = qualityWeight <= LOW_QUALITY_WEIGHT;
  if (!(low || qualityWeight >= HIGH_QUALITY_WEIGHT) || !blank(qualityWeightRationale)) return [];
  const side = low ? `at or below ${LOW_QUALITY_WEIGHT}` : `at or above ${HIGH_QUALITY_WEIGHT}`;
  return [
    warn(
      'extremeQualityWeight',
      'decision',
      'pitfallExtremeWeight',
      'The quality weight',
      qualityWeight,
      { side },
    ),
  ];
}

const CATEGORY_LABEL: Partial<Record<KeyInput['category'], string>> = {
  self_serve: 'Self-serve adoption',
  staffing: 'Staffing',
};

function refreshOwner(inputs: KeyInput[]): PitfallWarning[] {
  return inputs.flatMap((input) => {
    const category = CATEGORY_LABEL[input.category];
    const missing = listMissing([
      ['owner', blank(input.owner)],
      ['refresh cadence', input.refreshCadence === null],
    ]);
    return category && missing
      ? [
          warn('noRefreshOwner', 'keyInputs', 'pitfallNoRefreshOwner', input.parameter, undefined, {
            category,
            missing,
          }),
        ]
      : [];
  });
}

function governance(content: RecordContent): PitfallWarning[] {
  const out: PitfallWarning[] = [];
  if (content.governance.approvals.length === 0) {
    out.push(warn('noApprovals', 'governance', 'pitfallNoApprovals', ''));
  }
  if (content.ownership.reviewTriggers.length === 0) {
    out.push(warn('noReviewTriggers', 'ownership', 'pitfallNoReviewTriggers', ''));
  }
  return out;
}

function hardConstraints(content: RecordContent): PitfallWarning[] {
  const { selectedOptionId, hardConstraints: rules } = content.decision;
  const option = content.options.find((o) => o.id === selectedOptionId);
  if (!option) return [];
  return rules.flatMap((rule) => {
    const value = option.metrics.find((m) => m.metric === rule.metric)?.value;
    const details = { option: option.id, comparison: rule.comparison, threshold: rule.threshold };
    if (value === undefined || value === null) {
      return [
        warn(
          'uncheckedConstraint',
          'decision',
          'pitfallUncheckedConstraint',
          rule.metric,
          undefined,
          details,
        ),
      ];
    }
    return compare(value, rule.comparison, rule.threshold)
      ? []
      : [
          warn(
            'failsHardConstraint',
            'decision',
            'pitfallFailsHardConstraint',
            rule.metric,
            value,
            details,
          ),
        ];
  });
}

/**
 * Every pitfall the record falls into, in template order of the checks:
 * key inputs without owner, source or quality note; metrics baselined while
 * inputs are unvalidated; a quality weight ≤ 0.2 or ≥ 0.8 without rationale;
 * self-serve or staffing inputs without owner or refresh cadence; no
 * approvals; no review triggers; a selected option failing a hard constraint.
 * @param content the record content (sections 1–12)
 * @returns warnings, empty for a record that avoids every pitfall
 * @example checkPitfalls(emptyContent()).map((w) => w.code)
 * // ['noApprovals', 'noReviewTriggers']
 */
export function checkPitfalls(content: RecordContent): PitfallWarning[] {
  return [
    ...provenance(content.keyInputs),
    ...unvalidated(content),
    ...extremeWeight(content),
    ...refreshOwner(content.keyInputs),
    ...governance(content),
    ...hardConstraints(content),
  ];
}
