import { checkPitfalls, emptyContent, type RecordContent } from '../../../src/core/record';
import { completeContent } from './completeRecord';

type Tweak = (c: RecordContent) => void;
const codes = (c: RecordContent) => checkPitfalls(c).map((w) => [w.code, w.subject]);

function withTweak(tweak: Tweak): RecordContent {
  const content = completeContent();
  tweak(content);
  return content;
}

describe('checkPitfalls', () => {
  it('flags only the missing approvals and triggers of an empty record', () => {
    expect(codes(emptyContent())).toEqual([
      ['noApprovals', ''],
      ['noReviewTriggers', ''],
    ]);
  });

  it('stays quiet on a clean, complete record', () => {
    expect(checkPitfalls(completeContent())).toEqual([]);
  });

  it.each<[string, Tweak, [string, string][]]>([
    [
      'a key input without owner',
      (c) => {
        c.keyInputs[2].owner = '';
      },
      [['inputProvenance', 'inhouse_escalation_rate']],
    ],
    [
      'a key input without source',
      (c) => {
        c.keyInputs[2].source = ' ';
      },
      [['inputProvenance', 'inhouse_escalation_rate']],
    ],
    [
      'a key input without quality note',
      (c) => {
        c.keyInputs[2].qualityNote = '';
      },
      [['inputProvenance', 'inhouse_escalation_rate']],
    ],
    [
      'baselined metrics with an unvalidated input',
      (c) => {
        c.keyInputs[0].validated = false;
      },
      [['unvalidatedInputs', 'self_serve_adoption']],
    ],
    [
      'a quality weight of exactly 0.2 without rationale',
      (c) => {
        c.decision.qualityWeight = 0.2;
      },
      [['extremeQualityWeight', 'The quality weight']],
    ],
    [
      'a quality weight of exactly 0.8 without rationale',
      (c) => {
        c.decision.qualityWeight = 0.8;
      },
      [['extremeQualityWeight', 'The quality weight']],
    ],
    [
      'a self-serve input without refresh cadence',
      (c) => {
        c.keyInputs[0].refreshCadence = null;
      },
      [['noRefreshOwner', 'self_serve_adoption']],
    ],
    [
      'no approvals',
      (c) => {
        c.governance.approvals = [];
      },
      [['noApprovals', '']],
    ],
    [
      'no review triggers',
      (c) => {
        c.ownership.reviewTriggers = [];
      },
      [['noReviewTriggers', '']],
    ],
    [
      'a selected option over the cost ceiling',
      (c) => {
        c.decision.hardConstraints[0].threshold = 21_000;
      },
      [['failsHardConstraint', 'cost_per_week']],
    ],
    [
      'a hard constraint on a metric the option lacks',
      (c) => {
        c.decision.hardConstraints[0].metric = 'backlog_end';
      },
      [['uncheckedConstraint', 'backlog_end']],
    ],
  ])('fires on %s', (_case, tweak, expected) => {
    expect(codes(withTweak(tweak))).toEqual(expected);
  });

  it('raises both provenance and refresh warnings for a staffing input with no owner', () => {
    expect(
      codes(
        withTweak((c) => {
          c.keyInputs[1].owner = '';
        }),
      ),
    ).toEqual([
      ['inputProvenance', 'inhouse_fte'],
      ['noRefreshOwner', 'inhouse_fte'],
    ]);
  });

  it.each([
    ['0.21, just inside the low edge', 0.21],
    ['0.79, just inside the high edge', 0.79],
  ])('accepts a quality weight of %s without rationale', (_case, weight) => {
    expect(
      codes(
        withTweak((c) => {
          c.decision.qualityWeight = weight;
        }),
      ),
    ).toEqual([]);
  });

  it('accepts an extreme quality weight once a rationale is written', () => {
    expect(
      codes(
        withTweak((c) => {
          c.decision.qualityWeight = 0.9;
          c.decision.qualityWeightRationale = 'Regulator fines on late responses';
        }),
      ),
    ).toEqual([]);
  });

  it('does not ask escalation inputs for a refresh cadence', () => {
    expect(
      codes(
        withTweak((c) => {
          c.keyInputs[2].refreshCadence = null;
        }),
      ),
    ).toEqual([]);
  });

  it('does not flag unvalidated inputs while no metric is baselined', () => {
    expect(
      codes(
        withTweak((c) => {
          c.keyInputs[0].validated = false;
          for (const m of c.metrics) m.baseline = null;
        }),
      ),
    ).toEqual([]);
  });

  it('accepts a selected option exactly at a <= ceiling (22,000 <= 22,000)', () => {
    expect(
      codes(
        withTweak((c) => {
          c.options[1].metrics[0].value = 22_000;
        }),
      ),
    ).toEqual([]);
  });

  it('writes a message that names what is missing and the value involved', () => {
    const [provenance] = checkPitfalls(
      withTweak((c) => {
        c.keyInputs[2].owner = '';
        c.keyInputs[2].source = '';
      }),
    );
    expect(provenance.message).toBe(
      'Key input inhouse_escalation_rate has no owner or source. ' +
        'Record who owns it, where it comes from and how reliable it is.',
    );
    const [constraint] = checkPitfalls(
      withTweak((c) => {
        c.options[1].metrics[0].value = 23_000;
      }),
    );
    expect(constraint.message).toBe(
      'The selected option B fails the hard constraint cost_per_week <= 22000: it has 23000.',
    );
  });
});
