import { erlangB } from '../../../src/core/queueing';
import reference from './fixtures/reference.json';

describe('erlangB', () => {
  // Hand arithmetic with the recursion B(k) = A·B(k−1) / (k + A·B(k−1)):
  // B(1, 1) = 1 / (1 + 1) = 0.5; B(2, 1) = 0.5 / (2 + 0.5) = 0.2.
  it.each([
    [1, 1, 0.5],
    [2, 1, 0.2],
    [0, 5, 1],
  ])('B(%d servers, %d Erlangs) is %d by hand', (servers, load, expected) => {
    expect(erlangB(servers, load)).toBeCloseTo(expected, 15);
  });

  it('needs 17 lines for 2 % blocking at 10 Erlangs (standard Erlang B tables)', () => {
    expect(erlangB(16, 10)).toBeGreaterThan(0.02);
    expect(erlangB(17, 10)).toBeLessThanOrEqual(0.02);
    // Erlang B table value for 17 lines at 10 Erlangs: 0.01295.
    expect(erlangB(17, 10)).toBeCloseTo(0.01295, 5);
  });

  it.each([
    [32.4, 30, 0.0897575],
    [17.44497, 10, 0.01],
  ])('continuous extension: %d servers at %d Erlangs block %d (issue 2)', (n, load, b) => {
    expect(erlangB(n, load)).toBeCloseTo(b, 7);
  });

  it.each(reference.erlangB)(
    'matches A^x·e^−A / Γ(x+1, A) from mpmath at $servers servers, $loadErlangs Erlangs',
    ({ servers, loadErlangs, blocking }) => {
      expect(Math.abs(erlangB(servers, loadErlangs) / blocking - 1)).toBeLessThan(1e-12);
    },
  );

  it('is continuous at whole numbers and falls as servers rise', () => {
    const load = 12.3;
    for (let n = 1; n <= 30; n += 1) {
      // Just either side of an integer: within 1e-6 of the integer value.
      expect(Math.abs(erlangB(n - 1e-9, load) - erlangB(n, load))).toBeLessThan(1e-6);
      expect(Math.abs(erlangB(n + 1e-9, load) - erlangB(n, load))).toBeLessThan(1e-6);
    }
    let previous = erlangB(0, load);
    for (let n = 0.05; n <= 30; n += 0.05) {
      const next = erlangB(n, load);
      expect(next).toBeLessThan(previous);
      previous = next;
    }
  });

  it('holds at 10,000+ servers without overflow', () => {
    const b = erlangB(20000, 19000);
    expect(Number.isFinite(b)).toBe(true);
    expect(b).toBeGreaterThan(0);
    expect(b).toBeLessThan(0.01);
  });

  it('is 0 with no load and at least one server', () => {
    expect(erlangB(3, 0)).toBe(0);
    expect(erlangB(0, 0)).toBe(1);
  });
});
