import type { CompiledCosplib } from '../cosplib/compiled-instance.js';
import type { IndexedCosplibAssignment } from '../cosplib/evaluate.js';
import type { CosplibAssignment } from '../cosplib/instance.js';

/** Penalty per submission left out of the grid: far above any CoSPLib term, so it is a hard violation. */
export const unplacedPenalty = 1e13;

/**
 * A CoSPLib schedule that is valid by construction: every cell (session × room) holds one track or none,
 * and the submissions of its track packed from its first slot in list order, so a multi-slot talk always
 * holds adjacent slots of one cell. Its cost is kept as per-session and per-track parts, so a move
 * re-scores only the sessions and tracks it touches (FORMAT.md §3 terms are sums over sessions, except
 * ROOMS, CONS and ORDER's sequence part, which are sums over tracks).
 */
export class CosplibSearchState {
  readonly S: number;
  readonly R: number;
  readonly T: number;
  readonly n: number;
  readonly cellTrack: Int32Array;
  readonly cellSubs: number[][];
  readonly cellUsed: Int32Array;
  /** Cell of each submission, -1 while unplaced. */
  readonly subCell: Int32Array;
  readonly sessionCost: Float64Array;
  readonly trackCost: Float64Array;
  unplaced: number;
  private readonly w: number[];
  private readonly slotOf: Int32Array;
  private readonly roomSeen: Uint8Array;
  private readonly stamp: Int32Array;
  private stampValue = 0;

  constructor(readonly compiled: CompiledCosplib) {
    const { instance } = compiled;
    this.S = instance.sessions.length;
    this.R = instance.rooms.length;
    this.T = instance.tracks.length;
    this.n = instance.submissions.length;
    this.cellTrack = new Int32Array(this.S * this.R).fill(-1);
    this.cellSubs = Array.from({ length: this.S * this.R }, () => []);
    this.cellUsed = new Int32Array(this.S * this.R);
    this.subCell = new Int32Array(this.n).fill(-1);
    this.sessionCost = new Float64Array(this.S);
    this.trackCost = new Float64Array(this.T);
    this.unplaced = this.n;
    this.w = instance.parameters.weights.map((weight) => (weight > 0 ? weight : 0));
    this.slotOf = new Int32Array(this.n);
    this.roomSeen = new Uint8Array(this.R);
    this.stamp = new Int32Array(Math.max(this.n, this.T));
    this.rescoreAll();
  }

  capacity(cell: number): number {
    return this.compiled.instance.sessions[Math.floor(cell / this.R)]!.slotCount;
  }

  required(i: number): number {
    return this.compiled.instance.submissions[i]!.requiredSlots;
  }

  trackOf(i: number): number {
    return this.compiled.instance.submissions[i]!.track;
  }

  /** Whether submission i can join the cell (its track or empty, enough free slots). */
  fits(i: number, cell: number): boolean {
    const t = this.cellTrack[cell]!;
    return (t < 0 || t === this.trackOf(i)) && this.cellUsed[cell]! + this.required(i) <= this.capacity(cell);
  }

  total(): number {
    let sum = this.unplaced * unplacedPenalty;
    for (let s = 0; s < this.S; s++) sum += this.sessionCost[s]!;
    for (let t = 0; t < this.T; t++) sum += this.trackCost[t]!;
    return sum;
  }

  /** Structural edits; they do not re-score (call {@link rescore} with the touched sessions and tracks). */
  insert(i: number, cell: number, position = this.cellSubs[cell]!.length): void {
    if (this.cellSubs[cell]!.length === 0) this.cellTrack[cell] = this.trackOf(i);
    this.cellSubs[cell]!.splice(position, 0, i);
    this.cellUsed[cell]! += this.required(i);
    this.subCell[i] = cell;
    this.unplaced--;
  }

  /** Returns the position the submission held, for undo. */
  remove(i: number): number {
    const cell = this.subCell[i]!;
    const list = this.cellSubs[cell]!;
    const position = list.indexOf(i);
    list.splice(position, 1);
    this.cellUsed[cell]! -= this.required(i);
    if (list.length === 0) this.cellTrack[cell] = -1;
    this.subCell[i] = -1;
    this.unplaced++;
    return position;
  }

  /** Exchanges the whole contents (track and talks) of two cells; the caller checks slot counts. */
  swapCells(a: number, b: number): void {
    const subs = this.cellSubs[a]!;
    this.cellSubs[a] = this.cellSubs[b]!;
    this.cellSubs[b] = subs;
    const track = this.cellTrack[a]!;
    this.cellTrack[a] = this.cellTrack[b]!;
    this.cellTrack[b] = track;
    const used = this.cellUsed[a]!;
    this.cellUsed[a] = this.cellUsed[b]!;
    this.cellUsed[b] = used;
    for (const i of this.cellSubs[a]!) this.subCell[i] = a;
    for (const i of this.cellSubs[b]!) this.subCell[i] = b;
  }

  rescore(sessions: Iterable<number>, tracks: Iterable<number>): void {
    for (const s of sessions) this.sessionCost[s] = this.scoreSession(s);
    for (const t of tracks) this.trackCost[t] = this.scoreTrack(t);
  }

  rescoreAll(): void {
    for (let s = 0; s < this.S; s++) this.sessionCost[s] = this.scoreSession(s);
    for (let t = 0; t < this.T; t++) this.trackCost[t] = this.scoreTrack(t);
  }

