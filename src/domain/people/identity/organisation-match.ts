import { countryKey } from './country-key.js';
import type { MatchResult } from './match-verdict.js';
import { isAmbiguousPlace, knownOrganisationId, organisationFormWords, parseOrganisationName, type OrganisationName } from './organisation-name.js';
import { placeAliases } from './place-names.js';
import { editDistance } from './string-similarity.js';
import { foldText } from './text-folding.js';
import { alignTokens } from './token-alignment.js';

export type OrganisationEvidence =
  | string
  | { name: string; acronym?: string | null; city?: string | null; country?: string | null };

function isOrganisationSlip(a: string, b: string): boolean {
  return Math.min(a.length, b.length) >= 5 && !/\d/.test(a + b) && editDistance(a, b, 1) === 1;
}

/** Acronym letters are the initials of the name's words, in order, with at most `skips` words left out. */
function acronymFitsInitials(acronym: string, initials: string, skips: number): boolean {
  if (!initials || acronym[0] !== initials[0]) return false;
  let i = 0;
  let skipped = 0;
  for (const letter of initials) {
    if (i < acronym.length && letter === acronym[i]) i++;
    else if (i < acronym.length) skipped++;
  }
  return i === acronym.length && skipped <= skips;
}

function compareAcronymWithName(acronym: string, name: OrganisationName): MatchResult | null {
  const letters = acronym.toLowerCase();
  if (letters.length >= 4 && name.initials === letters) {
    return { verdict: 'same', score: 0.88, reasons: [`${acronym} is the initials of the other name`] };
  }
  if (letters.length >= 3 && acronymFitsInitials(letters, name.initials, 1)) {
    return { verdict: 'maybe', score: 0.65, reasons: [`${acronym} fits the initials of the other name`] };
  }
  return null;
}

function compareParsed(a: OrganisationName, b: OrganisationName): MatchResult {
  if (a.knownId && b.knownId) {
    return a.knownId === b.knownId
      ? { verdict: 'same', score: 0.97, reasons: [`both name ${a.knownId}`] }
      : { verdict: 'different', score: 0.02, reasons: [`${a.knownId} and ${b.knownId} are different organisations`] };
  }

  if (a.localGovernmentOf || b.localGovernmentOf) {
    if (a.localGovernmentOf && b.localGovernmentOf) {
      if (a.localGovernmentOf !== b.localGovernmentOf) {
        return { verdict: 'different', score: 0.05, reasons: ['local governments of different places'] };
      }
      if (a.country && b.country && a.country !== b.country) {
        return { verdict: 'different', score: 0.05, reasons: ['local governments of same-named places in different countries'] };
      }
      const reasons = [`both the local government of ${a.localGovernmentOf}`];
      if (a.placeBySlip || b.placeBySlip) reasons.push('place name recognised despite a one-letter slip');
      if (isAmbiguousPlace(a.localGovernmentOf) && !(a.country && a.country === b.country)) {
        return { verdict: 'maybe', score: 0.7, reasons: [...reasons, 'several places carry that name'] };
      }
      return { verdict: 'same', score: a.placeBySlip || b.placeBySlip ? 0.86 : 0.94, reasons };
    }
    const government = (a.localGovernmentOf ?? b.localGovernmentOf)!;
    const other = a.localGovernmentOf ? b : a;
    if (other.key === government) return { verdict: 'maybe', score: 0.5, reasons: ['a place name against its local government'] };
    return { verdict: 'different', score: 0.1, reasons: ['a local government against another kind of organisation'] };
  }

  if (a.acronym && b.acronym) {
    if (a.acronym === b.acronym) return { verdict: 'same', score: 0.95, reasons: [`same acronym ${a.acronym}`] };
    if (a.key === b.key && a.tokens.length >= 2) return { verdict: 'same', score: 0.88, reasons: ['same name, acronyms differ'] };
    if (Math.min(a.acronym.length, b.acronym.length) >= 4 && editDistance(a.acronym, b.acronym, 1) === 1) {
      return { verdict: 'maybe', score: 0.6, reasons: ['acronyms differ by one letter'] };
    }
    return { verdict: 'different', score: 0.1, reasons: ['different acronyms'] };
  }
  if (a.acronym && !b.acronym) {
    const fit = compareAcronymWithName(a.acronym, b);
    if (fit) return fit;
  }
  if (b.acronym && !a.acronym) {
    const fit = compareAcronymWithName(b.acronym, a);
    if (fit) return fit;
  }

  if (a.key === b.key) return { verdict: 'same', score: 0.9, reasons: ['same name up to language, articles and word order'] };
  const al = alignTokens(a.tokens, b.tokens, { isSlip: isOrganisationSlip, initials: false, nicknames: false });
  const matched = al.exact + al.slip;
  if (matched === 0) return { verdict: 'different', score: 0, reasons: ['no word in common'] };
  if (al.unmatchedA.length === 0 && al.unmatchedB.length === 0) {
    return al.slip === 0
      ? { verdict: 'same', score: 0.9, reasons: ['same words'] }
      : { verdict: 'maybe', score: 0.75, reasons: [`same words but ${al.slip} spelled differently`] };
  }
  if (al.unmatchedA.length === 0 || al.unmatchedB.length === 0) {
    const longerIsA = al.unmatchedA.length > 0;
    const extras = longerIsA ? al.unmatchedIndexA : al.unmatchedIndexB;
    const longer = longerIsA ? al.tokensA : al.tokensB;
    const firstShared = longer.findIndex((_, i) => !extras.includes(i));
    const extraWords = extras.map((i) => longer[i]!);
    if (extras.every((i) => i < firstShared)) {
      if (extraWords.every((w) => organisationFormWords.has(w))) {
        return { verdict: 'same', score: 0.85, reasons: ['same name, one adds the kind of organisation'] };
      }
      // "Fiducie du Chantier…", "Section juvénile du Chantier…": a body attached to the other, not the other.
      return { verdict: 'different', score: 0.2, reasons: [`"${extraWords.join(' ')}" of the other organisation is a body of its own`] };
    }
    return { verdict: 'maybe', score: 0.6, reasons: [`one name adds "${extraWords.join(' ')}"`] };
  }
  const dice = (2 * matched) / (al.tokensA.length + al.tokensB.length);
  if (dice >= 0.75) return { verdict: 'maybe', score: 0.5, reasons: ['most words shared'] };
  return { verdict: 'different', score: dice * 0.4, reasons: ['names share only some words'] };
}

