import type { CosplibSearchState } from './search-state.js';

/**
 * The search's neighbourhood, each move valid by construction: relocate a talk (to a cell of its track or
 * an empty one), swap two talks of one track, reorder a talk inside its cell, swap the whole contents of
 * two cells (a track block to another room or session), and for unplaced talks an ejection (the talk
 * takes a cell, whose talks leave). A move returns the touched cells, or null when it found nothing to do.
 */
export type MoveKind = 'relocate' | 'swap-talks' | 'reorder' | 'swap-cells' | 'eject';

export interface AppliedMove {
  cells: number[];
  /** Snapshot of the touched cells, for undo. */
  before: { subs: number[]; track: number; used: number }[];
  unplaced: number;
  tracks: Set<number>;
  /** Costs of the touched sessions and tracks before the move, for undo. */
  savedSessions: [number, number][];
  savedTracks: [number, number][];
}

export class MoveMaker {
  private readonly byTrack: number[][];

  constructor(private readonly state: CosplibSearchState, private readonly random: () => number) {
    this.byTrack = Array.from({ length: state.T }, () => []);
    for (let i = 0; i < state.n; i++) this.byTrack[state.trackOf(i)]!.push(i);
  }

  private pick(below: number): number {
    return Math.floor(this.random() * below);
  }

  /** Applies a random move and re-scores what it touched; the caller keeps it or calls {@link undo}. */
  apply(): AppliedMove | null {
    const { state } = this;
    if (state.unplaced > 0 && this.random() < 0.5) return this.ejectInto();
    const roll = this.random();
    if (roll < 0.4) return this.relocate();
    if (roll < 0.65) return this.swapTalks();
    if (roll < 0.75) return this.reorder();
    return this.swapCells();
  }

  undo(move: AppliedMove): void {
    const { state } = this;
    for (const cell of move.cells) for (const i of state.cellSubs[cell]!) state.subCell[i] = -1;
    move.cells.forEach((cell, index) => {
      const saved = move.before[index]!;
      state.cellSubs[cell] = saved.subs;
      state.cellTrack[cell] = saved.track;
      state.cellUsed[cell] = saved.used;
      for (const i of saved.subs) state.subCell[i] = cell;
    });
    state.unplaced = move.unplaced;
    for (const [s, cost] of move.savedSessions) state.sessionCost[s] = cost;
    for (const [t, cost] of move.savedTracks) state.trackCost[t] = cost;
  }

  private begin(cells: number[]): AppliedMove {
    const { state } = this;
    const unique = [...new Set(cells)];
    const tracks = new Set<number>();
    for (const cell of unique) if (state.cellTrack[cell]! >= 0) tracks.add(state.cellTrack[cell]!);
    return {
      cells: unique,
      before: unique.map((cell) => ({ subs: [...state.cellSubs[cell]!], track: state.cellTrack[cell]!, used: state.cellUsed[cell]! })),
      unplaced: state.unplaced,
      tracks,
      savedSessions: [],
      savedTracks: [],
    };
  }

  /** Re-scores the sessions and tracks of the touched cells, before and after the move. */
  finish(move: AppliedMove): void {
    const { state } = this;
    const sessions = new Set<number>();
    for (const cell of move.cells) {
      sessions.add(Math.floor(cell / state.R));
      if (state.cellTrack[cell]! >= 0) move.tracks.add(state.cellTrack[cell]!);
    }
    for (const s of sessions) move.savedSessions.push([s, state.sessionCost[s]!]);
    for (const t of move.tracks) move.savedTracks.push([t, state.trackCost[t]!]);
    state.rescore(sessions, move.tracks);
  }

  private randomPlaced(): number {
    const { state } = this;
    for (let attempt = 0; attempt < 50; attempt++) {
      const i = this.pick(state.n);
      if (state.subCell[i]! >= 0) return i;
    }
    return -1;
  }

