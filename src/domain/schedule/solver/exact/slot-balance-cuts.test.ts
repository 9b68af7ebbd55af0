import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { balancedSlotCuts } from './slot-balance-cuts.js';

const squaredDeviation = (load: number, mean: number): number => (load - mean) ** 2;
const lowest = (cuts: { slope: number; intercept: number }[], load: number): number => Math.max(...cuts.map((c) => c.slope * load + c.intercept));

describe('cuts for the balanced-slots square', () => {
  it('equal (load − mean)² at every load a slot can have (sums of attendances)', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 1, max: 40 }).map((a) => a * 5), { minLength: 1, maxLength: 6 }), fc.integer({ min: 1, max: 200 }), (attendances, mean) => {
      const maxLoad = attendances.reduce((sum, a) => sum + a, 0);
      const { cuts, exact } = balancedSlotCuts(mean, attendances, maxLoad);
      expect(exact).toBe(true);
      for (let mask = 0; mask < 1 << attendances.length; mask++) {
        const load = attendances.reduce((sum, a, k) => sum + (mask & (1 << k) ? a : 0), 0);
        expect(lowest(cuts, load)).toBeCloseTo(squaredDeviation(load, mean), 6);
      }
    }));
  });

  it('bound the square from below with tangents when the lattice is too fine', () => {
    const { cuts, exact } = balancedSlotCuts(50, [Math.PI, Math.E], 100, 50);
    expect(exact).toBe(false);
    for (let load = 0; load <= 100; load += 0.37) expect(lowest(cuts, load)).toBeLessThanOrEqual(squaredDeviation(load, 50) + 1e-9);
  });
});
