import type { CompiledProblem } from '../compile-problem.js';
import { InterpreterTeamUse } from './interpreter-team-use.js';

/**
 * Every set of sessions that can share one slot: at most one per room, nobody in two of them, a plenary
 * alone, no language needing more interpreters than its teams (the empty set included). Per slot, only sessions with an admissible placement covering it
 * (`present`). Null once `budget` sets are exceeded: too many to hand the MIP.
 * @example
 * slotPatterns(compiled, [[0, 1, 2]], 1000) // slot 0 with 2 rooms: [[], [0], [0, 1], [0, 2], [1], [1, 2], [2]] minus conflicts
 */
export function slotPatterns(compiled: CompiledProblem, present: readonly (readonly number[])[], budget: number): number[][][] | null {
  const byRooms = compiled.roomCount;
  const all: number[][][] = [];
  let count = 0;
  for (const candidates of present) {
    const patterns: number[][] = [];
    const busy = new Set<number>();
    const teams = new InterpreterTeamUse(compiled);
    const chosen: number[] = [];
    const extend = (from: number): boolean => {
      patterns.push([...chosen]);
      if (++count > budget) return false;
      if (chosen.length === byRooms || (chosen.length > 0 && compiled.plenary[chosen[0]!] === 1)) return true;
      for (let k = from; k < candidates.length; k++) {
        const i = candidates[k]!;
        if (chosen.length > 0 && compiled.plenary[i] === 1) continue;
        const people = compiled.peopleOf[i]!;
        if (people.some((p) => busy.has(p)) || !teams.fits(i)) continue;
        chosen.push(i);
        for (const p of people) busy.add(p);
        teams.add(i);
        const fits = extend(k + 1);
        teams.remove(i);
        for (const p of people) busy.delete(p);
        chosen.pop();
        if (!fits) return false;
      }
      return true;
    };
    // A plenary first in `chosen` stops the set growing; one met later is skipped above.
    if (!extend(0)) return null;
    all.push(patterns);
  }
  return all;
}
