import type { CosplibInstance } from '../cosplib/instance.js';
import { randomInt, seededRandom } from '../solver/random.js';

export interface GeneratedCosplibShape {
  sessions: number;
  rooms: number;
  tracks: number;
  submissions: number;
}

/**
 * A random CoSPLib instance that has a valid schedule (planted: talks are made cell by cell, each cell's
 * talks of one track and fitting in it; up to `submissions` talks). Penalties, similarities, weights and shared presenters,
 * attendees and chairs are random, some of them "forbidding" (large).
 * @example
 * const instance = generateCosplibInstance(7, { sessions: 4, rooms: 3, tracks: 4, submissions: 20 });
 */
export function generateCosplibInstance(seed: number, shape: GeneratedCosplibShape): CosplibInstance {
  const random = seededRandom(seed);
  const pick = <T>(values: readonly T[]): T => values[randomInt(random, values.length)]!;
  const penalty = (): number => (random() < 0.7 ? 0 : pick([1, 2, 10, 1000]));
  const sessions = Array.from({ length: shape.sessions }, (_, s) => {
    const slotCount = 2 + randomInt(random, 3);
    const start = (8 + 2 * s) % 24 * 60;
    return { name: `S${s + 1}`, slotCount, start, end: start + slotCount * 30 };
  });
  const people = Array.from({ length: Math.max(2, Math.floor(shape.submissions / 2)) }, (_, p) => `P${p + 1}`);
  const tracks = Array.from({ length: shape.tracks }, (_, t) => ({ name: `T${t + 1}`, chairs: random() < 0.3 ? [pick(people)] : [] }));
  const submissions: CosplibInstance['submissions'] = [];
  const orderInTrack = new Array<number>(shape.tracks).fill(0);
  // Planted: each cell gets one track and talks of that track that fit in it, so a valid schedule exists.
  for (const session of sessions) {
    for (let r = 0; r < shape.rooms && submissions.length < shape.submissions; r++) {
      const track = randomInt(random, shape.tracks);
      let free = randomInt(random, session.slotCount + 1);
      while (free > 0 && submissions.length < shape.submissions) {
        const slots = free >= 2 && random() < 0.2 ? 2 : 1;
        free -= slots;
        submissions.push({
          id: `P${submissions.length + 1}`,
          track,
          requiredSlots: slots,
          order: random() < 0.3 ? ++orderInTrack[track]! : 0,
          offsetHours: pick([-5, 0, 1, 8]),
          presenters: [pick(people)],
          attendees: random() < 0.3 ? [pick(people)] : [],
          sessionPenalty: sessions.map(penalty),
          roomPenalty: Array.from({ length: shape.rooms }, penalty),
        });
      }
    }
  }
  const similarity = tracks.map(() => new Array<number>(shape.tracks).fill(0));
  for (let t = 0; t < shape.tracks; t++) {
    for (let u = t + 1; u < shape.tracks; u++) if (random() < 0.2) similarity[t]![u] = similarity[u]![t] = 1 + randomInt(random, 3);
  }
  return {
    name: `generated-${seed}`,
    parameters: {
      localOffsetHours: 0,
      suitableFrom: 9 * 60 + 30,
      suitableTo: 21 * 60 + 30,
      lessSuitableFrom: 7 * 60,
      lessSuitableTo: 23 * 60,
      smallTimeZonePenalty: 1,
      bigTimeZonePenalty: 10,
      weights: Array.from({ length: 16 }, () => pick([0, 1, 1, 10, 100])),
    },
    sessions,
    rooms: Array.from({ length: shape.rooms }, (_, r) => `R${r + 1}`),
    tracks,
    submissions,
    trackSessionPenalty: tracks.map(() => sessions.map(penalty)),
    trackRoomPenalty: tracks.map(() => Array.from({ length: shape.rooms }, penalty)),
    sessionRoomPenalty: sessions.map(() => Array.from({ length: shape.rooms }, () => (random() < 0.1 ? 1000 : 0))),
    trackSimilarity: similarity,
  };
}
