import { readLocalized, type LocalizedText } from '../../text/localized-text.js';
import { splitWords, termMatches, wordTokens, type PreparedQuery } from './prepare-text.js';
import type { SearchText } from './search-documents.js';

/** A piece of a text, highlighted when it is a word the query matched. Rendered escaped, never as HTML. */
export interface SearchFragment {
  text: string;
  highlighted: boolean;
}

const snippetWords = 24;
const wordsBeforeMatch = 8;

function isMatch(query: PreparedQuery, word: string, language: string | null): boolean {
  const tokens = wordTokens(word, language);
  return tokens.length > 0 && query.terms.some((term) => termMatches(term, tokens) !== null);
}

function push(fragments: SearchFragment[], text: string, highlighted: boolean): void {
  if (text === '') return;
  const last = fragments[fragments.length - 1];
  if (last && !last.highlighted && !highlighted) last.text += text;
  else fragments.push({ text, highlighted });
}

/** A text cut into fragments, matched words highlighted; between `from` and `to` word indexes, with ellipses where cut. */
function fragmentsOf(text: string, language: string | null, query: PreparedQuery, window?: { from: number; to: number }): SearchFragment[] {
  const words = splitWords(text);
  const from = window?.from ?? 0;
  const to = window?.to ?? words.length;
  const fragments: SearchFragment[] = [];
  let cursor = from === 0 ? 0 : words[from]!.start;
  if (from > 0) push(fragments, '… ', false);
  for (let index = from; index < to; index++) {
    const word = words[index]!;
    if (!isMatch(query, word.text, language)) continue;
    push(fragments, text.slice(cursor, word.start), false);
    push(fragments, word.text, true);
    cursor = word.end;
  }
  const end = to >= words.length ? text.length : words[to - 1]!.end;
  push(fragments, text.slice(cursor, end), false);
  if (to < words.length) push(fragments, ' …', false);
  return fragments;
}

/** The languages to look in: the wanted one, the original, then the others. */
function readings(text: SearchText, wanted: string | null): { value: string; language: string | null }[] {
  if (typeof text === 'string') return [{ value: text, language: null }];
  const order = [...new Set([wanted, text.original, ...Object.keys(text.text)].filter((language): language is string => language !== null))];
  return order.flatMap((language) => {
    const value = text.text[language as keyof LocalizedText['text']];
    return value ? [{ value, language }] : [];
  });
}

/** The title as the reader will see it (their language, else the original), matched words highlighted. */
export function titleFragments(title: SearchText, wanted: string | null, query: PreparedQuery): SearchFragment[] {
  if (typeof title === 'string') return fragmentsOf(title, null, query);
  const reading = readLocalized(title, wanted ?? title.original);
  return fragmentsOf(reading.value, reading.language, query);
}

/**
 * A short passage of the first text where the query matched (trying the reader's language first),
 * around the first matched word; the beginning of the first text when only the title matched.
 */
export function snippetFragments(body: SearchText[], wanted: string | null, query: PreparedQuery): { fragments: SearchFragment[]; language: string | null } {
  for (const text of body) {
    for (const reading of readings(text, wanted)) {
      const words = splitWords(reading.value);
      const first = words.findIndex((word) => isMatch(query, word.text, reading.language));
      if (first === -1) continue;
      const from = Math.max(0, first - wordsBeforeMatch);
      return { fragments: fragmentsOf(reading.value, reading.language, query, { from, to: Math.min(words.length, from + snippetWords) }), language: reading.language };
    }
  }
  const first = body[0] ? readings(body[0], wanted)[0] : undefined;
  if (!first) return { fragments: [], language: null };
  return { fragments: fragmentsOf(first.value, first.language, query, { from: 0, to: Math.min(splitWords(first.value).length, snippetWords) }), language: first.language };
}
