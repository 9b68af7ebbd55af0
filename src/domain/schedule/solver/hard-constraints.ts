import type { CompiledProblem } from './compile-problem.js';

export const hardKinds = ['room-double-booked', 'person-double-booked', 'over-capacity', 'unavailable', 'pin', 'no-interpretation', 'no-interpreter-team', 'plenary-not-alone', 'crosses-block'] as const;
export type HardKind = (typeof hardKinds)[number];

/**
 * Hard violations of a (possibly partial) schedule, kept up to date as sessions are placed and removed,
 * so a move is judged in time proportional to the session's length and people, not the schedule's size.
 * Counts: each extra booking of a room or person per slot, each person-slot outside availability, each
 * missing interpretation channel, each session over capacity, off its pin or across a block, each
 * other session sharing a slot with a plenary, and per slot and language with limited interpreter teams,
 * each session needing that language beyond the teams.
 */
export class HardConstraintCounter {
  readonly counts: Record<HardKind, number> = Object.fromEntries(hardKinds.map((k) => [k, 0])) as Record<HardKind, number>;
  total = 0;
  private readonly roomUse: Int32Array;
  private readonly personUse: Int32Array;
  private readonly slotUse: Int32Array;
  private readonly plenaryUse: Int32Array;
  /** [language * slots + slot]: sessions running there that need the language's interpreters. */
  private readonly languageUse: Int32Array;

  constructor(private readonly compiled: CompiledProblem) {
    this.roomUse = new Int32Array(compiled.roomCount * compiled.slotCount);
    this.personUse = new Int32Array(compiled.personCount * compiled.slotCount);
    this.slotUse = new Int32Array(compiled.slotCount);
    this.plenaryUse = new Int32Array(compiled.slotCount);
    this.languageUse = new Int32Array(compiled.teamLanguages.length * compiled.slotCount);
  }

  place(session: number, start: number, room: number): void {
    this.change(session, start, room, 1);
  }

  remove(session: number, start: number, room: number): void {
    this.change(session, start, room, -1);
  }

  /** Violations this session takes part in where it stands (for conflict-directed moves). */
  involvement(session: number, start: number, room: number): number {
    const c = this.compiled;
    let count = this.staticCount(session, start, room);
    const end = Math.min(start + c.duration[session]! - 1, c.slotCount - 1);
    for (let t = start; t <= end; t++) {
      if (this.roomUse[room * c.slotCount + t]! > 1) count++;
      for (const p of c.peopleOf[session]!) if (this.personUse[p * c.slotCount + t]! > 1) count++;
      if (this.plenaryUse[t]! > 0 && this.slotUse[t]! > 1) count++;
      for (const l of c.teamLanguagesOf[session]!) if (this.languageUse[l * c.slotCount + t]! > c.teams[l]!) count++;
    }
    return count;
  }

  private staticCount(session: number, start: number, room: number): number {
    const c = this.compiled;
    return c.overCapacity[session * c.roomCount + room]! + c.unavailable[session * c.slotCount + start]! + c.missingChannels[session * c.roomCount + room]!
      + (c.pinnedSlot[session]! >= 0 && c.pinnedSlot[session] !== start ? 1 : 0) + (c.pinnedRoom[session]! >= 0 && c.pinnedRoom[session] !== room ? 1 : 0)
      + c.crossesBlock[session * c.slotCount + start]!;
  }

  private change(session: number, start: number, room: number, sign: 1 | -1): void {
    const c = this.compiled;
    const counts = this.counts;
    const before = this.total;
    counts['over-capacity'] += sign * c.overCapacity[session * c.roomCount + room]!;
    counts.unavailable += sign * c.unavailable[session * c.slotCount + start]!;
    counts['no-interpretation'] += sign * c.missingChannels[session * c.roomCount + room]!;
    counts.pin += sign * ((c.pinnedSlot[session]! >= 0 && c.pinnedSlot[session] !== start ? 1 : 0) + (c.pinnedRoom[session]! >= 0 && c.pinnedRoom[session] !== room ? 1 : 0));
    counts['crosses-block'] += sign * c.crossesBlock[session * c.slotCount + start]!;
    let delta = this.staticCount(session, start, room) * sign;
    const end = Math.min(start + c.duration[session]! - 1, c.slotCount - 1);
    const isPlenary = c.plenary[session]!;
    for (let t = start; t <= end; t++) {
      const roomCell = room * c.slotCount + t;
      // An extra booking is any beyond the first: adding to a used cell, or removing from a shared one.
      const roomExtra = sign === 1 ? (this.roomUse[roomCell]! >= 1 ? 1 : 0) : (this.roomUse[roomCell]! >= 2 ? -1 : 0);
      this.roomUse[roomCell]! += sign;
      counts['room-double-booked'] += roomExtra;
      delta += roomExtra;
      for (const p of c.peopleOf[session]!) {
        const cell = p * c.slotCount + t;
        const extra = sign === 1 ? (this.personUse[cell]! >= 1 ? 1 : 0) : (this.personUse[cell]! >= 2 ? -1 : 0);
        this.personUse[cell]! += sign;
        counts['person-double-booked'] += extra;
        delta += extra;
      }
      const plenaryBefore = this.plenaryUse[t]! > 0 ? this.slotUse[t]! - 1 : 0;
      this.slotUse[t]! += sign;
      if (isPlenary) this.plenaryUse[t]! += sign;
      const plenaryAfter = this.plenaryUse[t]! > 0 ? this.slotUse[t]! - 1 : 0;
      counts['plenary-not-alone'] += plenaryAfter - plenaryBefore;
      delta += plenaryAfter - plenaryBefore;
      for (const l of c.teamLanguagesOf[session]!) {
        const cell = l * c.slotCount + t;
        // Each session beyond the language's teams in the slot is one violation.
        const extra = sign === 1 ? (this.languageUse[cell]! >= c.teams[l]! ? 1 : 0) : (this.languageUse[cell]! > c.teams[l]! ? -1 : 0);
        this.languageUse[cell]! += sign;
        counts['no-interpreter-team'] += extra;
        delta += extra;
      }
    }
    this.total = before + delta;
  }
}
