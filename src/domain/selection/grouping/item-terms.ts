import snowball from 'snowball-stemmers';
import { foldText, splitWords } from '../../archive/search/prepare-text.js';
import { stopWords } from './stop-words.js';
import type { GroupableItem } from './workshop-group.js';

const stemmers: Record<string, { stem(word: string): string }> = {
  fr: snowball.newStemmer('french'),
  es: snowball.newStemmer('spanish'),
  en: snowball.newStemmer('english'),
};

/** Stemming is most of the work, and texts repeat their words: kept per language and word form. */
const stemCache = new Map<string, string>();
const maxCachedStems = 100_000;

function stemOf(form: string, folded: string, language: string): string {
  const stemmer = stemmers[language];
  if (!stemmer) return folded;
  const key = `${language}:${form}`;
  let stem = stemCache.get(key);
  if (stem === undefined) {
    stem = foldText(stemmer.stem(form));
    if (stemCache.size >= maxCachedStems) stemCache.clear();
    stemCache.set(key, stem);
  }
  return stem;
}

/** A title says more about the topic than any one sentence of the text. */
const titleWeight = 2;
/**
 * Length of the cross-language prefix term: "coopérative", "cooperativa" and "cooperative" all
 * give `coope`, "agriculture" and "agricultura" give `agric`.
 */
const prefixLength = 5;
const shortestWord = 3;

/** The terms of one initiative: `s:` a stem in its language, `p:` a folded prefix shared across languages. */
export interface ItemTerms {
  /** Weighted occurrences of each term. */
  counts: Map<string, number>;
  /** For each term, how often each written form (lower case) gave it: to show keywords. */
  forms: Map<string, Map<string, number>>;
}

function add(terms: ItemTerms, term: string, form: string, weight: number): void {
  terms.counts.set(term, (terms.counts.get(term) ?? 0) + weight);
  let forms = terms.forms.get(term);
  if (!forms) terms.forms.set(term, (forms = new Map()));
  forms.set(form, (forms.get(form) ?? 0) + weight);
}

function addText(terms: ItemTerms, text: string, language: string, weight: number): void {
  for (const word of splitWords(text)) {
    const folded = foldText(word.text);
    if (folded.length < shortestWord || stopWords.has(folded) || /^\p{N}+$/u.test(folded)) continue;
    const form = word.text.normalize('NFC').toLowerCase();
    add(terms, `s:${stemOf(form, folded, language)}`, form, weight);
    if (folded.length >= prefixLength) add(terms, `p:${folded.slice(0, prefixLength)}`, form, weight);
  }
}

/**
 * The terms of an initiative's title (counted twice) and text, little words dropped.
 *
 * @example
 * itemTerms({ id: 'a', title: 'Cooperativas de vivienda', text: '', language: 'es', themes: [] }).counts;
 * // → Map { 's:cooper' => 2, 'p:coope' => 2, 's:viviend' => 2, 'p:vivie' => 2 }
 */
export function itemTerms(item: GroupableItem): ItemTerms {
  const terms: ItemTerms = { counts: new Map(), forms: new Map() };
  const language = item.language.trim().toLowerCase().slice(0, 2);
  addText(terms, item.title, language, titleWeight);
  addText(terms, item.text, language, 1);
  return terms;
}
