import type { CompiledProblem } from '../compile-problem.js';
import type { SoftWeights } from '../soft-goals.js';
import { needsAbsentTeam } from './interpreter-team-use.js';
import { LinearModelBuilder, type Column } from './linear-model-builder.js';
import { sharedSlotCosts, type SharedSlotCost } from './shared-slot-costs.js';
import { SlotContentCost } from './slot-content-cost.js';
import { slotPatterns } from './slot-patterns.js';
import { balancedSlotCuts } from './slot-balance-cuts.js';

/** One binary of the model: the session starts at `start` in `room`. */
export interface PlacementColumn {
  session: number;
  start: number;
  room: number;
  column: Column;
}

export interface ForumMip {
  model: LinearModelBuilder;
  placements: PlacementColumn[];
  /** Sessions with no placement free of hard violations: the forum is infeasible before any search. */
  unplaceable: number[];
  /** False when balanced slots could only be bounded from below (see `balancedSlotCuts`). */
  exactObjective: boolean;
  /**
   * How pair costs and balanced slots entered the model (see `addSlotPatterns`, `addPairAndBalanceTerms`);
   * with `patternPool`, `slot-patterns` over the pool.
   */
  formulation: 'slot-patterns' | 'compact';
  /** Per slot, the sessions with an admissible placement covering it. */
  present: number[][];
  /** What one slot's contents cost (pair terms and balanced slots). */
  contentCost: SlotContentCost;
  /** With slot contents: per slot, the row "exactly one content" and per session in it, the row tying it to u. */
  slotRows: number[];
  membershipRows: Map<number, number>[];
}

export interface ForumMipOptions {
  /** Above this many slot contents in all, the compact form is used instead (0: always compact). */
  maxSlotPatterns?: number;
  /** Slot contents to use instead of all of them (column generation's restricted master). */
  patternPool?: number[][][];
  /**
   * With a pool: a column per session and slot putting it there without any content, at this cost, so the
   * restricted master is feasible while the pool is still poor (column generation's artificial columns).
   */
  artificialCost?: number;
}

/** Above this many slot contents in all, the compact form is used instead. */
export const defaultMaxSlotPatterns = 60_000;

/**
 * Our forum problem as a MIP whose objective is SoftGoalCounter's penalty with the same weights.
 *
 * Variables: x[session, start, room] binary, only for placements with no hard violation of their own
 * (inside a block, everybody available over every slot, pins, capacity, interpretation channels);
 * occupancy u[session, slot] = Σ x covering the slot.
 * Rows: every session placed once (the heuristic never leaves one out), one session per room and slot,
 * nobody in two sessions in a slot, a plenary alone in each of its slots, per slot and language with
 * limited interpreter teams at most that many sessions needing it.
 * Objective: preferred times and waking hours on x; pair costs (similar themes, audience overlap, read off
 * the scorer) and balanced slots either on slot contents (`addSlotPatterns`, while there are at most
 * `maxSlotPatterns` of them) or in the compact form (`addPairAndBalanceTerms`). Both are exact.
 */
