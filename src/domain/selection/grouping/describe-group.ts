import type { ItemTerms } from './item-terms.js';
import type { TermVector, TermVectors } from './term-vectors.js';
import type { SimilarityMatrix } from './similarity-matrix.js';
import type { GroupableItem, WorkshopGroupSuggestion } from './workshop-group.js';

const keywordCount = 5;

/** The theme held by the most members, at least two; ties go to the alphabetically first. */
function dominantTheme(members: GroupableItem[]): string | null {
  const counts = new Map<string, number>();
  for (const member of members) for (const theme of new Set(member.themes)) counts.set(theme, (counts.get(theme) ?? 0) + 1);
  let best: [string, number] | null = null;
  for (const entry of counts) if (entry[1] >= 2 && (!best || entry[1] > best[1] || (entry[1] === best[1] && entry[0] < best[0]))) best = entry;
  return best?.[0] ?? null;
}

/** The most common written form of a term across the members. */
function commonForm(term: string, members: ItemTerms[]): string {
  const totals = new Map<string, number>();
  for (const { forms } of members) for (const [form, count] of forms.get(term) ?? []) totals.set(form, (totals.get(form) ?? 0) + count);
  return [...totals].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
}

/** Terms that at least two members have, by their summed TF-IDF weight, shown in their commonest form. */
function sharedKeywords(vocabulary: string[], vectors: TermVector[], terms: ItemTerms[]): string[] {
  const weights = new Map<string, { total: number; holders: number }>();
  for (const { ids, weights: termWeights } of vectors)
    ids.forEach((id, index) => {
      const term = vocabulary[id]!;
      const entry = weights.get(term) ?? { total: 0, holders: 0 };
      weights.set(term, { total: entry.total + termWeights[index]!, holders: entry.holders + 1 });
    });
  const ranked = [...weights].filter(([, { holders }]) => holders >= 2).sort((a, b) => b[1].total - a[1].total || (a[0] < b[0] ? -1 : 1));
  const keywords: string[] = [];
  for (const [term] of ranked) {
    const form = commonForm(term, terms);
    if (!keywords.includes(form)) keywords.push(form);
    if (keywords.length === keywordCount) break;
  }
  return keywords;
}

function cohesion(group: number[], similarity: SimilarityMatrix): number {
  if (group.length < 2) return 0;
  let sum = 0;
  for (let a = 0; a < group.length; a++) for (let b = a + 1; b < group.length; b++) sum += similarity.at(group[a]!, group[b]!);
  const mean = sum / ((group.length * (group.length - 1)) / 2);
  return Math.round(Math.min(1, Math.max(0, mean)) * 1000) / 1000;
}

export interface GroupingData {
  items: GroupableItem[];
  terms: ItemTerms[];
  vectors: TermVectors;
  similarity: SimilarityMatrix;
}

/** A group of item indexes as the organisers see it: ids, shared theme, shared words, cohesion. */
export function describeGroup(group: number[], data: GroupingData): WorkshopGroupSuggestion {
  return {
    itemIds: group.map((index) => data.items[index]!.id),
    theme: dominantTheme(group.map((index) => data.items[index]!)),
    keywords: sharedKeywords(
      data.vectors.vocabulary,
      group.map((index) => data.vectors.vectors[index]!),
      group.map((index) => data.terms[index]!),
    ),
    cohesion: cohesion(group, data.similarity),
  };
}
