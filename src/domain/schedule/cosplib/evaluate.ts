import { compileCosplib, type CompiledCosplib } from './compiled-instance.js';
import type { CosplibAssignment, CosplibInstance } from './instance.js';

/** c1..c16 of FORMAT.md §3 with REFERENCE.md's keys and the checker's printed names. */
export const cosplibComponents = [
  { key: 'TS', label: 'Tracks_Sessions|Penalty:' },
  { key: 'TR', label: 'Tracks_Rooms|Penalty:' },
  { key: 'SR', label: 'Sessions_Rooms|Penalty' },
  { key: 'SIM', label: 'Similar Tracks:' },
  { key: 'ROOMS', label: 'Number of rooms per track:' },
  { key: 'PAR', label: 'Parallel tracks:' },
  { key: 'CONS', label: 'Consecutive tracks:' },
  { key: 'TZ', label: 'Submissions timezones:' },
  { key: 'ORDER', label: 'Submissions order:' },
  { key: 'SUBSESS', label: 'Submissions_Sessions|Penalty:' },
  { key: 'SUBROOM', label: 'Submissions_Rooms|Penalty:' },
  { key: 'PRES_S', label: 'Presenters conflicts [Session Level]:' },
  { key: 'ATT_S', label: 'Attendees conflicts [Session Level]:' },
  { key: 'CHAIRS', label: 'Chairs conflicts:' },
  { key: 'PRES_TS', label: 'Presenters conflicts [Timeslot Level]:' },
  { key: 'ATT_TS', label: 'Attendees conflicts [Timeslot Level]:' },
] as const;
export type CosplibComponentKey = (typeof cosplibComponents)[number]['key'];
export const multiSlotLabel = 'Submissions with multiple timeslots in different sessions:';

export type CosplibHardKind = 'unknown-name' | 'wrong-slot-count' | 'track-mismatch' | 'untracked-cell' | 'split-submission';

export interface CosplibHardViolations {
  kind: CosplibHardKind;
  count: number;
  messages: string[];
}

export interface CosplibEvaluation {
  /** Σ w·c over switched-on components, plus MULTI: the checker's objective. */
  total: number;
  /** Raw counts of every component, switched on or not. */
  raw: Record<CosplibComponentKey, number>;
  /** w·c of switched-on components (0 when switched off). */
  weighted: Record<CosplibComponentKey, number>;
  multi: number;
  /** The checker's two flags. */
  feasible: boolean;
  valid: boolean;
  hard: CosplibHardViolations[];
  hardCount: number;
  /** The non-zero weighted terms, named and ordered as the checker prints them. */
  breakdown: string[];
}

/**
 * Grids by index: tracks[s * R + r] is a track index or -1; slots[(slotOffset[s] + k) * R + r] a submission
 * index or -1. Names that match nothing are kept aside as hard violations by {@link indexCosplibAssignment}.
 */
export interface IndexedCosplibAssignment {
  tracks: Int32Array;
  slots: Int32Array;
  unknownNames: string[];
}

export function evaluateCosplib(instance: CosplibInstance, assignment: CosplibAssignment, compiled = compileCosplib(instance)): CosplibEvaluation {
  return evaluateIndexedCosplib(compiled, indexCosplibAssignment(compiled, assignment));
}

export function indexCosplibAssignment(compiled: CompiledCosplib, assignment: CosplibAssignment): IndexedCosplibAssignment {
  const { instance } = compiled;
  const roomCount = instance.rooms.length;
  const tracks = new Int32Array(instance.sessions.length * roomCount).fill(-1);
  const slots = new Int32Array(compiled.slotRowCount * roomCount).fill(-1);
  const unknownNames: string[] = [];
  instance.sessions.forEach((session, s) => {
    for (let r = 0; r < roomCount; r++) {
      const trackName = assignment.tracks[s]?.[r] ?? null;
      if (trackName !== null) {
        const t = compiled.trackIndex.get(trackName);
        if (t === undefined) unknownNames.push(`track "${trackName}" in ${session.name}, ${instance.rooms[r]}`);
        else tracks[s * roomCount + r] = t;
      }
      for (let k = 0; k < session.slotCount; k++) {
        const id = assignment.slots[s]?.[r]?.[k] ?? null;
        if (id === null) continue;
        const i = compiled.submissionIndex.get(id);
        if (i === undefined) unknownNames.push(`submission "${id}" in ${session.name}, ${instance.rooms[r]}, slot ${k + 1}`);
        else slots[(compiled.slotOffset[s]! + k) * roomCount + r] = i;
      }
    }
  });
  return { tracks, slots, unknownNames };
}

