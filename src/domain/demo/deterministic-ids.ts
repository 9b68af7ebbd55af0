import type { SeededRandom } from './prng.js';

const crockford = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * ULID-shaped ids (26 Crockford base-32 characters) from a fixed start time and the seeded random
 * source: they sort in creation order like real ULIDs, and the same seed gives the same ids.
 */
export function deterministicIds(random: SeededRandom, startMs: number): () => string {
  let counter = 0;
  return () => {
    let time = startMs + counter++;
    let timePart = '';
    for (let index = 0; index < 10; index++) {
      timePart = crockford[time % 32]! + timePart;
      time = Math.floor(time / 32);
    }
    let randomPart = '';
    for (let index = 0; index < 16; index++) randomPart += crockford[Math.floor(random.next() * 32)]!;
    return timePart + randomPart;
  };
}