export function buildForumMip(compiled: CompiledProblem, weights: SoftWeights, options: ForumMipOptions = {}): ForumMip {
  if (weights.balancedSlots < 0) throw new Error('the exact mode needs a balancedSlots weight ≥ 0 (a negative weight makes the term concave)');
  const { sessionCount: n, slotCount: T, roomCount: R } = compiled;
  for (let i = 0; i < n; i++) {
    if (compiled.attendance[i]! < 0) throw new Error(`${compiled.problem.sessions[i]!.id}: expected attendance must be ≥ 0 for the exact mode`);
  }
  const model = new LinearModelBuilder();
  const placements: PlacementColumn[] = [];
  const unplaceable: number[] = [];
  /** [session * T + slot]: the placement columns covering the slot. */
  const covering: Column[][] = Array.from({ length: n * T }, () => []);
  const roomCovering: Column[][] = Array.from({ length: R * T }, () => []);

  for (let i = 0; i < n; i++) {
    const own: Column[] = [];
    // A session needing a language with no team at all has no admissible placement.
    const starts = needsAbsentTeam(compiled, i) ? [] : compiled.validStarts[i]!;
    for (const start of starts) {
      if (compiled.crossesBlock[i * T + start] === 1 || compiled.unavailable[i * T + start]! > 0) continue;
      if (compiled.pinnedSlot[i]! >= 0 && compiled.pinnedSlot[i] !== start) continue;
      for (let room = 0; room < R; room++) {
        if (compiled.overCapacity[i * R + room] === 1 || compiled.missingChannels[i * R + room]! > 0) continue;
        if (compiled.pinnedRoom[i]! >= 0 && compiled.pinnedRoom[i] !== room) continue;
        const cost = weights.speakerPreferredTimes * compiled.unpreferred[i * T + start]!
          + (compiled.virtualRoom[room] === 1 ? weights.awakeVirtualSessions * compiled.asleep[i * T + start]! : 0);
        const column = model.binary(cost);
        placements.push({ session: i, start, room, column });
        own.push(column);
        for (let t = start; t < start + compiled.duration[i]!; t++) {
          covering[i * T + t]!.push(column);
          roomCovering[room * T + t]!.push(column);
        }
      }
    }
    if (own.length === 0) unplaceable.push(i);
    else model.row(own.map((column) => [column, 1] as const), 1, 1);
  }

  const occupancy: (Column | undefined)[] = Array.from({ length: n * T }, (_, cell) => {
    const columns = covering[cell]!;
    if (columns.length === 0) return undefined;
    const u = model.continuous(0, 1);
    model.row([[u, 1], ...columns.map((column) => [column, -1] as const)], 0, 0);
    return u;
  });
  const u = (session: number, slot: number): Column | undefined => occupancy[session * T + slot];
  const atMostOne = (columns: (Column | undefined)[]): void => {
    const present = columns.filter((column): column is Column => column !== undefined);
    if (present.length > 1) model.row(present.map((column) => [column, 1] as const), Number.NEGATIVE_INFINITY, 1);
  };

  for (const cells of roomCovering) atMostOne(cells);
  for (let p = 0; p < compiled.personCount; p++) {
    for (let t = 0; t < T; t++) atMostOne(Array.from(compiled.sessionsOf[p]!, (i) => u(i, t)));
  }
  for (let p = 0; p < n; p++) {
    if (compiled.plenary[p] !== 1) continue;
    for (let t = 0; t < T; t++) {
      if (u(p, t) === undefined) continue;
      for (let i = 0; i < n; i++) if (i !== p) atMostOne([u(p, t), u(i, t)]);
    }
  }

  // Interpreter teams, in every form: per slot and limited language, its sessions there at most its teams
  // (with slot contents, also enforced by admitting no content beyond them; kept as rows so that the
  // restricted master's artificial columns cannot break the limit either).
  compiled.teamLanguages.forEach((_, l) => {
    for (let t = 0; t < T; t++) {
      const needing: Column[] = [];
      for (let i = 0; i < n; i++) {
        const column = u(i, t);
        if (column !== undefined && compiled.teamLanguagesOf[i]!.includes(l)) needing.push(column);
      }
      if (needing.length > compiled.teams[l]!) model.row(needing.map((column) => [column, 1] as const), Number.NEGATIVE_INFINITY, compiled.teams[l]!);
    }
  });

  const pairCosts = sharedSlotCosts(compiled, weights);
  let totalLoad = 0;
  for (let i = 0; i < n; i++) totalLoad += compiled.attendance[i]! * compiled.duration[i]!;
  // As SoftGoalCounter takes it.
  const mean = Math.max(1, totalLoad / Math.max(1, T));
  const present = Array.from({ length: T }, (_, t) => Array.from({ length: n }, (_, i) => i).filter((i) => u(i, t) !== undefined));
  const contentCost = new SlotContentCost(compiled, pairCosts, mean, weights.balancedSlots);
  const maxSlotPatterns = options.maxSlotPatterns ?? defaultMaxSlotPatterns;
  const patterns = options.patternPool ?? (maxSlotPatterns > 0 ? slotPatterns(compiled, present, maxSlotPatterns) : null);
  const slotRows: number[] = [];
  const membershipRows: Map<number, number>[] = [];
  const exactObjective = patterns
    ? addSlotPatterns(model, patterns, present, contentCost, u, slotRows, membershipRows, options.patternPool ? options.artificialCost : undefined)
    : addPairAndBalanceTerms(model, compiled, pairCosts, mean, weights.balancedSlots, u);
  return { model, placements, unplaceable, exactObjective, formulation: patterns ? 'slot-patterns' : 'compact', present, contentCost, slotRows, membershipRows };
}

type Occupancy = (session: number, slot: number) => Column | undefined;

/**
 * Slot contents as variables: per slot, one (relaxed 0/1) variable per admissible set of sessions, tied to
 * the occupancies; its cost is the set's pair costs plus its balanced-slots term, both exact. Far stronger
 * than pair linearisation when relaxed (the LP can no longer spread every session thinly over every slot
 * to dodge the pair costs), but the sets grow like sessions^rooms: used while they stay few.
 */