/** `scoreOnly` skips the hard-violation messages, for solvers scoring many schedules. */
export function evaluateIndexedCosplib(compiled: CompiledCosplib, assignment: IndexedCosplibAssignment, scoreOnly = false): CosplibEvaluation {
  const { instance } = compiled;
  const { submissions, sessions } = instance;
  const R = instance.rooms.length;
  const S = sessions.length;
  const n = submissions.length;
  const T = instance.tracks.length;
  const X = assignment.tracks;
  const Y = assignment.slots;
  const raw = Object.fromEntries(cosplibComponents.map((c) => [c.key, 0])) as Record<CosplibComponentKey, number>;

  // Track-level components, 3.1 to 3.7 and 3.14.
  const roomsOfTrack = Array.from({ length: T }, () => new Set<number>());
  const sessionsOfTrack = Array.from({ length: T }, () => new Set<number>());
  const roomsOfTrackInSession = new Int32Array(T);
  for (let s = 0; s < S; s++) {
    roomsOfTrackInSession.fill(0);
    const chaired: number[] = [];
    for (let r = 0; r < R; r++) {
      const t = X[s * R + r]!;
      if (t < 0) continue;
      raw.TS += instance.trackSessionPenalty[t]![s]!;
      raw.TR += instance.trackRoomPenalty[t]![r]!;
      raw.SR += instance.sessionRoomPenalty[s]![r]!;
      for (let r2 = r + 1; r2 < R; r2++) {
        const u = X[s * R + r2]!;
        if (u >= 0 && u !== t) raw.SIM += instance.trackSimilarity[t]![u]!;
      }
      roomsOfTrack[t]!.add(r);
      sessionsOfTrack[t]!.add(s);
      roomsOfTrackInSession[t]!++;
      if (compiled.hasChairConflict[t]) chaired.push(t);
    }
    for (let t = 0; t < T; t++) if (roomsOfTrackInSession[t]! > 1) raw.PAR += roomsOfTrackInSession[t]! - 1;
    for (let a = 0; a < chaired.length; a++) for (let b = a + 1; b < chaired.length; b++) raw.CHAIRS += compiled.chairConflict[chaired[a]! * T + chaired[b]!]!;
  }
  for (let t = 0; t < T; t++) {
    raw.ROOMS += Math.max(0, roomsOfTrack[t]!.size - 1);
    const used = sessionsOfTrack[t]!;
    if (used.size >= 2 && Math.max(...used) - Math.min(...used) + 1 !== used.size) raw.CONS += 1;
  }

  // Slot-level components: 3.8 to 3.13, 3.15, 3.16.
  const occurrences = new Int32Array(n);
  const listedInTrack = new Set<number>();
  const positionInTrack = new Int32Array(T);
  const seenInSlot = new Int32Array(n).fill(-1);
  const seenInSession = new Int32Array(n * R).fill(-1);
  let stamp = 0;
  for (let s = 0; s < S; s++) {
    const L = sessions[s]!.slotCount;
    const offset = compiled.slotOffset[s]!;
    const presentersInSession: number[] = [];
    const attendeesInSession: number[] = [];
    const roomOfPresenter: number[] = [];
    const roomOfAttendee: number[] = [];
    for (let r = 0; r < R; r++) {
      for (let k = 0; k < L; k++) {
        const i = Y[(offset + k) * R + r]!;
        if (i < 0) continue;
        occurrences[i]!++;
        raw.TZ += compiled.timeZonePenalty[i * S + s]!;
        raw.SUBSESS += submissions[i]!.sessionPenalty[s]!;
        raw.SUBROOM += submissions[i]!.roomPenalty[r]!;
        if (seenInSession[i * R + r] !== s) {
          seenInSession[i * R + r] = s;
          if (compiled.hasPresenterConflict[i]) { presentersInSession.push(i); roomOfPresenter.push(r); }
          if (compiled.hasAttendeeConflict[i]) { attendeesInSession.push(i); roomOfAttendee.push(r); }
        }
      }
      // 3.9 B: scan order s, r, k, keyed by the cell's track.
      const t = X[s * R + r]!;
      if (t >= 0) {
        for (let k = 0; k < L; k++) {
          const i = Y[(offset + k) * R + r]!;
          // Keyed by the cell's track: a submission misplaced under two tracks is listed under both.
          if (i < 0 || listedInTrack.has(t * n + i)) continue;
          listedInTrack.add(t * n + i);
          const position = ++positionInTrack[t]!;
          const order = submissions[i]!.order;
          if (order !== 0 && order !== position) raw.ORDER += 1;
        }
      }
    }
    raw.PRES_S += sessionPairs(presentersInSession, roomOfPresenter, compiled.presenterConflict, n);
    raw.ATT_S += sessionPairs(attendeesInSession, roomOfAttendee, compiled.attendeeConflict, n);
    for (let k = 0; k < L; k++) {
      stamp++;
      const ordered: number[] = [];
      const presenters: number[] = [];
      const attendees: number[] = [];
      for (let r = 0; r < R; r++) {
        const i = Y[(offset + k) * R + r]!;
        if (i < 0 || seenInSlot[i] === stamp) continue;
        seenInSlot[i] = stamp;
        if (compiled.hasPresenterConflict[i]) presenters.push(i);
        if (compiled.hasAttendeeConflict[i]) attendees.push(i);
        if (X[s * R + r]! >= 0 && submissions[i]!.order !== 0) ordered.push(i);
      }
      for (let a = 0; a < ordered.length; a++) for (let b = a + 1; b < ordered.length; b++) if (submissions[ordered[a]!]!.track === submissions[ordered[b]!]!.track) raw.ORDER += 1;
      raw.PRES_TS += slotPairs(presenters, compiled.presenterConflict, n);
      raw.ATT_TS += slotPairs(attendees, compiled.attendeeConflict, n);
    }
  }

  const multi = multiSlotTerm(compiled, Y);
  const hard = scoreOnly ? [] : hardViolations(compiled, assignment, occurrences);
  const weighted = {} as Record<CosplibComponentKey, number>;
  let total = multi;
  const breakdown: string[] = [];
  cosplibComponents.forEach(({ key, label }, m) => {
    const weight = instance.parameters.weights[m]!;
    weighted[key] = weight > 0 ? weight * raw[key] : 0;
    total += weighted[key];
    if (weighted[key] !== 0) breakdown.push(`${label} ${weighted[key]}`);
  });
  if (multi !== 0) breakdown.push(`${multiSlotLabel} ${multi}`);
  const count = (kind: CosplibHardKind): number => hard.find((h) => h.kind === kind)?.count ?? 0;
  return {
    total,
    raw,
    weighted,
    multi,
    feasible: count('wrong-slot-count') === 0,
    valid: count('track-mismatch') === 0,
    hard,
    hardCount: hard.reduce((sum, h) => sum + h.count, 0),
    breakdown,
  };
}

