/** z ≥ slope × load + intercept. */
export interface Cut {
  slope: number;
  intercept: number;
}

/** Beyond this many lattice points per slot the cuts are tangents on a grid (a lower bound, not exact). */
export const maxBreakpointsPerSlot = 4000;

/**
 * Linear cuts whose maximum is (load − mean)² at every load a slot can have, so that the balanced-slots
 * term (squared, so not linear) is exact in the MIP. Loads are sums of expected attendances, hence
 * multiples of their greatest common divisor: secants between consecutive multiples up to `maxLoad` are
 * exact at every one of them (a convex function's secant lies below it outside its own interval) and
 * tighter than tangents between them. When attendances have no usable common divisor or the lattice is
 * too fine, tangents at evenly spaced loads bound the term from below instead (`exact: false`).
 * @example
 * balancedSlotCuts(10, [4, 6], 10) // secants through loads 0, 2, 4, …, 10 of (load − 10)²
 */
export function balancedSlotCuts(mean: number, attendances: readonly number[], maxLoad: number, limit = maxBreakpointsPerSlot): { cuts: Cut[]; exact: boolean } {
  const f = (load: number): number => (load - mean) * (load - mean);
  if (maxLoad <= 0) return { cuts: [{ slope: 0, intercept: f(0) }], exact: true };
  const unit = latticeUnit(attendances);
  if (unit !== null && maxLoad / unit + 1 <= limit) {
    const cuts: Cut[] = [];
    const steps = Math.round(maxLoad / unit);
    for (let k = 0; k < steps; k++) {
      const p = k * unit;
      const q = (k + 1) * unit;
      const slope = (f(q) - f(p)) / (q - p);
      cuts.push({ slope, intercept: f(p) - slope * p });
    }
    return { cuts: cuts.length > 0 ? cuts : [{ slope: 0, intercept: f(0) }], exact: true };
  }
  const cuts: Cut[] = [];
  for (let k = 0; k < limit; k++) {
    const p = (maxLoad * k) / (limit - 1);
    const slope = 2 * (p - mean);
    cuts.push({ slope, intercept: f(p) - slope * p });
  }
  return { cuts, exact: false };
}

/** The largest g with every attendance a whole multiple of g (decimal attendances up to 6 places), or null. */
function latticeUnit(attendances: readonly number[]): number | null {
  for (let places = 0; places <= 6; places++) {
    const scale = 10 ** places;
    const scaled = attendances.map((a) => a * scale);
    if (!scaled.every((a) => Math.abs(a - Math.round(a)) < 1e-9 * Math.max(1, Math.abs(a)))) continue;
    let divisor = 0;
    for (const a of scaled) divisor = gcd(divisor, Math.abs(Math.round(a)));
    return divisor === 0 ? null : divisor / scale;
  }
  return null;
}

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}
