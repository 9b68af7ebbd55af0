import { countryKey } from './country-key.js';
import type { MatchResult } from './match-verdict.js';
import { compareOrganisations } from './organisation-match.js';
import { parsePersonName, type PersonName } from './person-name.js';
import { editDistance } from './string-similarity.js';
import { alignTokens } from './token-alignment.js';

export interface PersonEvidence {
  name: string;
  organisation?: string | null;
  country?: string | null;
  roleTitle?: string | null;
  email?: string | null;
}

/** Maria/Mario, Daniel/Danièle, Pascal/Pascale: one letter apart yet different people. */
function isGenderVariant(a: string, b: string): boolean {
  const trim = (s: string) => s.replace(/[aeo]$/, '');
  return trim(a) === trim(b);
}

/**
 * A typing slip in a name token: one edit, on tokens long enough that one edit rarely turns one
 * real name into another (Jean/Juan/Joan, Marta/Maria are one edit apart and are different names).
 */
export function isNameSlip(a: string, b: string): boolean {
  const shortest = Math.min(a.length, b.length);
  if (shortest < 5 || Math.abs(a.length - b.length) > 1) return false;
  if (a.length === b.length && shortest < 6) return false;
  return editDistance(a, b, 1) === 1 && !isGenderVariant(a, b);
}

const parsedCache = new Map<string, PersonName>();

export function parsePersonCached(name: string): PersonName {
  let parsed = parsedCache.get(name);
  if (!parsed) {
    if (parsedCache.size > 100_000) parsedCache.clear();
    parsed = parsePersonName(name);
    parsedCache.set(name, parsed);
  }
  return parsed;
}

const organisationVerdicts = new Map<string, Map<string, MatchResult>>();

/** Mention sets pair the same few organisations over and over; compare each pair once. */
function compareOrganisationsOnce(a: string, b: string): MatchResult {
  let row = organisationVerdicts.get(a);
  if (!row) {
    if (organisationVerdicts.size > 10_000) organisationVerdicts.clear();
    row = new Map();
    organisationVerdicts.set(a, row);
  }
  let result = row.get(b);
  if (!result) {
    result = compareOrganisations(a, b);
    row.set(b, result);
  }
  return result;
}

interface PreparedPerson {
  name: PersonName;
  email: string | null;
  country: string | null;
  organisation: string | null;
}

// Resolving compares each mention many times; derive what it says once per evidence object.
const prepared = new WeakMap<PersonEvidence, PreparedPerson>();

function prepare(evidence: PersonEvidence): PreparedPerson {
  let ready = prepared.get(evidence);
  if (!ready) {
    const email = evidence.email?.trim().toLowerCase();
    ready = {
      name: parsePersonCached(evidence.name),
      email: email && email.includes('@') ? email : null,
      country: countryKey(evidence.country),
      organisation: evidence.organisation?.trim() || null,
    };
    prepared.set(evidence, ready);
  }
  return ready;
}

interface Context {
  orgSame: boolean;
  orgDifferent: boolean;
  countrySame: boolean;
  countryDifferent: boolean;
  honorificsClash: boolean;
  reasons: string[];
}

function contextOf(a: PreparedPerson, b: PreparedPerson): Context {
  const reasons: string[] = [];
  let orgSame = false;
  let orgDifferent = false;
  if (a.organisation && b.organisation) {
    const org = compareOrganisationsOnce(a.organisation, b.organisation);
    orgSame = org.verdict === 'same';
    orgDifferent = org.verdict === 'different';
    reasons.push(orgSame ? 'same organisation' : orgDifferent ? 'different organisations' : 'organisations may be the same');
  }
  const countrySame = a.country !== null && a.country === b.country;
  const countryDifferent = a.country !== null && b.country !== null && a.country !== b.country;
  if (countrySame) reasons.push('same country');
  if (countryDifferent) reasons.push('different countries');
  const ha = a.name.honorific;
  const hb = b.name.honorific;
  const honorificsClash = (ha === 'Mr' && hb === 'Ms') || (ha === 'Ms' && hb === 'Mr');
  if (honorificsClash) reasons.push('Mr against Ms');
  return { orgSame, orgDifferent, countrySame, countryDifferent, honorificsClash, reasons };
}

