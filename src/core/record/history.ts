/**
 * The append-only version history. Each version's hash is the SHA-256 of the
 * canonical JSON of { number, timestamp, author, summary, content,
 * previousHash }, so changing any of them — or cutting a version out —
 * breaks the chain where it happened.
 */
import { fail } from '../errors';
import { canonicalJson } from './canonicalJson';
import { sha256Hex } from './sha256';
import type { RecordContent } from './sections';
import type { RecordVersion } from './record';

/** The previous hash of version 1. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * Hash of one version from its fields (its own `hash` field is not hashed).
 * @param version every field of a version but its hash
 * @returns 64 lowercase hex digits
 * @example const [v] = publishVersion([], emptyContent(), 'Ana', 'v1', new Date(0));
 * versionHash(v) === v.hash // true
 */
export function versionHash(version: Omit<RecordVersion, 'hash'>): string {
  const { number, timestamp, author, summary, content, previousHash } = version;
  return sha256Hex(canonicalJson({ number, timestamp, author, summary, content, previousHash }));
}

/**
 * Appends a new version holding a copy of `content`; never changes earlier
 * versions. Returns a new array.
 * @param history the versions so far (oldest first)
 * @param content the content being published
 * @param author name as entered; must not be blank
 * @param summary one line saying what changed; must not be blank
 * @param now publication time (stored as ISO 8601 UTC)
 * @returns history with one more version, numbered previous + 1
 * @example publishVersion([], content, 'Ana', 'First draft', new Date(0))[0].number // 1
 */
export function publishVersion(
  history: readonly RecordVersion[],
  content: RecordContent,
  author: string,
  summary: string,
  now: Date,
): RecordVersion[] {
  if (author.trim() === '') fail({ code: 'required', argument: 'Author' });
  if (summary.trim() === '') fail({ code: 'required', argument: 'Summary of changes' });
  if (/[\r\n]/.test(summary)) {
    fail({
      code: 'notText',
      argument: 'Summary of changes',
      value: summary,
      details: { hint: 'Write the summary on one line.' },
    });
  }
  const last = history[history.length - 1];
  const draft = {
    number: (last?.number ?? 0) + 1,
    timestamp: now.toISOString(),
    author,
    summary,
    // A deep copy: later edits to the draft must not reach a published version.
    content: JSON.parse(JSON.stringify(content)) as RecordContent,
    previousHash: last?.hash ?? GENESIS_HASH,
  };
  return [...history, { ...draft, hash: versionHash(draft) }];
}

/** Why a version fails verification. */
export type VersionProblemKind = 'contentChanged' | 'chainBroken' | 'misnumbered';

export interface VersionProblem {
  number: number;
  kind: VersionProblemKind;
  message: string;
}

export interface HistoryCheck {
  ok: boolean;
  problems: VersionProblem[];
}

/**
 * Checks every version: its hash matches its fields (else `contentChanged`),
 * its previous hash matches the version before (else `chainBroken`, e.g. a
 * version was removed or rewritten and rehashed), and numbers run 1, 2, 3 ….
 * @example verifyHistory(publishVersion([], c, 'Ana', 'v1', now)).ok // true
 */
export function verifyHistory(history: readonly RecordVersion[]): HistoryCheck {
  const problems: VersionProblem[] = [];
  history.forEach((version, i) => {
    const n = version.number;
    if (n !== i + 1) {
      problems.push({
        number: n,
        kind: 'misnumbered',
        message: `Version ${n} is in position ${i + 1}: a version was removed or reordered.`,
      });
    }
    const expectedPrevious = i === 0 ? GENESIS_HASH : history[i - 1].hash;
    if (version.previousHash !== expectedPrevious) {
      problems.push({
        number: n,
        kind: 'chainBroken',
        message: `Version ${n} does not follow the version before it: the history was edited.`,
      });
    }
    if (versionHash(version) !== version.hash) {
      problems.push({
        number: n,
        kind: 'contentChanged',
        message: `Version ${n} no longer matches its hash: it was changed after publishing.`,
      });
    }
  });
  return { ok: problems.length === 0, problems };
}
