import { createHash } from 'node:crypto';
import {
  GENESIS_HASH,
  canonicalJson,
  emptyContent,
  publishVersion,
  verifyHistory,
  type RecordVersion,
} from '../../../src/core/record';
import { completeContent } from './completeRecord';

const T1 = new Date(Date.UTC(2025, 3, 1, 8, 0));
const T2 = new Date(Date.UTC(2025, 3, 2, 8, 0));
const T3 = new Date(Date.UTC(2025, 3, 3, 8, 0));

function threeVersions(): RecordVersion[] {
  const c1 = emptyContent();
  const c2 = completeContent();
  const c3 = {
    ...completeContent(),
    decision: { ...completeContent().decision, selectedOptionId: 'C' },
  };
  let h = publishVersion([], c1, 'Ana', 'Started the record', T1);
  h = publishVersion(h, c2, 'Ben', 'Filled every section', T2);
  return publishVersion(h, c3, 'Ana', 'Selected C', T3);
}

describe('publishVersion', () => {
  it('numbers versions 1, 2, 3 and chains each to the previous hash', () => {
    const h = threeVersions();
    expect(h.map((v) => v.number)).toEqual([1, 2, 3]);
    expect(h[0].previousHash).toBe(GENESIS_HASH);
    expect(h[1].previousHash).toBe(h[0].hash);
    expect(h[2].previousHash).toBe(h[1].hash);
  });

  it('hashes the canonical JSON of the version fields (checked by node:crypto)', () => {
    const [v] = publishVersion([], emptyContent(), 'Ana', 'Started', T1);
    const text = canonicalJson({
      number: 1,
      timestamp: '2025-04-01T08:00:00.000Z',
      author: 'Ana',
      summary: 'Started',
      content: emptyContent(),
      previousHash: '0'.repeat(64),
    });
    expect(v.hash).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
  });

  it('keeps the author as entered and the timestamp as ISO UTC', () => {
    const [v] = publishVersion([], emptyContent(), "  dana o'neil ", 'x', T1);
    expect([v.author, v.timestamp]).toEqual(["  dana o'neil ", '2025-04-01T08:00:00.000Z']);
  });

  it('never changes earlier versions, and later edits to the draft do not reach them', () => {
    const content = completeContent();
    const h1 = publishVersion([], content, 'Ana', 'v1', T1);
    const frozen = JSON.stringify(h1);
    content.objective.objective = 'changed afterwards';
    const h2 = publishVersion(h1, content, 'Ana', 'v2', T2);
    expect(JSON.stringify(h1)).toBe(frozen);
    expect(h2[0]).toEqual(h1[0]);
    expect(verifyHistory(h2).ok).toBe(true);
  });

  it.each([
    ['a blank author', ' ', 'ok', 'Author is required'],
    ['a blank summary', 'Ana', '', 'Summary of changes is required'],
    ['a two-line summary', 'Ana', 'one\ntwo', 'Write the summary on one line'],
  ])('refuses %s', (_case, author, summary, message) => {
    expect(() => publishVersion([], emptyContent(), author, summary, T1)).toThrow(message);
  });
});

describe('verifyHistory', () => {
  it('passes an untouched history', () => {
    expect(verifyHistory(threeVersions())).toEqual({ ok: true, problems: [] });
  });

  it('names the version whose content was changed after publishing, and only it', () => {
    const h = threeVersions();
    h[1].content.scope.horizonWeeks = 5;
    const check = verifyHistory(h);
    expect(check.ok).toBe(false);
    expect(check.problems.map((p) => [p.number, p.kind])).toEqual([[2, 'contentChanged']]);
  });

  it.each([
    [
      'author',
      (v: RecordVersion) => {
        v.author = 'Mallory';
      },
    ],
    [
      'summary',
      (v: RecordVersion) => {
        v.summary = 'Nothing changed';
      },
    ],
    [
      'timestamp',
      (v: RecordVersion) => {
        v.timestamp = '2025-01-01T00:00:00.000Z';
      },
    ],
  ])('names version 3 when its %s is edited', (_field, tamper) => {
    const h = threeVersions();
    tamper(h[2]);
    expect(verifyHistory(h).problems.map((p) => [p.number, p.kind])).toEqual([
      [3, 'contentChanged'],
    ]);
  });

  it('notices a rewritten and rehashed version through the next link', () => {
    const h = threeVersions();
    const forged = publishVersion(h.slice(0, 1), completeContent(), 'Mallory', 'Forged', T2)[1];
    h[1] = forged;
    expect(verifyHistory(h).problems.map((p) => [p.number, p.kind])).toEqual([[3, 'chainBroken']]);
  });

  it('notices a removed version', () => {
    const h = threeVersions();
    const kinds = verifyHistory([h[0], h[2]]).problems.map((p) => [p.number, p.kind]);
    expect(kinds).toEqual([
      [3, 'misnumbered'],
      [3, 'chainBroken'],
    ]);
  });
});