  /** Weighted TS, TR, SR, SIM, PAR, CHAIRS and TZ, SUBSESS, SUBROOM, PRES_S, ATT_S, ORDER (same slot), PRES_TS, ATT_TS of one session. */
  scoreSession(s: number): number {
    const { instance } = this.compiled;
    const { R, w, n } = this;
    const c = this.compiled;
    let ts = 0, tr = 0, sr = 0, sim = 0, par = 0, chairs = 0;
    let tz = 0, subsess = 0, subroom = 0, presS = 0, attS = 0, order = 0, presTs = 0, attTs = 0;
    const stampValue = ++this.stampValue;
    for (let r = 0; r < R; r++) {
      const t = this.cellTrack[s * R + r]!;
      if (t < 0) continue;
      ts += instance.trackSessionPenalty[t]![s]!;
      tr += instance.trackRoomPenalty[t]![r]!;
      sr += instance.sessionRoomPenalty[s]![r]!;
      for (let r2 = r + 1; r2 < R; r2++) {
        const u = this.cellTrack[s * R + r2]!;
        if (u >= 0 && u !== t) sim += instance.trackSimilarity[t]![u]!;
        if (u >= 0) chairs += c.chairConflict[t * this.T + u]!;
      }
      if (this.stamp[t] === stampValue) par++; else this.stamp[t] = stampValue;
      let k = 0;
      for (const i of this.cellSubs[s * R + r]!) {
        const submission = instance.submissions[i]!;
        const L_i = submission.requiredSlots;
        tz += L_i * c.timeZonePenalty[i * this.S + s]!;
        subsess += L_i * submission.sessionPenalty[s]!;
        subroom += L_i * submission.roomPenalty[r]!;
        this.slotOf[i] = k;
        k += L_i;
      }
    }
    // Pairs of talks in different rooms of this session (session level) and sharing a slot (slot level).
    for (let r = 0; r < R; r++) {
      const a = this.cellSubs[s * R + r]!;
      for (let r2 = r + 1; r2 < R; r2++) {
        const b = this.cellSubs[s * R + r2]!;
        for (const i of a) {
          const iFrom = this.slotOf[i]!;
          const iTo = iFrom + instance.submissions[i]!.requiredSlots;
          const pi = c.hasPresenterConflict[i]!, ai = c.hasAttendeeConflict[i]!;
          const oi = instance.submissions[i]!.order;
          for (const j of b) {
            const jFrom = this.slotOf[j]!;
            const jTo = jFrom + instance.submissions[j]!.requiredSlots;
            const shared = Math.max(0, Math.min(iTo, jTo) - Math.max(iFrom, jFrom));
            const p = pi ? c.presenterConflict[i * n + j]! : 0;
            const q = ai ? c.attendeeConflict[i * n + j]! : 0;
            presS += p;
            attS += q;
            if (shared > 0) {
              presTs += p * shared;
              attTs += q * shared;
              if (oi !== 0 && instance.submissions[j]!.order !== 0 && instance.submissions[j]!.track === instance.submissions[i]!.track) order += shared;
            }
          }
        }
      }
    }
    return w[0]! * ts + w[1]! * tr + w[2]! * sr + w[3]! * sim + w[5]! * par + w[7]! * tz + w[8]! * order + w[9]! * subsess
      + w[10]! * subroom + w[11]! * presS + w[12]! * attS + w[13]! * chairs + w[14]! * presTs + w[15]! * attTs;
  }

  /** Weighted ROOMS, CONS and ORDER (position in the track's scan order) of one track. */
  scoreTrack(t: number): number {
    const { instance } = this.compiled;
    const { R, S, w } = this;
    let rooms = 0, first = -1, last = -1, sessions = 0, order = 0, position = 0;
    const seen = this.roomSeen.fill(0);
    for (let s = 0; s < S; s++) {
      let inSession = false;
      for (let r = 0; r < R; r++) {
        if (this.cellTrack[s * R + r] !== t) continue;
        inSession = true;
        if (!seen[r]) { seen[r] = 1; rooms++; }
        for (const i of this.cellSubs[s * R + r]!) {
          position++;
          const wanted = instance.submissions[i]!.order;
          if (wanted !== 0 && wanted !== position) order++;
        }
      }
      if (inSession) { sessions++; if (first < 0) first = s; last = s; }
    }
    const cons = sessions >= 2 && last - first + 1 !== sessions ? 1 : 0;
    return w[4]! * Math.max(0, rooms - 1) + w[6]! * cons + w[8]! * order;
  }

  toIndexed(): IndexedCosplibAssignment {
    const { R } = this;
    const tracks = Int32Array.from(this.cellTrack);
    const slots = new Int32Array(this.compiled.slotRowCount * R).fill(-1);
    for (let cell = 0; cell < this.S * R; cell++) {
      const s = Math.floor(cell / R);
      const r = cell % R;
      let k = 0;
      for (const i of this.cellSubs[cell]!) {
        for (let j = 0; j < this.required(i); j++, k++) slots[(this.compiled.slotOffset[s]! + k) * R + r] = i;
      }
    }
    return { tracks, slots, unknownNames: [] };
  }

  toAssignment(): CosplibAssignment {
    const { instance } = this.compiled;
    const indexed = this.toIndexed();
    const R = this.R;
    return {
      tracks: instance.sessions.map((_, s) => instance.rooms.map((__, r) => {
        const t = indexed.tracks[s * R + r]!;
        return t < 0 ? null : instance.tracks[t]!.name;
      })),
      slots: instance.sessions.map((session, s) => instance.rooms.map((__, r) => Array.from({ length: session.slotCount }, (___, k) => {
        const i = indexed.slots[(this.compiled.slotOffset[s]! + k) * R + r]!;
        return i < 0 ? null : instance.submissions[i]!.id;
      }))),
    };
  }
}
