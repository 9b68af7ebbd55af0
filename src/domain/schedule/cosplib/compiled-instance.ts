import type { CosplibInstance } from './instance.js';

/** Index-based relations derived once per instance (FORMAT.md §3, "derived relations"). */
export interface CompiledCosplib {
  instance: CosplibInstance;
  submissionIndex: Map<string, number>;
  trackIndex: Map<string, number>;
  /** First global slot row of each session: session s, slot k is row slotOffset[s] + k. */
  slotOffset: number[];
  slotRowCount: number;
  /** n × n, 1 where the relation holds. */
  presenterConflict: Uint8Array;
  attendeeConflict: Uint8Array;
  hasPresenterConflict: Uint8Array;
  hasAttendeeConflict: Uint8Array;
  /** tracks × tracks */
  chairConflict: Uint8Array;
  hasChairConflict: Uint8Array;
  /** [submission * sessions + session]: the time-zone penalty of §3.8. */
  timeZonePenalty: Int32Array;
}

export function compileCosplib(instance: CosplibInstance): CompiledCosplib {
  const n = instance.submissions.length;
  const trackCount = instance.tracks.length;
  const slotOffset: number[] = [];
  let slotRowCount = 0;
  for (const session of instance.sessions) {
    slotOffset.push(slotRowCount);
    slotRowCount += session.slotCount;
  }

  const presenting = new Map<string, number[]>();
  const attending = new Map<string, number[]>();
  const chairing = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, person: string, index: number): void => {
    if (person === '') return;
    const list = map.get(person);
    if (list) { if (!list.includes(index)) list.push(index); } else map.set(person, [index]);
  };
  instance.submissions.forEach((submission, i) => {
    for (const person of submission.presenters) add(presenting, person, i);
    for (const person of submission.attendees) add(attending, person, i);
  });
  instance.tracks.forEach((track, t) => { for (const chair of track.chairs) add(chairing, chair, t); });
  const submissionsOfTrack: number[][] = instance.tracks.map(() => []);
  instance.submissions.forEach((submission, i) => submissionsOfTrack[submission.track]!.push(i));

  const presenterConflict = new Uint8Array(n * n);
  const attendeeConflict = new Uint8Array(n * n);
  const mark = (matrix: Uint8Array, i: number, j: number): void => {
    if (i === j) return;
    matrix[i * n + j] = 1;
    matrix[j * n + i] = 1;
  };
  const trackOf = (i: number): number => instance.submissions[i]!.track;
  for (const [person, presented] of presenting) {
    for (const i of presented) for (const j of presented) mark(presenterConflict, i, j);
    for (const t of chairing.get(person) ?? []) {
      for (const i of presented) if (trackOf(i) !== t) for (const j of submissionsOfTrack[t]!) mark(presenterConflict, i, j);
    }
  }
  for (const [person, attended] of attending) {
    for (const i of attended) {
      for (const j of attended) mark(attendeeConflict, i, j);
      for (const j of presenting.get(person) ?? []) mark(attendeeConflict, i, j);
      for (const t of chairing.get(person) ?? []) if (trackOf(i) !== t) for (const j of submissionsOfTrack[t]!) mark(attendeeConflict, i, j);
    }
  }
  const hasPartner = (matrix: Uint8Array, size: number): Uint8Array => {
    const has = new Uint8Array(size);
    for (let i = 0; i < size; i++) for (let j = 0; j < size; j++) if (matrix[i * size + j]) { has[i] = 1; break; }
    return has;
  };

  const chairConflict = new Uint8Array(trackCount * trackCount);
  for (const tracks of chairing.values()) {
    for (const t of tracks) for (const u of tracks) if (t !== u) chairConflict[t * trackCount + u] = 1;
  }

  const { parameters } = instance;
  const timeZonePenalty = new Int32Array(n * instance.sessions.length);
  instance.submissions.forEach((submission, i) => {
    const shift = (submission.offsetHours - parameters.localOffsetHours) * 60;
    instance.sessions.forEach((session, s) => {
      const start = mod(session.start + shift, 1440);
      const end = mod(session.end + shift, 1440);
      let penalty = 0;
      if (start < parameters.lessSuitableFrom || end > parameters.lessSuitableTo || end < parameters.lessSuitableFrom) penalty = parameters.bigTimeZonePenalty;
      else if ((start >= parameters.lessSuitableFrom && start < parameters.suitableFrom) || (end > parameters.suitableTo && end <= parameters.lessSuitableTo)) penalty = parameters.smallTimeZonePenalty;
      timeZonePenalty[i * instance.sessions.length + s] = penalty;
    });
  });

  return {
    instance,
    submissionIndex: new Map(instance.submissions.map((s, i) => [s.id, i])),
    trackIndex: new Map(instance.tracks.map((t, i) => [t.name, i])),
    slotOffset,
    slotRowCount,
    presenterConflict,
    attendeeConflict,
    hasPresenterConflict: hasPartner(presenterConflict, n),
    hasAttendeeConflict: hasPartner(attendeeConflict, n),
    chairConflict,
    hasChairConflict: hasPartner(chairConflict, trackCount),
    timeZonePenalty,
  };
}

function mod(value: number, modulus: number): number {
  return ((value % modulus) + modulus) % modulus;
}
