import { parseOrganisationName } from '../../people/identity/index.js';
import { knownOrganisations } from '../../people/identity/known-organisations.js';
import { knownPlaces } from '../../people/identity/place-names.js';
import { foldedTokens } from './folded-text.js';
import { acronymAcceptor, hasCapital, tokensPattern, wordGap, type RevealingTerm } from './revealing-term.js';

const leadingArticles = new Set(['le', 'la', 'les', 'l', 'el', 'los', 'las', 'lo', 'the', 'o', 'a', 'os', 'as', 'il']);

const looksLikeAcronym = (piece: string) => !/\s/.test(piece) && (piece.replace(/[^\p{Lu}]/gu, '').length >= 2 || /^\p{Lu}[\p{L}&.]*$/u.test(piece) && piece.length <= 6);

/** The parts of a written organisation: "Territoires innovants (TIESS)" and "REAS – Red de Economía…" hold a name and an acronym. */
function piecesOf(organisation: string): string[] {
  return organisation
    .split(/[()]|\s[-–—]\s|\s\/\s/)
    .map((piece) => piece.trim().replace(/^[,;:]+|[,;:]+$/g, '').trim())
    .filter(Boolean);
}

export function nameTerm(phrase: string): RevealingTerm | null {
  const tokens = foldedTokens(phrase);
  while (tokens.length > 1 && leadingArticles.has(tokens[0]!)) tokens.shift();
  if (tokens.length === 0) return null;
  return { kind: 'organisation', pattern: tokensPattern(tokens), ...(tokens.length === 1 ? { accepts: hasCapital } : {}) };
}

export function acronymTerm(acronym: string, given: string | null): RevealingTerm | null {
  const tokens = foldedTokens(acronym);
  if (tokens.length === 0) return null;
  return { kind: 'organisation', pattern: tokens.join('\\.?'), accepts: acronymAcceptor(given) };
}

/** Every alias of a well-known organisation ("OIT" also hides "ILO" and "Organización Internacional del Trabajo"). */
function knownAliasTerms(knownId: string): RevealingTerm[] {
  return (knownOrganisations[knownId] ?? []).flatMap((alias) => {
    const term = alias.includes(' ') ? nameTerm(alias) : acronymTerm(alias, null);
    return term ? [term] : [];
  });
}

const governmentWords = '(?:ville|mairie|municipalite|commune|city|town|municipality|ayuntamiento|ajuntament|municipalidad|municipio|alcaldia|prefeitura|intendencia|ciudad|concello|comune)';
const ofWords = "(?:de|d|du|of|del|di|da|do)";

/** "Ville de Montréal" also hides "City of Montreal", "Montreal City Council", "Ayuntamiento de Montreal". */
function localGovernmentTerms(placeId: string): RevealingTerm[] {
  const aliases = (knownPlaces[placeId] ?? []).map((alias) => tokensPattern(alias.split(' ')));
  if (aliases.length === 0) return [];
  const place = `(?:${aliases.join('|')})`;
  return [
    { kind: 'organisation', pattern: `${governmentWords}${wordGap}(?:${ofWords}${wordGap})?${place}` },
    { kind: 'organisation', pattern: `${place}${wordGap}(?:city${wordGap}(?:council|hall|government)|town${wordGap}council|udala)` },
  ];
}

/**
 * Patterns for one organisation: its name (any case, articles in front optional), its acronyms
 * (in capitals, or as given), the other names of a well-known organisation, and the other ways
 * of naming a city's government.
 *
 * @example
 * organisationTerms('Territoires innovants en économie sociale et solidaire (TIESS)')
 * // matches "territoires innovants en économie sociale et solidaire" and "TIESS", not "tiess"
 */
export function organisationTerms(organisation: string): RevealingTerm[] {
  const terms: RevealingTerm[] = [];
  const knownIds = new Set<string>();
  for (const piece of piecesOf(organisation)) {
    const term = looksLikeAcronym(piece) ? acronymTerm(piece, piece) : nameTerm(piece);
    if (term) terms.push(term);
    const parsed = parseOrganisationName(piece);
    if (parsed.knownId) knownIds.add(parsed.knownId);
    if (parsed.localGovernmentOf) terms.push(...localGovernmentTerms(parsed.localGovernmentOf));
  }
  for (const id of knownIds) terms.push(...knownAliasTerms(id));
  return terms;
}