/** Pairs of distinct (submission, room) entries in different rooms whose submissions are related. */
function sessionPairs(entries: number[], rooms: number[], relation: Uint8Array, n: number): number {
  let count = 0;
  for (let a = 0; a < entries.length; a++) {
    for (let b = a + 1; b < entries.length; b++) {
      if (rooms[a] !== rooms[b] && relation[entries[a]! * n + entries[b]!]) count++;
    }
  }
  return count;
}

function slotPairs(entries: number[], relation: Uint8Array, n: number): number {
  let count = 0;
  for (let a = 0; a < entries.length; a++) for (let b = a + 1; b < entries.length; b++) count += relation[entries[a]! * n + entries[b]!]!;
  return count;
}

/** FORMAT.md §3.17, with its quirks: a missing multi-slot submission makes MULTI exactly 10^9. */
function multiSlotTerm(compiled: CompiledCosplib, Y: Int32Array): number {
  const { instance } = compiled;
  const R = instance.rooms.length;
  let multi = 0;
  const inCell = new Map<number, number>();
  const positions: number[][] = instance.submissions.map(() => []);
  instance.sessions.forEach((session, s) => {
    for (let r = 0; r < R; r++) {
      inCell.clear();
      for (let k = 0; k < session.slotCount; k++) {
        const i = Y[(compiled.slotOffset[s]! + k) * R + r]!;
        if (i < 0 || instance.submissions[i]!.requiredSlots <= 1) continue;
        inCell.set(i, (inCell.get(i) ?? 0) + 1);
        positions[i]!.push(k);
      }
      for (const [i, held] of inCell) if (held !== instance.submissions[i]!.requiredSlots) multi += 10_000_000;
    }
  });
  for (let i = 0; i < instance.submissions.length; i++) {
    if (instance.submissions[i]!.requiredSlots <= 1) continue;
    const list = positions[i]!;
    if (list.length === 0) return 1_000_000_000;
    const first = list[0]!;
    const last = list.at(-1)!;
    let expected = 0;
    for (let k = first; k <= last; k++) expected += k;
    if (list.reduce((a, b) => a + b, 0) !== expected) multi += 1_000_000_000;
  }
  return multi;
}

