/**
 * The decision record as stored in a workbook: the current content (the
 * draft being edited) plus the append-only version history. JSON in, JSON out,
 * validated by zod on every read.
 */
import { z } from 'zod';
import { fail } from '../errors';
import { canonicalJson } from './canonicalJson';
import { recordContent, type RecordContent } from './sections';

export const RECORD_FORMAT = 'lbf-decision-record';
export const RECORD_SCHEMA_VERSION = 1;

const hex64 = z.string().regex(/^[0-9a-f]{64}$/, { message: '64 lowercase hex digits' });

/** One published version: immutable, chained to the one before by its hash. */
export const recordVersion = z.strictObject({
  number: z.number().int().min(1),
  /** ISO 8601 UTC timestamp, e.g. `2025-03-31T14:05:00.000Z`. */
  timestamp: z.iso.datetime(),
  /** The author's name exactly as entered. */
  author: z.string().min(1),
  /** One line: what changed. */
  summary: z
    .string()
    .min(1)
    .regex(/^[^\r\n]*$/, { message: 'one line, no line breaks' }),
  content: recordContent,
  /** Hash of the previous version; 64 zeros for version 1. */
  previousHash: hex64,
  /** SHA-256 of the canonical JSON of this version's fields (see history.ts). */
  hash: hex64,
});

export const decisionRecord = z.strictObject({
  format: z.literal(RECORD_FORMAT),
  schemaVersion: z.literal(RECORD_SCHEMA_VERSION),
  content: recordContent,
  versions: z.array(recordVersion),
});

export type RecordVersion = z.infer<typeof recordVersion>;
export type DecisionRecord = z.infer<typeof decisionRecord>;

/**
 * A record with every section empty and no versions: the start of a new
 * decision. Defaults follow MODEL.md (quality weight 0.5).
 * @example emptyRecord().content.decision.qualityWeight // 0.5
 */
export function emptyRecord(): DecisionRecord {
  return {
    format: RECORD_FORMAT,
    schemaVersion: RECORD_SCHEMA_VERSION,
    content: emptyContent(),
    versions: [],
  };
}

/**
 * Content with every section empty.
 * @example emptyContent().options.length // 0
 */
export function emptyContent(): RecordContent {
  return {
    objective: { objective: '', decisionQuestion: '' },
    scope: { teams: [], channels: [], regions: [], horizonWeeks: 13 },
    metrics: [],
    keyInputs: [],
    assumptions: { assumptions: [], dataOwners: [], qualityGaps: [] },
    scenarios: { ranges: [], triggerPoints: [] },
    options: [],
    governance: { constraints: [], dependencies: [], approvals: [] },
    risks: { risks: [], monitoringCadence: null, nextReviewDate: null },
    decision: {
      qualityWeight: 0.5,
      qualityWeightRationale: '',
      switchingQualityWeight: null,
      hardConstraints: [],
      recommendation: '',
      selectedOptionId: null,
      rationale: '',
    },
    ownership: { owner: '', checkpoints: [], reviewTriggers: [] },
    evidence: [],
    model: {
      addinVersion: '',
      liveQueueModel: 'none',
      serviceLevelDefinition: '',
      units: '',
    },
  };
}

/**
 * Reads a record from JSON text, validating every section. Throws an LbfError
 * (badRecord) naming the first bad field and what it should be.
 * @example parseRecord(serializeRecord(emptyRecord())).versions.length // 0
 */
export function parseRecord(json: string): DecisionRecord {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    fail({
      code: 'badRecord',
      argument: 'The stored record',
      details: {
        reason: `its text is not JSON (${(e as Error).message})`,
      },
    });
  }
  const parsed = decisionRecord.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue.path.length ? issue.path.join('.') : 'the record';
    fail({
      code: 'badRecord',
      argument: 'The stored record',
      details: {
        reason: `${where}: ${issue.message}`,
      },
    });
  }
  return parsed.data;
}

/**
 * The record as canonical JSON text (sorted keys, no whitespace): what the
 * workbook stores. Validates first, so an invalid record is never stored.
 * @example serializeRecord(emptyRecord()).startsWith('{"content":') // true
 */
export function serializeRecord(record: DecisionRecord): string {
  return canonicalJson(parseRecord(JSON.stringify(record)));
}
