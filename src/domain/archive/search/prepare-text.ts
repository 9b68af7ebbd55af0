import snowball from 'snowball-stemmers';

/**
 * Text preparation shared by the index and the queries, in TypeScript so that SQLite and
 * PostgreSQL see the very same token streams: fold (case, accents, ligatures), split into words,
 * drop the commonest little words, and stem each word with the stemmer of its text's language.
 * Every token is made only of letters and digits, so neither engine's tokenizer splits it again.
 */

export type StemmingLanguage = 'fr' | 'es' | 'en';
const stemmers: Record<StemmingLanguage, { stem(word: string): string }> = {
  fr: snowball.newStemmer('french'),
  es: snowball.newStemmer('spanish'),
  en: snowball.newStemmer('english'),
};
export const stemmingLanguages = Object.keys(stemmers) as StemmingLanguage[];

/** Words too common to help in fr, es and en (also dropped from queries). */
const stopWords = new Set(
  ('a au aux avec ce ces dans de des du elle en et il je la le les leur lui ma mais me meme mes moi mon ne nos notre nous on ou par pas pour qu que qui sa se ses son sur ta te tes toi ton tu un une vos votre vous ' +
    'al con del el ella ellos es esta este las lo los mas mi muy no nos o para pero por se sin su sus tu una uno unos y ya ' +
    'an and are as at be by for from has have in into is it its of on or that the their this to was were which with').split(' '),
);

/** Longer tokens are cut: neither engine needs them whole, and PostgreSQL refuses words over 2 KB. */
const maxTokenLength = 60;
const ligatures: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ŀ: 'l' };

/** Lower case without accents: "Économía" → "economia"; other scripts keep their letters. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[ßæœøłđðþıŀ]/g, (character) => ligatures[character] ?? character);
}

export interface Word {
  /** The word as written, for highlighting. */
  text: string;
  start: number;
  end: number;
}

/** Letters and digits, with marks (accents written as combining characters) kept inside words. */
const wordPattern = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu;

/** The words of a text with their place in it. */
export function splitWords(text: string): Word[] {
  const words: Word[] = [];
  for (const match of text.matchAll(wordPattern)) words.push({ text: match[0], start: match.index, end: match.index + match[0].length });
  return words;
}

function isKept(folded: string): boolean {
  if (folded.length === 0 || stopWords.has(folded)) return false;
  // Single letters say nothing; single digits are parts of codes such as "1.1.3".
  return folded.length > 1 || /\p{N}/u.test(folded);
}

function clip(token: string): string {
  return token.length > maxTokenLength ? token.slice(0, maxTokenLength) : token;
}

function isStemmingLanguage(language: string | null | undefined): language is StemmingLanguage {
  return language === 'fr' || language === 'es' || language === 'en';
}

/**
 * The tokens one written word is indexed under: its folded form and its stems in the text's
 * language (stemmed as written and as folded, since the stemmers treat "economía" and "economia"
 * differently). Empty for little words.
 */
export function wordTokens(word: string, language: string | null): string[] {
  const key = `${language ?? ''}:${word}`;
  const known = tokenCache.get(key);
  if (known) return known;
  const tokens = computeWordTokens(word, language);
  // Vocabularies are small next to texts: the cache makes an index build tens of times faster.
  if (tokenCache.size >= maxCachedWords) tokenCache.clear();
  tokenCache.set(key, tokens);
  return tokens;
}

const tokenCache = new Map<string, string[]>();
const maxCachedWords = 200_000;

function computeWordTokens(word: string, language: string | null): string[] {
  const folded = foldText(word);
  if (!isKept(folded)) return [];
  const tokens = new Set([clip(folded)]);
  if (isStemmingLanguage(language)) {
    const stemmer = stemmers[language];
    const lower = word.normalize('NFC').toLowerCase();
    for (const stem of [foldText(stemmer.stem(lower)), stemmer.stem(folded)]) if (stem.length > 0) tokens.add(clip(stem));
  }
  return [...tokens];
}

/** Every token of a text in one language, in order of first appearance, each once. */
export function textTokens(text: string, language: string | null, into: Set<string> = new Set()): Set<string> {
  for (const word of splitWords(text)) for (const token of wordTokens(word.text, language)) into.add(token);
  return into;
}

/** One query word: the tokens that satisfy it exactly, and for the last word a prefix too. */
export interface QueryTerm {
  exact: string[];
  prefix: string | null;
}

export interface PreparedQuery {
  terms: QueryTerm[];
  /** The query as a program code ("1.1.3"), for the exact code match that ranks first. */
  code: string | null;
}

/** Queries longer than this are cut: nobody types more, and it bounds the work. */
const maxQueryWords = 12;

/**
 * The query prepared like the index: each word folded and stemmed in every language (its language
 * is unknown), the last word also as a prefix so that "coop" finds "coopérative". Words are
 * joined with AND; the alternatives of one word with OR.
 */
export function prepareQuery(text: string): PreparedQuery {
  const trimmed = text.trim().slice(0, 500);
  const words = splitWords(trimmed).filter((word) => isKept(foldText(word.text))).slice(0, maxQueryWords);
  const terms = words.map((word, index): QueryTerm => {
    const folded = clip(foldText(word.text));
    const exact = new Set([folded]);
    for (const language of stemmingLanguages) for (const token of wordTokens(word.text, language)) exact.add(token);
    const isLast = index === words.length - 1;
    return { exact: [...exact].sort(), prefix: isLast ? folded : null };
  });
  const code = /^[\p{L}\p{N}]{1,8}(?:[.\-/][\p{L}\p{N}]{1,8}){0,5}$/u.test(trimmed) && /\p{N}/u.test(trimmed) ? trimmed : null;
  return { terms, code };
}

/** Whether a set of indexed tokens satisfies one query word. */
export function termMatches(term: QueryTerm, tokens: Iterable<string>): 'exact' | 'prefix' | null {
  let found: 'prefix' | null = null;
  for (const token of tokens) {
    if (term.exact.includes(token)) return 'exact';
    if (term.prefix !== null && token.startsWith(term.prefix)) found = 'prefix';
  }
  return found;
}