export function comparePeople(a: PersonEvidence, b: PersonEvidence): MatchResult {
  const pa = prepare(a);
  const pb = prepare(b);
  if (pa.email && pa.email === pb.email) return { verdict: 'same', score: 1, reasons: ['same email address'] };

  const na = pa.name;
  const nb = pb.name;
  if (na.tokens.length === 0 || nb.tokens.length === 0) return { verdict: 'different', score: 0, reasons: ['a name is empty'] };

  const ctx = contextOf(pa, pb);
  const reasons = ctx.reasons;
  const contradicted = ctx.orgDifferent || ctx.countryDifferent || ctx.honorificsClash;
  const al = alignTokens(na.tokens, nb.tokens, { isSlip: isNameSlip, initials: true, nicknames: true });

  // A married name on one side is optional on the other.
  const extraA = al.unmatchedA.filter((t) => !nb.marriedTokens.includes(t));
  const extraB = al.unmatchedB.filter((t) => !na.marriedTokens.includes(t));
  const fullMatches = al.exact + al.slip;

  if (extraA.length > 0 && extraB.length > 0) {
    return { verdict: 'different', score: 0.1, reasons: [`names differ (${extraA.join(' ')} / ${extraB.join(' ')})`, ...reasons] };
  }
  if (fullMatches === 0) return { verdict: 'different', score: 0.05, reasons: ['no full name in common', ...reasons] };

  if (al.nickname > 0) {
    if ((ctx.orgSame || ctx.countrySame) && !contradicted && al.slip === 0) {
      return { verdict: 'maybe', score: 0.5, reasons: ['one given name could be a short form of the other', ...reasons] };
    }
    return { verdict: 'different', score: 0.15, reasons: ['given names differ', ...reasons] };
  }

  if (extraA.length > 0 || extraB.length > 0) {
    const extra = [...extraA, ...extraB].join(' ');
    if (fullMatches >= 2) {
      if (ctx.orgSame && !ctx.countryDifferent && !ctx.honorificsClash && al.slip === 0 && al.initial === 0) {
        return { verdict: 'same', score: 0.85, reasons: [`one name adds "${extra}"`, ...reasons] };
      }
      return { verdict: 'maybe', score: contradicted ? 0.45 : 0.65, reasons: [`one name adds "${extra}"`, ...reasons] };
    }
    if (ctx.orgSame && !contradicted) return { verdict: 'maybe', score: 0.45, reasons: ['only one name in common', ...reasons] };
    return { verdict: 'different', score: 0.2, reasons: ['only one name in common', ...reasons] };
  }

  if (al.initial > 0) {
    if (ctx.orgSame && !contradicted && al.slip === 0 && fullMatches >= 1) {
      return { verdict: 'same', score: 0.82, reasons: ['names agree, some given as initials', ...reasons] };
    }
    return { verdict: 'maybe', score: 0.6, reasons: ['names agree, some given as initials', ...reasons] };
  }

  if (al.slip > 0) {
    const reason = al.slip === 1 ? 'names differ by a one-letter slip' : 'names differ by several slips';
    const corroborated = ctx.orgSame || (ctx.countrySame && !ctx.orgDifferent);
    if (al.slip === 1 && fullMatches >= 2 && corroborated && !contradicted) {
      return { verdict: 'same', score: 0.85, reasons: [reason, ...reasons] };
    }
    return { verdict: 'maybe', score: contradicted ? 0.5 : 0.7, reasons: [reason, ...reasons] };
  }

  if (al.tokensA.length < 2) {
    if (ctx.orgSame && !contradicted) return { verdict: 'maybe', score: 0.55, reasons: ['same single name', ...reasons] };
    return { verdict: 'maybe', score: 0.35, reasons: ['only a single name to compare', ...reasons] };
  }
  if (contradicted) return { verdict: 'maybe', score: 0.7, reasons: ['same full name', ...reasons] };
  return { verdict: 'same', score: ctx.orgSame || ctx.countrySame ? 0.97 : 0.92, reasons: ['same full name', ...reasons] };
}
