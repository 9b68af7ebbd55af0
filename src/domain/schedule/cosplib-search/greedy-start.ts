import type { CosplibSearchState } from './search-state.js';

/**
 * Places the most constrained talks first (most slots, then fewest sessions free of penalty) each into
 * the cell where it adds least to the objective, so forbidden sessions and rooms are avoided from the
 * start. Talks that fit nowhere stay unplaced for the search's ejection moves.
 */
export function greedyStart(state: CosplibSearchState): void {
  const { instance } = state.compiled;
  const freeSessions = instance.submissions.map((submission) =>
    instance.sessions.filter((_, s) => submission.sessionPenalty[s] === 0 && instance.trackSessionPenalty[submission.track]![s] === 0).length);
  const order = instance.submissions.map((_, i) => i)
    .sort((a, b) => state.required(b) - state.required(a) || freeSessions[a]! - freeSessions[b]! || a - b);
  for (const i of order) {
    const t = state.trackOf(i);
    let bestCell = -1;
    let bestCost = Infinity;
    for (let cell = 0; cell < state.S * state.R; cell++) {
      if (!state.fits(i, cell)) continue;
      const s = Math.floor(cell / state.R);
      const savedSession = state.sessionCost[s]!;
      const savedTrack = state.trackCost[t]!;
      const before = savedSession + savedTrack;
      state.insert(i, cell);
      state.rescore([s], [t]);
      const cost = state.sessionCost[s]! + state.trackCost[t]! - before;
      state.remove(i);
      state.sessionCost[s] = savedSession;
      state.trackCost[t] = savedTrack;
      if (cost < bestCost) { bestCost = cost; bestCell = cell; }
    }
    if (bestCell < 0) continue;
    state.insert(i, bestCell);
    state.rescore([Math.floor(bestCell / state.R)], [t]);
  }
}