interface Evidence {
  name: string;
  acronym: string | null;
  city: string | null;
  country: string | null;
}

function evidenceOf(evidence: OrganisationEvidence): Evidence {
  if (typeof evidence === 'string') return { name: evidence, acronym: null, city: null, country: null };
  const acronym = evidence.acronym?.replace(/[^\p{L}\p{N}&]/gu, '').toUpperCase() || null;
  return { name: evidence.name, acronym, city: placeKey(evidence.city), country: countryKey(evidence.country) };
}

const parsedCache = new Map<string, OrganisationName>();

/** Parses once per distinct spelling; mention sets repeat the same organisation names a lot. */
export function parseOrganisationCached(name: string): OrganisationName {
  let parsed = parsedCache.get(name);
  if (!parsed) {
    if (parsedCache.size > 50_000) parsedCache.clear();
    parsed = parseOrganisationName(name);
    parsedCache.set(name, parsed);
  }
  return parsed;
}

export function compareOrganisations(a: OrganisationEvidence, b: OrganisationEvidence): MatchResult {
  const left = evidenceOf(a);
  const right = evidenceOf(b);
  const pa = withEvidence(parseOrganisationCached(left.name), left);
  const pb = withEvidence(parseOrganisationCached(right.name), right);
  if ((pa.tokens.length === 0 && !pa.acronym) || (pb.tokens.length === 0 && !pb.acronym)) {
    return { verdict: 'different', score: 0, reasons: ['an organisation name is empty'] };
  }
  const result = compareParsed(pa, pb);
  if (result.verdict !== 'same') return result;
  const countryA = pa.country;
  const countryB = pb.country;
  if (countryA && countryB && countryA !== countryB) {
    return { verdict: 'maybe', score: result.score - 0.25, reasons: [...result.reasons, `but countries differ (${countryA}, ${countryB})`] };
  }
  // Known organisations have offices everywhere; for the others two cities mean two organisations (or two branches).
  if (left.city && right.city && left.city !== right.city && !pa.knownId) {
    return { verdict: 'maybe', score: result.score - 0.2, reasons: [...result.reasons, 'but cities differ'] };
  }
  return result;
}

/** An acronym or country recorded beside the name counts as if written in it. */
function withEvidence(name: OrganisationName, evidence: Evidence): OrganisationName {
  const acronym = evidence.acronym ?? name.acronym;
  const country = evidence.country ?? name.country;
  if (acronym === name.acronym && country === name.country) return name;
  return { ...name, acronym, country, knownId: name.knownId ?? knownOrganisationId(name.key, acronym) };
}

function placeKey(city: string | null | undefined): string | null {
  if (!city?.trim()) return null;
  const folded = foldText(city).replace(/[^a-z0-9]+/g, ' ').trim();
  return placeAliases().get(folded) ?? folded;
}
