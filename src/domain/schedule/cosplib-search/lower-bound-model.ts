import type { CompiledCosplib } from '../cosplib/compiled-instance.js';

/**
 * A MIP (CPLEX LP format) whose optimum is a lower bound on the CoSPLib objective: talks into cells
 * (x), tracks into cells (y), tracks in sessions (u), with the terms that are linear in them exact (TS,
 * TR, SR, ROOMS, PAR, CONS, TZ, SUBSESS, SUBROOM) and the pair terms bounded below (SIM, CHAIRS, and
 * PRES_S/ATT_S between talks of different tracks: one pair counted when both share a session). ORDER,
 * PRES_TS, ATT_TS and same-track PRES_S/ATT_S are left out, which only lowers the bound. Meant for small
 * instances (N2OR): it has one binary per talk and cell of its track.
 * @example
 * const lp = cosplibLowerBoundModel(compileCosplib(instance)); // then highs.solve(lp)
 */
export function cosplibLowerBoundModel(compiled: CompiledCosplib): string {
  const { instance } = compiled;
  const S = instance.sessions.length;
  const R = instance.rooms.length;
  const T = instance.tracks.length;
  const n = instance.submissions.length;
  const w = instance.parameters.weights.map((weight) => (weight > 0 ? weight : 0));
  const objective: string[] = [];
  const constraints: string[] = [];
  const binaries: string[] = [];
  const generals: string[] = [];
  const term = (coefficient: number, variable: string): void => { if (coefficient !== 0) objective.push(`${coefficient} ${variable}`); };
  const x = (i: number, s: number, r: number): string => `x_${i}_${s}_${r}`;
  const y = (t: number, s: number, r: number): string => `y_${t}_${s}_${r}`;
  const u = (t: number, s: number): string => `u_${t}_${s}`;
  let row = 0;
  const add = (text: string): void => { constraints.push(` c${row++}: ${text}`); };

  for (let t = 0; t < T; t++) {
    for (let s = 0; s < S; s++) {
      binaries.push(u(t, s));
      const cells: string[] = [];
      for (let r = 0; r < R; r++) {
        binaries.push(y(t, s, r));
        cells.push(y(t, s, r));
        add(`${u(t, s)} - ${y(t, s, r)} >= 0`);
        term(w[0]! * instance.trackSessionPenalty[t]![s]! + w[1]! * instance.trackRoomPenalty[t]![r]! + w[2]! * instance.sessionRoomPenalty[s]![r]!, y(t, s, r));
      }
      add(`${u(t, s)} - ${cells.join(' - ')} <= 0`);
      // PAR: rooms of the track in this session beyond the first.
      generals.push(`par_${t}_${s}`);
      add(`par_${t}_${s} - ${cells.join(' - ')} + ${u(t, s)} >= 0`);
      term(w[5]!, `par_${t}_${s}`);
    }
    // ROOMS: rooms used by the track beyond the first.
    const roomsUsed: string[] = [];
    for (let r = 0; r < R; r++) {
      binaries.push(`v_${t}_${r}`);
      roomsUsed.push(`v_${t}_${r}`);
      for (let s = 0; s < S; s++) add(`v_${t}_${r} - ${y(t, s, r)} >= 0`);
    }
    generals.push(`rooms_${t}`);
    add(`rooms_${t} - ${roomsUsed.join(' - ')} >= -1`);
    term(w[4]!, `rooms_${t}`);
    // CONS: used in sessions a < b < c but not in b.
    binaries.push(`cons_${t}`);
    term(w[6]!, `cons_${t}`);
    if (w[6]! > 0) {
      for (let a = 0; a < S; a++) for (let b = a + 1; b < S; b++) for (let c = b + 1; c < S; c++) add(`cons_${t} - ${u(t, a)} + ${u(t, b)} - ${u(t, c)} >= -1`);
    }
  }
  for (let s = 0; s < S; s++) {
    for (let r = 0; r < R; r++) {
      add(`${Array.from({ length: T }, (_, t) => y(t, s, r)).join(' + ')} <= 1`);
      for (let t = 0; t < T; t++) {
        const talks = instance.submissions.flatMap((submission, i) => (submission.track === t ? [`${submission.requiredSlots} ${x(i, s, r)}`] : []));
        if (talks.length > 0) add(`${talks.join(' + ')} - ${instance.sessions[s]!.slotCount} ${y(t, s, r)} <= 0`);
      }
    }
  }
  instance.submissions.forEach((submission, i) => {
    const cells: string[] = [];
    for (let s = 0; s < S; s++) {
      for (let r = 0; r < R; r++) {
        binaries.push(x(i, s, r));
        cells.push(x(i, s, r));
        const L = submission.requiredSlots;
        term(L * (w[7]! * compiled.timeZonePenalty[i * S + s]! + w[9]! * submission.sessionPenalty[s]! + w[10]! * submission.roomPenalty[r]!), x(i, s, r));
      }
    }
    add(`${cells.join(' + ')} = 1`);
  });
  // Pair terms, bounded below by "both in the session".
  const sessionOf = (i: number, s: number): string => Array.from({ length: R }, (_, r) => x(i, s, r)).join(' + ');
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      if (instance.submissions[i]!.track === instance.submissions[j]!.track) continue;
      const weight = w[11]! * compiled.presenterConflict[i * n + j]! + w[12]! * compiled.attendeeConflict[i * n + j]!;
      if (weight === 0) continue;
      for (let s = 0; s < S; s++) {
        binaries.push(`pq_${i}_${j}_${s}`);
        add(`pq_${i}_${j}_${s} - ${sessionOf(i, s).replaceAll(' + ', ' - ')} - ${sessionOf(j, s).replaceAll(' + ', ' - ')} >= -1`);
        term(weight, `pq_${i}_${j}_${s}`);
      }
    }
  }
  for (let t = 0; t < T; t++) {
    for (let v = t + 1; v < T; v++) {
      const weight = w[3]! * (instance.trackSimilarity[t]![v]! + instance.trackSimilarity[v]![t]!) / 2 + w[13]! * compiled.chairConflict[t * T + v]!;
      if (weight === 0) continue;
      for (let s = 0; s < S; s++) {
        binaries.push(`tt_${t}_${v}_${s}`);
        add(`tt_${t}_${v}_${s} - ${u(t, s)} - ${u(v, s)} >= -1`);
        term(weight, `tt_${t}_${v}_${s}`);
      }
    }
  }
  return ['Minimize', ` obj: ${objective.length > 0 ? objective.join(' + ') : '0 x_0_0_0'}`, 'Subject To', ...constraints,
    'Bounds', ...generals.map((g) => ` ${g} >= 0`), 'General', ...generals.map((g) => ` ${g}`), 'Binary', ...binaries.map((b) => ` ${b}`), 'End'].join('\n');
}
