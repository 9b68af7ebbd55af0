import { parsePersonName } from '../../people/identity/index.js';
import { nameParticles } from '../../people/identity/person-name.js';
import { foldText } from '../../people/identity/text-folding.js';
import { foldedTokens } from './folded-text.js';
import { hasCapital, tokensPattern, type RevealingTerm } from './revealing-term.js';

// Titles written before a name, folded; "m" only with its full stop ("M. Lavoie"), never "I'm".
const honorific = '(?:(?:mme|mmes|mlle|madame|monsieur|mr|mrs|ms|miss|dr|dre|dra|sr|sra|srta|senor|senora|senorita|don|dona|prof|pr|professor|profesora?|professeure?)\\.?\\s+|m\\.\\s*)?';

const isParticle = (word: string) => nameParticles.has(foldText(word));
const lettersOf = (word: string) => foldedTokens(word).join('');

/** Words standing alone that still identify: the family name, its parts, and Spanish-style double surnames. */
function surnameForms(given: string[], family: string[]): string[][] {
  const forms: string[][] = [];
  const add = (words: string[]) => {
    if (words.length > 0 && lettersOf(words.join(' ')).length >= 3) forms.push(words);
  };
  add(family);
  let firstCore = 0;
  while (firstCore < family.length - 1 && isParticle(family[firstCore]!)) firstCore++;
  const core = family.slice(firstCore);
  add(core);
  for (const word of core) {
    const parts = word.split(/[-‐-―\s]+/).filter(Boolean);
    if (parts.length > 1) for (const part of parts) add([part]);
  }
  // "María José García López": the two last words are both surnames; the parser keeps only "López".
  const everyWord = [...given, ...family].filter((word) => !isParticle(word));
  if (everyWord.length >= 3 && family.length === 1) {
    add(everyWord.slice(-2));
    add([everyWord[everyWord.length - 2]!]);
  }
  return forms;
}

/** Initials of the given names: "Jean-Pierre" gives "j p", so "J.-P. N'Diaye" and "JP Ndiaye" match. */
function initialsOf(given: string[]): string[] {
  return given.flatMap((word) => foldedTokens(word).map((token) => token[0]!));
}

/**
 * Patterns for one person: the full name in either order, with initials, or with a title, in any
 * case; and, written as proper nouns, the surname alone and its parts of three letters or more.
 *
 * @example
 * nameTerms('María de la Cruz') // matches "María de la Cruz", "DE LA CRUZ María", "M. de la Cruz", "Sra. Cruz", not "la cruz roja"
 */
export function nameTerms(name: string): RevealingTerm[] {
  const parsed = parsePersonName(name);
  const given = parsed.givenNames;
  const family = [...parsed.familyNames, ...parsed.marriedNames];
  if (given.length + family.length === 0) return [];
  const fullForms = [
    [...given, ...family],
    [...family, ...given],
    [...given, ...parsed.familyNames],
  ].map((words) => foldedTokens(words.join(' ')));
  const surnames = [...surnameForms(given, parsed.familyNames), ...(parsed.marriedNames.length > 0 ? surnameForms([], parsed.marriedNames) : [])];
  // "Elise Meno", "María García": the first given name with any form of the surname.
  if (given.length > 0) for (const words of surnames) fullForms.push(foldedTokens([given[0]!, ...words].join(' ')));
  const familyTokens = foldedTokens(parsed.familyNames.join(' '));
  const initials = initialsOf(given);
  if (initials.length > 0 && familyTokens.length > 0) {
    fullForms.push([...initials, ...familyTokens], [initials[0]!, ...familyTokens]);
  }
  const terms: RevealingTerm[] = [];
  const seen = new Set<string>();
  for (const tokens of fullForms) {
    const pattern = tokensPattern(tokens);
    if (tokens.length === 0 || seen.has(pattern)) continue;
    seen.add(pattern);
    // A one-word name is a proper noun like a lone surname.
    terms.push({ kind: 'name', pattern: `${honorific}(?<core>${pattern})`, ...(tokens.length === 1 ? { accepts: hasCapital } : {}) });
  }
  for (const words of surnames) {
    terms.push({ kind: 'name', pattern: `${honorific}(?<core>${tokensPattern(foldedTokens(words.join(' ')))})`, accepts: hasCapital });
  }
  return terms;
}
