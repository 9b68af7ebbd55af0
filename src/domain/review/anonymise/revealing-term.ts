export type PlaceholderKind = 'name' | 'organisation' | 'link';

/**
 * A way the speaker's identity can be written, as a pattern over the folded text.
 * `accepts` looks at the original spelling of a match: lone surnames and acronyms only count
 * when written as proper nouns, so "un petit projet" keeps its "petit" while "M. Petit" goes.
 */
export interface RevealingTerm {
  kind: PlaceholderKind;
  /** Source of a pattern over folded text; may hold a named group `core` (the part `accepts` sees). */
  pattern: string;
  accepts?: (original: string) => boolean;
}

// Between the words of a name: spaces, apostrophes, hyphens, full stops, or nothing ("N'Diaye" / "Ndiaye").
export const wordGap = "[\\s'.\\-]*";

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function tokensPattern(tokens: readonly string[]): string {
  return tokens.map(escapeRegExp).join(wordGap);
}

/** Written with a capital somewhere: a proper noun, not the common word it may also be. */
export const hasCapital = (original: string) => /\p{Lu}/u.test(original);

const withoutAccents = (text: string) => text.normalize('NFD').replace(/\p{M}+/gu, '');

/**
 * Written all in capitals ("ILO", "REAS"), as the speaker gave it, accents aside ("Emmaus"), or,
 * from four letters on, with only a capital initial as acronyms often are ("Ripess", "Unesco").
 */
export function acronymAcceptor(given: string | null): (original: string) => boolean {
  const expected = given === null ? null : withoutAccents(given);
  return (original) =>
    !/\p{Ll}/u.test(original) || withoutAccents(original) === expected || (original.length >= 4 && /^\p{Lu}[\p{Ll}\p{M}]+$/u.test(original));
}
