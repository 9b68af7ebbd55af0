import type { TermVectors } from './term-vectors.js';

/**
 * A shared theme counts half as much as identical texts: themes are coarse (eight or so per
 * edition) but chosen by the submitters themselves, and hold across languages.
 */
const themeBonus = 0.5;

/** Pairwise similarities from 0 to 1, 1 on the diagonal. */
export interface SimilarityMatrix {
  size: number;
  at(a: number, b: number): number;
}

function themeOverlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const theme of a) if (b.has(theme)) shared += 1;
  return shared / (a.size + b.size - shared);
}

/**
 * (cosine of the texts + 0.5 × Jaccard overlap of the themes) / 1.5, so from 0 to 1.
 *
 * @example
 * similarityMatrix(termVectors(terms), items.map((item) => new Set(item.themes))).at(0, 1); // → 0.42
 */
export function similarityMatrix({ vocabulary, vectors }: TermVectors, themes: ReadonlySet<string>[]): SimilarityMatrix {
  const size = vectors.length;
  const values = new Float64Array(size * size);
  // Item a's vector spread over the whole vocabulary, so each cosine is one pass over b's terms.
  const row = new Float64Array(vocabulary.length);
  for (let a = 0; a < size; a++) {
    const vectorA = vectors[a]!;
    vectorA.ids.forEach((id, index) => (row[id] = vectorA.weights[index]!));
    values[a * size + a] = 1;
    for (let b = a + 1; b < size; b++) {
      const { ids, weights } = vectors[b]!;
      let cosine = 0;
      for (let index = 0; index < ids.length; index++) cosine += row[ids[index]!]! * weights[index]!;
      const value = Math.min(1, (cosine + themeBonus * themeOverlap(themes[a]!, themes[b]!)) / (1 + themeBonus));
      values[a * size + b] = value;
      values[b * size + a] = value;
    }
    for (const id of vectorA.ids) row[id] = 0;
  }
  return { size, at: (a, b) => values[a * size + b]! };
}
