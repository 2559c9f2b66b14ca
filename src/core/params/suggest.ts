/**
 * Nearest-name suggestions for mistyped parameter and metric names.
 *
 * The distance is an edit distance in which the typed name may sit anywhere
 * inside the candidate at no cost for the candidate's extra leading or
 * trailing characters (a semi-global alignment, as in sequence matching).
 * Analysts tend to type a fragment of a long name (`aht_minute` for
 * `ticket_aht_minutes`), which a plain Levenshtein distance would rank below
 * short unrelated names. Ties go to the earlier name in the catalogue, which
 * lists the most used names first.
 */

/**
 * Edit distance of `typed` against the best-matching stretch of `candidate`.
 * @example fragmentDistance('aht_minute', 'ticket_aht_minutes') // 0: a fragment of it
 */
export function fragmentDistance(typed: string, candidate: string): number {
  let previous = new Array<number>(candidate.length + 1).fill(0);
  for (let i = 1; i <= typed.length; i += 1) {
    const current = new Array<number>(candidate.length + 1);
    current[0] = i;
    for (let j = 1; j <= candidate.length; j += 1) {
      const substitution = previous[j - 1] + (typed[i - 1] === candidate[j - 1] ? 0 : 1);
      current[j] = Math.min(substitution, previous[j] + 1, current[j - 1] + 1);
    }
    previous = current;
  }
  return Math.min(...previous);
}

/**
 * Plain Levenshtein distance (insert, delete, substitute all cost 1).
 * @example editDistance('kitten', 'sitting') // 3
 */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(substitution, previous[j] + 1, current[j - 1] + 1);
    }
    previous = current;
  }
  return previous[b.length];
}

/** Short fragments match too much by accident; below this use plain distance. */
const MIN_FRAGMENT_LENGTH = 4;

/**
 * The known name closest to `typed`, or undefined when nothing is close
 * (more than a third of the typed characters would have to change).
 * @param typed the name as normalised from the cell
 * @param names the known names, most used first
 * @example nearestName('aht_minute', ['ticket_aht_minutes', 'chat_aht_minutes'])
 * // 'ticket_aht_minutes'
 */
export function nearestName(typed: string, names: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestScore = Infinity;
  for (const name of names) {
    const score =
      typed.length >= MIN_FRAGMENT_LENGTH
        ? Math.min(fragmentDistance(typed, name), editDistance(typed, name))
        : editDistance(typed, name);
    if (score < bestScore) {
      best = name;
      bestScore = score;
    }
  }
  return bestScore <= Math.max(1, Math.floor(typed.length / 3)) ? best : undefined;
}

/**
 * Folds a typed name to catalogue form: "Inhouse FTE" → "inhouse_fte".
 * @example normalizeName(' Inhouse FTE ') // 'inhouse_fte'
 */
export function normalizeName(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}
