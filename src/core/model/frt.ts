/**
 * First response time of a fluid FIFO queue over one week (MODEL.md section 2).
 *
 * Over a week of T business hours, tickets arrive at rate a, tier 1 serves at
 * rate c (tickets per hour), and b tickets wait at the start. A ticket that
 * arrives at τ waits w(τ) = max(0, b + (a − c)·τ) / c hours: the queue ahead of
 * it, cleared at rate c. Averaging w over τ ∈ [0, T] has three regimes:
 * 1. a ≥ c: the queue never shrinks, mean = (b + (a − c)·T/2) / c;
 * 2. a < c and the queue empties at τ* = b / (c − a) < T: the wait is a
 *    triangle of height b/c and base τ*, mean = b·τ* / (2·c·T);
 * 3. a < c and τ* ≥ T: the queue shrinks but never empties, mean as in 1.
 */

/**
 * Mean fluid wait of the week's arrivals, hours; null when it is unbounded
 * (no service, c = 0, while work waits or arrives).
 * @param backlogTickets b ≥ 0, tickets waiting at the week's start
 * @param arrivalsPerHour a ≥ 0, tickets per business hour
 * @param servicePerHour c ≥ 0, tickets tier 1 can handle per business hour
 * @param weekHours T > 0, business hours in the week
 * @returns mean wait in hours (frt_floor_hours not included), or null
 * @example fluidMeanWaitHours(100, 10, 20, 40) // 100·10/(2·20·40) = 0.625
 */
export function fluidMeanWaitHours(
  backlogTickets: number,
  arrivalsPerHour: number,
  servicePerHour: number,
  weekHours: number,
): number | null {
  const b = backlogTickets;
  const net = arrivalsPerHour - servicePerHour;
  if (servicePerHour <= 0) return b > 0 || arrivalsPerHour > 0 ? null : 0;
  if (net >= 0) return (b + (net * weekHours) / 2) / servicePerHour;
  const drainHours = b / -net;
  if (drainHours < weekHours) return (b * drainHours) / (2 * servicePerHour * weekHours);
  return (b + (net * weekHours) / 2) / servicePerHour;
}

/**
 * Share of the week's arrival instants whose first response (fluid wait plus
 * the pickup floor) is within the target: the τ with b + (a − c)·τ ≤ k·c,
 * k = target − floor, form one interval of [0, T].
 * @param backlogTickets b ≥ 0; @param arrivalsPerHour a ≥ 0
 * @param servicePerHour c ≥ 0; @param weekHours T > 0
 * @param slackHours k = frt_target_hours − frt_floor_hours (may be negative)
 * @returns share in [0, 1]
 * @example fluidAttainmentShare(0, 30, 20, 40, 2) // τ ≤ 2·20/10 = 4 h of 40: 0.1
 */
export function fluidAttainmentShare(
  backlogTickets: number,
  arrivalsPerHour: number,
  servicePerHour: number,
  weekHours: number,
  slackHours: number,
): number {
  if (slackHours < 0) return 0;
  const b = backlogTickets;
  const a = arrivalsPerHour;
  const c = servicePerHour;
  if (c <= 0) return b > 0 || a > 0 ? 0 : 1;
  const room = slackHours * c - b;
  if (a > c) return clampShare(room / (a - c) / weekHours);
  if (a < c) return 1 - clampShare(-room / (c - a) / weekHours);
  return room >= 0 ? 1 : 0;
}

function clampShare(x: number): number {
  return x <= 0 ? 0 : x >= 1 ? 1 : x;
}