  private relocate(): AppliedMove | null {
    const { state } = this;
    const i = this.randomPlaced();
    if (i < 0) return null;
    const from = state.subCell[i]!;
    for (let attempt = 0; attempt < 20; attempt++) {
      const to = this.pick(state.S * state.R);
      if (to === from || !state.fits(i, to)) continue;
      const move = this.begin([from, to]);
      state.remove(i);
      state.insert(i, to, this.pick(state.cellSubs[to]!.length + 1));
      this.finish(move);
      return move;
    }
    return null;
  }

  private swapTalks(): AppliedMove | null {
    const { state } = this;
    const i = this.randomPlaced();
    if (i < 0) return null;
    const mates = this.byTrack[state.trackOf(i)]!;
    const j = mates[this.pick(mates.length)]!;
    const a = state.subCell[i]!;
    const b = state.subCell[j]!;
    if (j === i || b < 0 || a === b) return null;
    const di = state.required(i);
    const dj = state.required(j);
    if (state.cellUsed[a]! - di + dj > state.capacity(a) || state.cellUsed[b]! - dj + di > state.capacity(b)) return null;
    const move = this.begin([a, b]);
    const pi = state.remove(i);
    const pj = state.remove(j);
    state.insert(j, a, pi);
    state.insert(i, b, pj);
    this.finish(move);
    return move;
  }

  private reorder(): AppliedMove | null {
    const { state } = this;
    const i = this.randomPlaced();
    if (i < 0) return null;
    const cell = state.subCell[i]!;
    const length = state.cellSubs[cell]!.length;
    if (length < 2) return null;
    const move = this.begin([cell]);
    state.remove(i);
    state.insert(i, cell, this.pick(length));
    this.finish(move);
    return move;
  }

  private swapCells(): AppliedMove | null {
    const { state } = this;
    const cells = state.S * state.R;
    const a = this.pick(cells);
    const b = this.pick(cells);
    if (a === b || (state.cellUsed[a] === 0 && state.cellUsed[b] === 0)) return null;
    if (state.cellUsed[a]! > state.capacity(b) || state.cellUsed[b]! > state.capacity(a)) return null;
    const move = this.begin([a, b]);
    state.swapCells(a, b);
    this.finish(move);
    return move;
  }

  private ejectInto(): AppliedMove | null {
    const { state } = this;
    const waiting: number[] = [];
    for (let i = 0; i < state.n; i++) if (state.subCell[i]! < 0) waiting.push(i);
    const i = waiting[this.pick(waiting.length)]!;
    const cell = this.pick(state.S * state.R);
    if (state.required(i) > state.capacity(cell)) return null;
    const move = this.begin([cell]);
    const ejected: number[] = [];
    if (state.cellTrack[cell]! >= 0 && state.cellTrack[cell] !== state.trackOf(i)) {
      for (const j of [...state.cellSubs[cell]!]) { state.remove(j); ejected.push(j); }
    }
    while (!state.fits(i, cell)) {
      const j = state.cellSubs[cell]![this.pick(state.cellSubs[cell]!.length)]!;
      state.remove(j);
      ejected.push(j);
    }
    state.insert(i, cell, this.pick(state.cellSubs[cell]!.length + 1));
    // Chain: each ejected talk goes straight to a random cell that takes it, when one exists.
    for (const j of ejected) {
      const open: number[] = [];
      for (let c = 0; c < state.S * state.R; c++) if (state.fits(j, c)) open.push(c);
      if (open.length === 0) continue;
      const to = open[this.pick(open.length)]!;
      this.touch(move, to);
      state.insert(j, to, this.pick(state.cellSubs[to]!.length + 1));
    }
    this.finish(move);
    return move;
  }

  /** Adds a cell to a move's snapshot before the move changes it. */
  private touch(move: AppliedMove, cell: number): void {
    const { state } = this;
    if (move.cells.includes(cell)) return;
    move.cells.push(cell);
    move.before.push({ subs: [...state.cellSubs[cell]!], track: state.cellTrack[cell]!, used: state.cellUsed[cell]! });
    if (state.cellTrack[cell]! >= 0) move.tracks.add(state.cellTrack[cell]!);
  }
}
