import { SeededRandom } from '../../demo/prng.js';
/** A small seeded generator (mulberry32), so runs and generated instances are reproducible. */
export function seededRandom(seed: number): () => number {
  const source = new SeededRandom(seed);
  return () => source.next();
}

export function randomInt(random: () => number, below: number): number {
  return Math.floor(random() * below);
}
