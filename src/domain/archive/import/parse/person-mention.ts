import type { RoleStatus } from '../../../program/tables.js';
import type { OrganisationMention, PersonMention, SourceRef } from '../imported-document.js';
import { cleanInline, foldForMatch } from './clean-text.js';
import { countryCode, readPlace, regionCountry } from './country-names.js';
import { honorifics, isRoleWord, nameParticles, toBeConfirmedMarkers } from './labels.js';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const honorificPattern = new RegExp(`^(${honorifics.map(escape).join('|')})(?=\\s)\\s*`);
const honorificInside = new RegExp(`^(.{3,}?)[.,;:]\\s+((?:${honorifics.map(escape).join('|')})\\s+\\p{Lu}.*)$`, 'u');
const urlPattern = /(?:https?:\/\/|www\.)[^\s<>"]+/g;
const particleSet = new Set<string>(nameParticles.map((particle) => particle.toLowerCase()));
/** Words that begin an organisation or a place, never a person's name. */
const organisationWords = new Set([
  'ville', 'villes', 'municipalite', 'mairie', 'commune', 'city', 'ciudad', 'municipio', 'municipalidad', 'ayuntamiento', 'alcaldia', 'gobierno', 'gouvernement', 'government',
  'universite', 'universidad', 'university', 'reseau', 'red', 'network', 'association', 'asociacion', 'fondation', 'fundacion', 'foundation', 'ministere', 'ministerio', 'ministry',
  'region', 'district', 'division', 'departement', 'province', 'provincia', 'agence', 'agencia', 'agency', 'plate', 'plateforme', 'plataforma', 'platform', 'cooperative', 'cooperativa',
  'centre', 'centro', 'center', 'institut', 'instituto', 'institute', 'organisation', 'organizacion', 'organization', 'comite', 'comision', 'commission', 'conseil', 'consejo', 'council',
]);
/** Parts of a programme a person is listed for instead of a title ("5. M. Roberto di Meglio. Conclusions"). */
const programmeParts = new Set(['conclusions', 'conclusion', 'ouverture', 'cloture', 'introduction', 'synthese', 'conclusiones', 'apertura', 'clausura', 'opening', 'closing', 'keynote']);
const organisationAfter = /(?:^|\s)(?:de la|de l['’]|d['’]|du|des|de|del|de los|de las|of the|of|at|chez)\s*(?=[\p{Lu}«"])/u;

export interface RoleMentionReading {
  person: PersonMention;
  status: RoleStatus;
}

/** Removes "(TBC)", "TBC", "(UNDP/TBC)", "à confirmer"… and says whether one was there. */
export function readConfirmation(text: string): { text: string; status: RoleStatus } {
  let status: RoleStatus = 'confirmed';
  let rest = text;
  for (const marker of toBeConfirmedMarkers) {
    const pattern = new RegExp(`\\s*(?:\\(\\s*${escape(marker)}\\s*\\)|[/,-]\\s*${escape(marker)}\\b|\\b${escape(marker)}\\b)`, 'giu');
    if (pattern.test(rest)) {
      status = 'to_be_confirmed';
      rest = rest.replace(pattern, '');
    }
  }
  rest = rest.replace(/\(\s*\)/g, '').replace(/\s{2,}/g, ' ').replace(/[\s,;–-]+$/, '').trim();
  return { text: rest, status };
}

/** A person or organisation listed for a role, with whether the listing is still to be confirmed. */
export function parseRoleMention(written: string, source: SourceRef, options: PersonMentionOptions = {}): RoleMentionReading {
  const { status } = readConfirmation(cleanInline(written));
  return { person: parsePersonMention(written, source, options), status };
}

export interface PersonMentionOptions {
  /** The name as the document marks it (underlined, bold), when it does. */
  nameHint?: string;
  bio?: string | null;
}

/**
 * Splits a mention into honorific, name, role title, organisation and country:
 * "M. Mohammed Salhi Coordonnateur de l'Espace …, Maroc", "David Levine. Fondateur et président du …",
 * "Mme. Ariane Lim, PhilSEN/YSEN, Philippines", "Ville de Praia, Cap Vert. M. Oscar Évora Santos, Maire",
 * "Tunisia (projet ILO) (TBC)" (no person named: `unnamed`).
 */
export function parsePersonMention(written: string, source: SourceRef, options: PersonMentionOptions = {}): PersonMention {
  const asWritten = cleanInline(written);
  const urls = [...asWritten.matchAll(urlPattern)].map((match) => match[0].replace(/[.,;)]+$/, ''));
  let text = readConfirmation(asWritten.replace(urlPattern, ' ')).text;
  text = text.replace(/\s*-\s*(?=Epse\b)/g, ' ').replace(/\s+([.,;:])/g, '$1').replace(/([.,;:])(?:\s*[.,;:])+/g, '$1').replace(/\s{2,}/g, ' ').replace(/[\s.,;:–-]+$/, '').trim();

  let leadingOrganisation: OrganisationMention | null = null;
  let leadingCountry: string | null = null;
  const orgFirst = honorificPattern.test(text) ? null : honorificInside.exec(text);
  if (orgFirst) {
    const place = splitOrganisationAndPlace(orgFirst[1]!);
    leadingOrganisation = organisationMention(place.name, source, place.city, place.country);
    leadingCountry = place.country;
    text = orgFirst[2]!;
  }

  const honorificMatch = honorificPattern.exec(text);
  const honorific = honorificMatch ? honorificMatch[1]! : null;
  if (honorificMatch) text = text.slice(honorificMatch[0].length);

  if (!honorific && !options.nameHint && !leadingOrganisation && namesNoPerson(text)) {
    return unnamedMention(asWritten, text, source, urls);
  }

  let name: string;
  let remainder: string;
  const hint = options.nameHint ? cleanInline(options.nameHint).replace(honorificPattern, '').trim() : null;
  if (hint && text.startsWith(hint)) {
    name = hint;
    remainder = text.slice(hint.length);
  } else {
    ({ name, remainder } = splitName(text));
  }
  remainder = remainder.replace(/^[\s.,;:–—-]+/, '').trim();

  const details = readDetails(remainder, source);
  const organisation = details.organisation ?? leadingOrganisation;
  return {
    written: asWritten,
    honorific,
    name,
    roleTitle: details.roleTitle,
    organisation,
    bio: options.bio ?? null,
    country: details.country ?? leadingCountry ?? organisation?.country ?? null,
    ...(urls.length > 0 ? { urls } : {}),
    source,
  };
}

function namesNoPerson(text: string): boolean {
  const first = foldForMatch(text).split(' ')[0] ?? '';
  if (organisationWords.has(first)) return true;
  const head = text.split(/[,(.]/)[0]!.trim();
  if (countryCode(head) || regionCountry(head)) return true;
  return /^[\p{Lu}\d&-]{2,}(?:\s|$|\()/u.test(text) && !/^[\p{Lu}]{2,}\s+\p{Lu}\p{Ll}/u.test(text);
}

function unnamedMention(asWritten: string, text: string, source: SourceRef, urls: string[]): PersonMention {
  const parenthesised = [...text.matchAll(/\(([^()]*)\)/g)].map((match) => match[1]!.trim());
  const head = text.replace(/\([^()]*\)/g, ' ').replace(/\s+,/g, ',').replace(/\s{2,}/g, ' ').replace(/[\s,]+$/, '').trim();
  let country = countryCode(head) ?? null;
  for (const part of parenthesised) country ??= countryCode(part) ?? null;
  const place = splitOrganisationAndPlace(head);
  country ??= place.country;
  return {
    written: asWritten,
    honorific: null,
    name: text,
    roleTitle: null,
    organisation: organisationMention(place.name || head, source, place.city, country),
    bio: null,
    country,
    ...(urls.length > 0 ? { urls } : {}),
    unnamed: true,
    source,
  };
}

function isNameWord(word: string): boolean {
  if (particleSet.has(word.toLowerCase()) && word !== word.toUpperCase()) return true;
  return /^[\p{Lu}][\p{L}'’-]*\.?$/u.test(word) || /^\p{Lu}\.(?:-?\p{Lu}\.)*$/u.test(word);
}

/** The leading words that make a name: capitalised words and particles, stopping at a role word or punctuation. */
function splitName(text: string): { name: string; remainder: string } {
  const words = text.split(/\s+/);
  const taken: string[] = [];
  let consumed = 0;
  for (const word of words) {
    const bare = word.replace(/[,;:-]$/, '');
    const endsSegment = /[,;:-]$/.test(word) || (/\.$/.test(word) && !/^\p{Lu}\.$/u.test(word) && bare.length > 2);
    const candidate = bare.replace(/\.$/, '');
    const folded = foldForMatch(candidate);
    if (taken.length > 0 && (isRoleWord(candidate) || programmeParts.has(folded) || organisationWords.has(folded))) break;
    if (!isNameWord(candidate) || taken.length >= 7) break;
    taken.push(candidate);
    consumed += 1;
    if (endsSegment) break;
  }
  while (taken.length > 1 && particleSet.has(taken[taken.length - 1]!.toLowerCase())) {
    taken.pop();
    consumed -= 1;
  }
  if (taken.length === 0) return { name: text, remainder: '' };
  return { name: taken.join(' '), remainder: words.slice(consumed).join(' ') };
}

interface Details {
  roleTitle: string | null;
  organisation: OrganisationMention | null;
  country: string | null;
}

function readDetails(remainder: string, source: SourceRef): Details {
  let rest = remainder;
  let country: string | null = null;
  let city: string | null = null;

  const parenthesisOnly = /^\(([^()]+)\)$/.exec(rest);
  if (parenthesisOnly) rest = parenthesisOnly[1]!;

  // The country (and a region before it) close the mention: "…, Québec, Canada", "… (BCCF). Indonésie".
  for (;;) {
    const tail = /(?:^|[,.;]\s*|\s+-\s+)([^,.;]+)$/.exec(rest);
    if (!tail) break;
    const piece = tail[1]!.trim();
    const code = countryCode(piece);
    if (code && !country) {
      country = code;
    } else if (regionCountry(piece) && (country === null || regionCountry(piece) === country) && tail.index > 0) {
      country ??= regionCountry(piece);
    } else {
      break;
    }
    rest = rest.slice(0, tail.index).trim();
  }

  const segments = rest
    .split(/\.\s+(?=[\p{Lu}\d«"(])|\s+[:–—-]\s+|(?<=\p{Ll})-\s+|\s*:\s+/u)
    .map((segment) => segment.replace(/^[\s.,;:]+|[\s.,;:]+$/g, '').trim())
    .filter((segment) => segment.length > 0);

  let roleTitle: string | null = null;
  let organisationName: string | null = null;
  const extra: string[] = [];
  for (const segment of segments) {
    if (roleTitle === null && organisationName === null && segments.length === 1) {
      const split = splitRoleAndOrganisation(segment);
      roleTitle = split.roleTitle;
      organisationName = split.organisation;
      continue;
    }
    if (roleTitle === null && looksLikeRole(segment)) roleTitle = segment;
    else if (organisationName === null) organisationName = segment;
    else extra.push(segment);
  }
  // "FMDV. Fonds Mondial pour le Développement des Villes. Paris": an acronym, its expansion, a city.
  let acronym: string | null = null;
  if (organisationName && /^[\p{Lu}\d&-]{2,12}$/u.test(organisationName) && extra[0] && initialsMatch(organisationName, extra[0])) {
    acronym = organisationName;
    organisationName = extra.shift()!;
  }
  if (extra.length > 0 && /^\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?$/u.test(extra[extra.length - 1]!)) city = extra.pop()!;
  if (roleTitle === null && organisationName === null && extra.length === 0) return { roleTitle: null, organisation: null, country };
  if (roleTitle && extra.length > 0) roleTitle = [roleTitle, ...extra].join('. ');
  if (!organisationName && roleTitle) organisationName = organisationInRole(roleTitle);
  const organisation = organisationName ? organisationMention(organisationName, source, city, country, acronym) : null;
  return { roleTitle, organisation, country };
}

function initialsMatch(acronym: string, name: string): boolean {
  const initials = name.split(/\s+/).filter((word) => /^\p{Lu}/u.test(word)).map((word) => word[0]).join('');
  return initials.toUpperCase().startsWith(acronym.slice(0, 2).toUpperCase());
}

function looksLikeRole(segment: string): boolean {
  const first = segment.split(/\s+/)[0] ?? '';
  return isRoleWord(first) || programmeParts.has(foldForMatch(first)) || /^\p{Ll}/u.test(first);
}

/**
 * "Chargée de mission, Réseau … (RTES)" is a title then an organisation; "Coordonnateur de l'Espace Marocain de
 * l'Economie Sociale, Solidaire et Environnementale (EMESSE)" is one title naming its organisation (commas inside).
 */
function splitRoleAndOrganisation(segment: string): { roleTitle: string | null; organisation: string | null } {
  if (!looksLikeRole(segment)) return { roleTitle: null, organisation: segment };
  const comma = segment.indexOf(', ');
  const head = comma >= 0 ? segment.slice(0, comma) : segment;
  if (comma >= 0 && !organisationAfter.test(head) && /^\p{Lu}/u.test(segment.slice(comma + 2))) {
    return { roleTitle: head, organisation: segment.slice(comma + 2) };
  }
  return { roleTitle: segment, organisation: organisationInRole(segment) };
}

function organisationInRole(roleTitle: string): string | null {
  const match = organisationAfter.exec(roleTitle);
  if (!match) return null;
  const name = roleTitle.slice(match.index + match[0].length).trim();
  return name.length > 1 ? name : null;
}

/** "Agence de développement Conquito. Quito, Équateur" → name, city, country; a name alone when no place is printed. */
export function splitOrganisationAndPlace(text: string): { name: string; city: string | null; region: string | null; country: string | null } {
  const cleaned = text.replace(/[\s.]+$/, '').trim();
  const segments = cleaned.split(/\.\s+/);
  if (segments.length > 1) {
    const last = segments[segments.length - 1]!;
    const place = readPlace(last);
    if (place) {
      let name = segments.slice(0, -1).join('. ');
      let { city } = place;
      if (!city && segments.length > 2) {
        city = segments[segments.length - 2]!;
        name = segments.slice(0, -2).join('. ');
      }
      return { name, city, region: place.region, country: place.country };
    }
  }
  const comma = /^(.*?),\s*([^,]+(?:,\s*[^,]+)*)$/.exec(cleaned);
  if (comma) {
    const place = readPlace(comma[2]!);
    if (place) return { name: comma[1]!, city: place.city, region: place.region, country: place.country };
  }
  return { name: cleaned, city: null, region: null, country: null };
}

export function organisationMention(
  written: string,
  source: SourceRef,
  city: string | null = null,
  country: string | null = null,
  acronym: string | null = null,
): OrganisationMention {
  let name = written.trim();
  let foundAcronym = acronym;
  const trailing = /\s*\(([\p{Lu}\d&/-]{2,15})\)\s*$/u.exec(name);
  if (trailing && !foundAcronym) {
    foundAcronym = trailing[1]!;
  } else if (!foundAcronym && /^[\p{Lu}\d&.-]{2,12}$/u.test(name)) {
    foundAcronym = name;
  }
  name = name.replace(/^(?:l['’]|la |le |les )/i, (article) => (article === article.toLowerCase() ? '' : article));
  return { name, acronym: foundAcronym, city, country, source };
}
