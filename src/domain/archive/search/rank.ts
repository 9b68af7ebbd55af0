import { foldText, termMatches, type PreparedQuery } from './prepare-text.js';

/** Ties are broken by kind in this order, then by id: the same order on every engine. */
export const kindOrder = ['session', 'initiative', 'organisation', 'person'] as const;

export interface Rankable {
  kind: string;
  entityId: string;
  code: string | null;
  titleTokens: Set<string>;
  bodyTokens: Set<string>;
}

/**
 * One formula, in TypeScript, over the candidates either engine found: an exact code match first,
 * then words found in the title (whole words above prefixes), then in the rest; all words in the
 * title earn a bonus, and shorter titles a little more.
 */
export function scoreDocument(query: PreparedQuery, document: Rankable): number {
  let score = 0;
  if (query.code !== null && document.code !== null && foldText(document.code) === foldText(query.code)) score += 1000;
  let allInTitle = query.terms.length > 0;
  let titleMatched = false;
  for (const term of query.terms) {
    const inTitle = termMatches(term, document.titleTokens);
    if (inTitle !== null) titleMatched = true;
    if (inTitle === 'exact') score += 10;
    else if (inTitle === 'prefix') score += 6;
    else {
      allInTitle = false;
      const inBody = termMatches(term, document.bodyTokens);
      score += inBody === 'exact' ? 2 : inBody === 'prefix' ? 1 : 0;
    }
  }
  if (allInTitle) score += 5;
  // Among title matches, the shorter title is the closer one.
  if (titleMatched) score += 2 / (1 + document.titleTokens.size / 8);
  // Rounded, so that no floating-point noise can order two equal documents differently.
  return Math.round(score * 1000) / 1000;
}

export function compareRanked(a: Rankable & { score: number }, b: Rankable & { score: number }): number {
  if (a.score !== b.score) return b.score - a.score;
  const kinds = kindOrder.indexOf(a.kind as never) - kindOrder.indexOf(b.kind as never);
  if (kinds !== 0) return kinds;
  return a.entityId < b.entityId ? -1 : a.entityId > b.entityId ? 1 : 0;
}
