import type { CompiledProblem } from '../solver/compile-problem.js';
import type { Placement } from '../solver/model.js';
import type { ExtraCostTerm } from '../solver/solve.js';

/**
 * A soft cost of `weight` for each session away from where it stood, so a re-solve repairs the
 * schedule by moving as few sessions as it can. Sessions that had no place are free to go anywhere.
 *
 * @example
 *   solveSchedule(problem, { extraTerm: stabilityTerm(currentPlacements, 1_000) });
 */
export function stabilityTerm(initial: Placement[], weight: number): (compiled: CompiledProblem) => ExtraCostTerm {
  return (compiled) => {
    const homeStart = new Int32Array(compiled.sessionCount).fill(-1);
    const homeRoom = new Int32Array(compiled.sessionCount).fill(-1);
    let anchored = 0;
    for (const placement of initial) {
      const session = compiled.sessionIndex.get(placement.sessionId);
      const start = compiled.slotIndex.get(placement.slotId);
      const room = compiled.roomIndex.get(placement.roomId);
      if (session === undefined || start === undefined || room === undefined) continue;
      homeStart[session] = start;
      homeRoom[session] = room;
      anchored++;
    }
    // Every anchored session starts away (unplaced); each one placed at home takes its cost back.
    let atHome = 0;
    const isHome = (session: number, start: number, room: number) => homeStart[session] === start && homeRoom[session] === room;
    return {
      place(session, start, room) {
        if (isHome(session, start, room)) atHome++;
      },
      remove(session, start, room) {
        if (isHome(session, start, room)) atHome--;
      },
      hard: () => 0,
      soft: () => weight * (anchored - atHome),
    };
  };
}
