import type { ItemTerms } from './item-terms.js';

/** Prefix terms only hint at a shared topic across languages; a shared stem is the stronger sign. */
const prefixTermWeight = 0.5;

/** A unit-length sparse TF-IDF vector: the weights of the terms `ids` of the vocabulary. */
export interface TermVector {
  ids: number[];
  weights: number[];
}

export interface TermVectors {
  /** Every term, by id. */
  vocabulary: string[];
  vectors: TermVector[];
}

/**
 * TF-IDF vectors of the items, each of length 1 (or empty): sub-linear term frequency
 * (1 + ln tf) times ln(n / df), so a term every item has weighs nothing.
 */
export function termVectors(items: ItemTerms[]): TermVectors {
  const idOf = new Map<string, number>();
  const documentFrequency: number[] = [];
  for (const { counts } of items)
    for (const term of counts.keys()) {
      let id = idOf.get(term);
      if (id === undefined) idOf.set(term, (id = documentFrequency.push(0) - 1));
      documentFrequency[id] = documentFrequency[id]! + 1;
    }
  const vectors = items.map(({ counts }): TermVector => {
    const vector: TermVector = { ids: [], weights: [] };
    for (const [term, count] of counts) {
      const id = idOf.get(term)!;
      const weight = (1 + Math.log(count)) * Math.log(items.length / documentFrequency[id]!) * (term.startsWith('p:') ? prefixTermWeight : 1);
      if (weight <= 0) continue;
      vector.ids.push(id);
      vector.weights.push(weight);
    }
    const length = Math.sqrt(vector.weights.reduce((sum, weight) => sum + weight * weight, 0));
    vector.weights = vector.weights.map((weight) => weight / length);
    return vector;
  });
  return { vocabulary: [...idOf.keys()], vectors };
}
