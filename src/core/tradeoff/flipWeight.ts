/**
 * Scores are linear in the quality weight w: score(w) = E + w·(Q − E), with
 * E the efficiency index and Q the quality index (MODEL.md section 4). So the
 * weights where the best option changes are where two lines cross, found
 * exactly by solving E_r + w·s_r = E_j + w·s_j (s = Q − E); no scanning.
 */

/** One option's score line. */
export interface ScoreLine {
  /** Efficiency index, 0–100: the score at w = 0. */
  efficiencyIndex: number;
  /** Quality index, 0–100: the score at w = 1. */
  qualityIndex: number;
}

/** Where the recommendation changes, and to which option (by index). */
export interface Flip {
  /** Quality weight in [0, 1] at which the other option's score reaches the recommended one's. */
  weight: number;
  /** Index of the option recommended just past that weight. */
  to: number;
}

/**
 * The score of an option at quality weight w.
 * @param line efficiency and quality indices, 0–100
 * @param weight quality weight in [0, 1]
 * @returns score, 0–100
 * @example scoreAt({ efficiencyIndex: 100, qualityIndex: 70 }, 0.6) // 82
 */
export function scoreAt(line: ScoreLine, weight: number): number {
  return weight * line.qualityIndex + (1 - weight) * line.efficiencyIndex;
}

/**
 * Index of the best option at a weight among the eligible ones; ties go to
 * the first listed, so the answer does not depend on rounding noise order.
 * @param lines score lines of all options
 * @param eligible indices allowed (those meeting the hard constraints)
 * @param weight quality weight in [0, 1]
 * @returns the index, or undefined when nothing is eligible
 * @example bestAt([{ efficiencyIndex: 1, qualityIndex: 0 }], [0], 0.5) // 0
 */
export function bestAt(
  lines: readonly ScoreLine[],
  eligible: readonly number[],
  weight: number,
): number | undefined {
  let best: number | undefined;
  for (const i of eligible) {
    if (best === undefined || scoreAt(lines[i], weight) > scoreAt(lines[best], weight)) best = i;
  }
  return best;
}

/**
 * The nearest weights above and below `weight` at which the recommended
 * option stops being the best: the first crossing of its score line by
 * another eligible line. Past a crossing, the line with the steeper slope
 * (going up) or the shallower one (going down) takes over.
 * @param lines score lines of all options
 * @param eligible indices meeting the hard constraints
 * @param recommended index recommended at `weight`
 * @param weight quality weight in [0, 1]
 * @returns the flip above and below, each undefined when none lies in [0, 1]
 * @example
 * flipWeights([{ efficiencyIndex: 100, qualityIndex: 70 },
 *   { efficiencyIndex: 80, qualityIndex: 90 }], [0, 1], 1, 0.6).below // { weight: 0.5, to: 0 }
 */
export function flipWeights(
  lines: readonly ScoreLine[],
  eligible: readonly number[],
  recommended: number,
  weight: number,
): { above?: Flip; below?: Flip } {
  return {
    above: nearestFlip(lines, eligible, recommended, weight, 1),
    below: nearestFlip(lines, eligible, recommended, weight, -1),
  };
}

function slope(line: ScoreLine): number {
  return line.qualityIndex - line.efficiencyIndex;
}

function nearestFlip(
  lines: readonly ScoreLine[],
  eligible: readonly number[],
  r: number,
  weight: number,
  way: 1 | -1,
): Flip | undefined {
  let found: Flip | undefined;
  for (const j of eligible) {
    const gain = way * (slope(lines[j]) - slope(lines[r]));
    if (j === r || gain <= 0) continue;
    const crossing =
      (lines[r].efficiencyIndex - lines[j].efficiencyIndex) / (slope(lines[j]) - slope(lines[r]));
    // The recommended line is best at `weight`, so a crossing lies on the far
    // side of it; clamping absorbs rounding when two lines tie at `weight`.
    const at = way > 0 ? Math.max(crossing, weight) : Math.min(crossing, weight);
    if (at < 0 || at > 1) continue;
    // A tie at w = 0 or 1 changes nothing unless the other option wins ties.
    if ((way > 0 ? at >= 1 : at <= 0) && j > r) continue;
    if (!found || way * (at - found.weight) < 0 || (at === found.weight && steeper(j))) {
      found = { weight: at, to: j };
    }
  }
  return found;

  function steeper(j: number): boolean {
    return way * (slope(lines[j]) - slope(lines[(found as Flip).to])) > 0;
  }
}
