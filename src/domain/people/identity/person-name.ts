import { foldText, stripMarkup } from './text-folding.js';

export type Honorific = 'Mr' | 'Ms' | 'Dr' | 'Prof';

export interface PersonName {
  written: string;
  honorific: Honorific | null;
  /** As written (accents and case kept). */
  givenNames: string[];
  familyNames: string[];
  /** Names after "Epse"/"épouse"/"née": optional when matching, never a conflict. */
  marriedNames: string[];
  /** Folded tokens of the married names. */
  marriedTokens: string[];
  /** Whatever followed the name in the same string ("Directrice générale", "est coprésidente du TIESS"). */
  roleTitle: string | null;
  /** Folded name tokens in written order, particles dropped, initials as single letters. */
  tokens: string[];
  /** Folded tokens sorted, so "OUANTCHI Honoré" and "M. Honoré Ouantchi" share it. */
  key: string;
}

const honorifics: Record<string, Honorific> = {
  m: 'Mr', mr: 'Mr', monsieur: 'Mr', sr: 'Mr', senor: 'Mr', sir: 'Mr', herr: 'Mr',
  mme: 'Ms', mmes: 'Ms', mrs: 'Ms', ms: 'Ms', miss: 'Ms', madame: 'Ms', mlle: 'Ms', mademoiselle: 'Ms',
  sra: 'Ms', senora: 'Ms', srta: 'Ms', senorita: 'Ms', frau: 'Ms',
  dr: 'Dr', dre: 'Dr', dra: 'Dr', docteur: 'Dr', doctor: 'Dr', doctora: 'Dr',
  pr: 'Prof', prof: 'Prof', professeur: 'Prof', professor: 'Prof', profesor: 'Prof', profesora: 'Prof',
};

/** Lowercase words that belong to a family name ("di Meglio", "de Freitas") but carry no identity alone. */
export const nameParticles = new Set([
  'de', 'del', 'della', 'delle', 'di', 'da', 'das', 'do', 'dos', 'du', 'des', 'la', 'le', 'van', 'von', 'der', 'den', 'y', 'i', 'e', 'al', 'el', 'bin', 'ibn', 'ben', 'st',
]);

const marriedMarker = /\s*[-–,]?\s*\b(?:epse|ep|epouse|née|nee|wife of)\b\.?\s+/i;
const roleCut = /,|;|:|\||\(|[-–]\s|\s[-–]|\s(?:est|is|es|était|was|fue|foi)\s/i;

function leadingHonorifics(text: string): { honorific: Honorific | null; rest: string } {
  let honorific: Honorific | null = null;
  let rest = text;
  for (;;) {
    const match = /^([\p{L}]+)\.?(?:\s+|$)/u.exec(rest);
    if (!match) break;
    const label = honorifics[foldText(match[1]!)];
    // "Ms" and "Dr" are honorifics only when something follows them.
    if (!label || rest.length === match[0].length) break;
    honorific ??= label;
    rest = rest.slice(match[0].length);
  }
  return { honorific, rest };
}

/** End of the name: the first role separator, or a full stop that closes a word (not an initial like "J."). */
function splitRoleTitle(text: string): { name: string; role: string | null } {
  let cut = text.length;
  const separator = roleCut.exec(text);
  if (separator) cut = separator.index;
  const sentenceStop = /(\p{L}{2,})\.(?:\s|$)/gu;
  for (let m = sentenceStop.exec(text); m; m = sentenceStop.exec(text)) {
    const stop = m.index + m[1]!.length;
    if (stop < cut && !honorifics[foldText(m[1]!)]) cut = stop;
    break;
  }
  const name = text.slice(0, cut).trim();
  const role = text
    .slice(cut)
    .replace(/^[\s.,;:|(–-]+/, '')
    .replace(/^(?:est|is|es|était|was|fue|foi)\s+/i, '')
    .replace(/\)\s*$/, '')
    .trim();
  return { name, role: role || null };
}

function foldToken(token: string): string[] {
  return foldText(token)
    .replace(/['.]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((part) => part.length > 0);
}

function isAllCaps(token: string): boolean {
  return /\p{Lu}{2,}/u.test(token) && token === token.toUpperCase();
}

function splitGivenFamily(words: string[]): { given: string[]; family: string[] } {
  if (words.length <= 1) return { given: [], family: words };
  const capsAt = words.map(isAllCaps);
  const someCaps = capsAt.some(Boolean);
  // A surname in capitals ("OUANTCHI Honoré", "HA Eun Seong") marks the family name wherever it stands.
  if (someCaps && !capsAt.every(Boolean)) {
    return { given: words.filter((_, i) => !capsAt[i]), family: words.filter((_, i) => capsAt[i]) };
  }
  let start = words.length - 1;
  while (start > 1 && nameParticles.has(words[start - 1]!.toLowerCase())) start--;
  return { given: words.slice(0, start), family: words.slice(start) };
}

function toTokens(words: string[]): string[] {
  return words
    .filter((word, i) => !(i > 0 && nameParticles.has(foldText(word))))
    .flatMap(foldToken);
}

// Programme labels written before a name ("Modératrice : Mme. María Ferrer", "Modérateur Paul Ortega").
const sessionRoleLabel =
  /^(?:mod[ée]rat(?:eur|rice)s?|moderat(?:or|ors|ora)|moderador(?:a|es)?|intervenant(?:\(?e\)?)?s?|ponentes?|speakers?|panell?ists?|ouverture|opening|cl[ôo]ture|facilitat(?:eur|rice|or)s?|animat(?:eur|rice)s?|rapporteur|chair)\b\s*(?:\/\s*\S+\s*)?:?\s*/i;

export function parsePersonName(written: string): PersonName {
  const cleaned = stripMarkup(written).replace(/^\d+\s*[.)]\s+/, '').replace(sessionRoleLabel, '');
  const { honorific, rest } = leadingHonorifics(cleaned);

  let birthPart = rest;
  let marriedPart = '';
  const married = marriedMarker.exec(rest);
  if (married) {
    birthPart = rest.slice(0, married.index);
    marriedPart = rest.slice(married.index + married[0].length);
  }

  let roleTitle: string | null = null;
  let nameText: string;
  const surnameFirst = /^([\p{Lu}' -]{2,}),\s*(\p{Lu}\p{Ll}[\p{L} .'-]*)$/u.exec(birthPart.trim());
  if (surnameFirst && !married) {
    nameText = `${surnameFirst[2]!.trim()} ${surnameFirst[1]!.trim()}`;
  } else {
    const split = splitRoleTitle(birthPart);
    nameText = split.name;
    roleTitle = split.role;
  }
  let marriedNames: string[] = [];
  if (marriedPart) {
    const split = splitRoleTitle(marriedPart);
    marriedNames = split.name.split(/\s+/).filter(Boolean);
    roleTitle = split.role;
  }

  const words = nameText.split(/\s+/).filter((w) => w.length > 0 && /\p{L}/u.test(w)).map((w) => w.replace(/^[.'-]+|[,]+$/g, ''));
  const { given, family } = splitGivenFamily(words);
  const tokens = toTokens(words);
  return {
    written,
    honorific,
    givenNames: given,
    familyNames: family,
    marriedNames,
    marriedTokens: toTokens(marriedNames),
    roleTitle,
    tokens,
    key: [...tokens].sort().join(' '),
  };
}