function hardViolations(compiled: CompiledCosplib, assignment: IndexedCosplibAssignment, occurrences: Int32Array): CosplibHardViolations[] {
  const { instance } = compiled;
  const R = instance.rooms.length;
  const found = new Map<CosplibHardKind, string[]>();
  const report = (kind: CosplibHardKind, message: string): void => {
    const list = found.get(kind);
    if (list) list.push(message); else found.set(kind, [message]);
  };
  for (const name of assignment.unknownNames) report('unknown-name', `unknown ${name}`);
  instance.submissions.forEach((submission, i) => {
    if (occurrences[i] !== submission.requiredSlots) report('wrong-slot-count', `${submission.id} holds ${occurrences[i]} slots, needs ${submission.requiredSlots}`);
  });
  const cellsOf: { s: number; r: number; k: number }[][] = instance.submissions.map(() => []);
  instance.sessions.forEach((session, s) => {
    for (let r = 0; r < R; r++) {
      const t = assignment.tracks[s * R + r]!;
      for (let k = 0; k < session.slotCount; k++) {
        const i = assignment.slots[(compiled.slotOffset[s]! + k) * R + r]!;
        if (i < 0) continue;
        cellsOf[i]!.push({ s, r, k });
        const own = instance.submissions[i]!.track;
        const where = `${session.name}, ${instance.rooms[r]}, slot ${k + 1}`;
        if (t < 0) report('untracked-cell', `${instance.submissions[i]!.id} is in ${where}, whose cell has no track`);
        else if (t !== own) report('track-mismatch', `${instance.submissions[i]!.id} (track "${instance.tracks[own]!.name}") is in ${where}, whose cell is track "${instance.tracks[t]!.name}"`);
      }
    }
  });
  instance.submissions.forEach((submission, i) => {
    const cells = cellsOf[i]!;
    if (submission.requiredSlots <= 1 || cells.length === 0) return;
    const first = cells[0]!;
    const together = cells.every((c, index) => c.s === first.s && c.r === first.r && c.k === first.k + index);
    if (!together) report('split-submission', `${submission.id} needs ${submission.requiredSlots} adjacent slots of one cell, but is at ${cells.map((c) => `${instance.sessions[c.s]!.name}/${instance.rooms[c.r]}/${c.k + 1}`).join(', ')}`);
  });
  return [...found].map(([kind, messages]) => ({ kind, count: messages.length, messages }));
}
