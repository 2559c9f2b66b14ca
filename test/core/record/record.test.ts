import {
  emptyRecord,
  parseRecord,
  publishVersion,
  serializeRecord,
  type DecisionRecord,
} from '../../../src/core/record';
import { completeContent } from './completeRecord';

function completeRecord(): DecisionRecord {
  const content = completeContent();
  const versions = publishVersion(
    [],
    content,
    'Alex Kim',
    'First draft',
    new Date(Date.UTC(2025, 3, 2, 9, 30)),
  );
  return { ...emptyRecord(), content, versions };
}

describe('serializeRecord and parseRecord', () => {
  it('round-trips a complete record to an equal object', () => {
    const record = completeRecord();
    expect(parseRecord(serializeRecord(record))).toEqual(record);
  });

  it('round-trips the empty record', () => {
    expect(parseRecord(serializeRecord(emptyRecord()))).toEqual(emptyRecord());
  });

  it('writes canonical JSON: sorted keys, no whitespace, same text twice', () => {
    const text = serializeRecord(completeRecord());
    expect(text.startsWith('{"content":{"assumptions":')).toBe(true);
    expect(text).not.toMatch(/": |, "/);
    expect(serializeRecord(parseRecord(text))).toBe(text);
  });

  it('keeps text that looks like a formula exactly as typed', () => {
    const record = completeRecord();
    record.content.objective.objective = '=HYPERLINK("x") +1 -2 @me';
    expect(parseRecord(serializeRecord(record)).content.objective.objective).toBe(
      '=HYPERLINK("x") +1 -2 @me',
    );
  });
});

describe('parseRecord', () => {
  it('names the field and the rule when a section is wrong', () => {
    const data = JSON.parse(serializeRecord(completeRecord()));
    data.content.decision.qualityWeight = 1.5;
    expect(() => parseRecord(JSON.stringify(data))).toThrow(
      /content\.decision\.qualityWeight: .*1/,
    );
  });

  it('refuses a date not written YYYY-MM-DD', () => {
    const data = JSON.parse(serializeRecord(completeRecord()));
    data.content.risks.nextReviewDate = '05/05/2025';
    expect(() => parseRecord(JSON.stringify(data))).toThrow(
      'content.risks.nextReviewDate: a date written YYYY-MM-DD',
    );
  });

  it('refuses a field the schema does not know (no free-form blobs)', () => {
    const data = JSON.parse(serializeRecord(emptyRecord()));
    data.content.scope.notes = { anything: 1 };
    expect(() => parseRecord(JSON.stringify(data))).toThrow(/content\.scope/);
  });

  it('refuses text that is not JSON, saying so', () => {
    expect(() => parseRecord('{"format":')).toThrow('its text is not JSON');
  });

  it('refuses a record of another format', () => {
    const data = { ...JSON.parse(serializeRecord(emptyRecord())), format: 'other' };
    expect(() => parseRecord(JSON.stringify(data))).toThrow(/format/);
  });
});