function addSlotPatterns(model: LinearModelBuilder, patterns: number[][][], present: number[][], contentCost: SlotContentCost, u: Occupancy, slotRows: number[], membershipRows: Map<number, number>[], artificialCost?: number): boolean {
  patterns.forEach((sets, t) => {
    const oneSet: [Column, number][] = [];
    const membership = new Map<number, [Column, number][]>();
    for (const set of sets) {
      // Continuous suffices: with 0/1 occupancies exactly one set matches the slot.
      const column = model.continuous(0, 1, contentCost.of(set));
      oneSet.push([column, 1]);
      for (const i of set) {
        if (!membership.has(i)) membership.set(i, []);
        membership.get(i)!.push([column, 1]);
      }
    }
    slotRows.push(model.row(oneSet, 1, 1));
    const rows = new Map<number, number>();
    // A session no content holds (in a restricted pool) must stay out of the slot: its row is −u = 0.
    for (const i of present[t]!) {
      const artificial: [Column, number][] = artificialCost === undefined ? [] : [[model.continuous(0, 1, artificialCost), 1]];
      rows.set(i, model.row([[u(i, t)!, -1], ...(membership.get(i) ?? []), ...artificial], 0, 0));
    }
    membershipRows.push(rows);
  });
  return true;
}

/**
 * The compact form: y ≥ u_a + u_b − 1 per costed pair and shared slot, and per slot z ≥ cuts of
 * (load − mean)². Small, but weak when relaxed. Returns false when balanced slots is only bounded.
 */
function addPairAndBalanceTerms(model: LinearModelBuilder, compiled: CompiledProblem, pairCosts: SharedSlotCost[], mean: number, balanceWeight: number, u: Occupancy): boolean {
  const { sessionCount: n, slotCount: T, roomCount: R } = compiled;
  for (const { a, b, cost } of pairCosts) {
    for (let t = 0; t < T; t++) {
      const ua = u(a, t);
      const ub = u(b, t);
      if (ua === undefined || ub === undefined) continue;
      const y = model.continuous(0, 1, cost);
      if (cost > 0) model.row([[y, 1], [ua, -1], [ub, -1]], -1, Number.POSITIVE_INFINITY);
      else {
        model.row([[y, 1], [ua, -1]], Number.NEGATIVE_INFINITY, 0);
        model.row([[y, 1], [ub, -1]], Number.NEGATIVE_INFINITY, 0);
      }
    }
  }

  let exactObjective = true;
  if (balanceWeight > 0 && T > 0) {
    const attendances = Array.from(compiled.attendance);
    for (let t = 0; t < T; t++) {
      const loadTerms: [Column, number][] = [];
      const present: number[] = [];
      for (let i = 0; i < n; i++) {
        const column = u(i, t);
        if (column === undefined) continue;
        present.push(compiled.attendance[i]!);
        if (compiled.attendance[i]! !== 0) loadTerms.push([column, compiled.attendance[i]!]);
      }
      // At most one session per room in a slot.
      const maxLoad = present.sort((x, y) => y - x).slice(0, R).reduce((sum, a) => sum + a, 0);
      const { cuts, exact } = balancedSlotCuts(mean, attendances, maxLoad);
      exactObjective &&= exact;
      const z = model.continuous(0, Number.POSITIVE_INFINITY, balanceWeight / mean);
      if (loadTerms.length === 0) {
        model.row([[z, 1]], cuts[0]!.intercept, Number.POSITIVE_INFINITY);
        continue;
      }
      const load = model.continuous(0, Number.POSITIVE_INFINITY);
      model.row([[load, 1], ...loadTerms.map(([column, a]) => [column, -a] as const)], 0, 0);
      for (const { slope, intercept } of cuts) model.row([[z, 1], [load, -slope]], intercept, Number.POSITIVE_INFINITY);
      // (Σ a u − m)² ≥ m² + Σ (a² − 2ma) u for 0/1 u and a ≥ 0 (the cross terms 2 a a' u u' are ≥ 0), with
      // equality when the slot holds at most one session: where the secants see only the averaged load of a
      // fractional schedule, this sees each session's own square (it makes one-room forums easy).
      model.row([[z, 1], ...loadTerms.map(([column, a]) => [column, -(a * a - 2 * mean * a)] as const)], mean * mean, Number.POSITIVE_INFINITY);
    }
  }
  return exactObjective;
}
