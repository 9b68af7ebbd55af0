import { countryKey } from './country-key.js';
import { knownOrganisations } from './known-organisations.js';
import { placeAliases } from './place-names.js';
import { editDistance } from './string-similarity.js';
import { foldText, foldWords, stripMarkup } from './text-folding.js';

export interface OrganisationName {
  written: string;
  /** Uppercase letters only ("RTES", "CITIES"), from "(RTES)", "- RTES", a leading "CECOP …" or a one-word name. */
  acronym: string | null;
  legalForm: string | null;
  /** ISO code of a country written next to the name ("Ville de Praia (Cabo Verde)"). */
  country: string | null;
  /** Text beside the name that is not part of it (places, "TBC"). */
  qualifiers: string[];
  /** Id in the table of well-known organisations (undp, ilo, gsef…). */
  knownId: string | null;
  /** Place id when the name is the local government of a place ("Ville de X", "Ajuntament de X", "X City Council"). */
  localGovernmentOf: string | null;
  /** True when that place was recognised only through a one-letter slip ("Monreal"). */
  placeBySlip: boolean;
  /** Significant folded tokens in written order, synonyms across languages unified. */
  tokens: string[];
  /** Tokens sorted: equal keys mean the same name up to language, articles and word order. */
  key: string;
  /** First letters of the significant written words, for checking an acronym against a full name. */
  initials: string;
}

const stopWords = new Set([
  // fr
  'le', 'la', 'les', 'l', 'un', 'une', 'des', 'de', 'du', 'd', 'et', 'pour', 'par', 'sur', 'en', 'au', 'aux', 'a', 'dans', 'avec', 'chez', 'qu',
  // es / pt / ca / it
  'el', 'los', 'las', 'lo', 'del', 'y', 'e', 'o', 'para', 'por', 'con', 'al', 'i', 'per', 'amb', 'dels', 'els', 'il', 'gli', 'della', 'delle',
  'dei', 'degli', 'di', 'da', 'os', 'as', 'do', 'dos', 'das', 'em', 'com', 'na', 'no',
  // en
  'the', 'of', 'for', 'and', 'in', 'on', 'at', 'to', 'by', 'with', 'an',
]);

// Generic words that mean the same across forum languages; unifying them lets "Université de Liverpool" meet "University of Liverpool".
const synonymGroups: Record<string, string[]> = {
  university: ['universite', 'university', 'universidad', 'universitat', 'universita', 'universidade', 'unibertsitatea'],
  network: ['reseau', 'network', 'red', 'xarxa', 'rete', 'rede', 'sarea'],
  association: ['association', 'asociacion', 'associacio', 'associazione', 'associacao', 'elkartea'],
  cooperative: ['cooperative', 'cooperativa', 'cooperatiu', 'cooperatif', 'kooperatiba', 'coop'],
  federation: ['federation', 'federacion', 'federacio', 'federazione', 'federacao'],
  confederation: ['confederation', 'confederacion', 'confederacio', 'confederazione', 'konfederazioa'],
  foundation: ['fondation', 'foundation', 'fundacion', 'fundacio', 'fondazione', 'fundacao', 'fundazioa'],
  institute: ['institut', 'institute', 'instituto', 'istituto'],
  centre: ['centre', 'center', 'centro', 'zentroa'],
  agency: ['agence', 'agency', 'agencia', 'agenzia'],
  council: ['conseil', 'council', 'consejo', 'consell', 'consiglio'],
  economy: ['economie', 'economy', 'economia', 'ekonomia'],
  social: ['sociale', 'social', 'sociales', 'socials', 'sociali', 'soziala'],
  solidarity: ['solidaire', 'solidaires', 'solidarity', 'solidaria', 'solidario', 'solidarias', 'solidarios', 'solidale', 'solidarioa'],
  european: ['europeenne', 'europeen', 'european', 'europea', 'europeo', 'europeu'],
  world: ['mondial', 'mondiale', 'world', 'mundial', 'mondo'],
  forum: ['forum', 'foro', 'foroa'],
  national: ['national', 'nationale', 'nacional', 'nazionale'],
  international: ['international', 'internationale', 'internacional', 'internazionale'],
  development: ['developpement', 'development', 'desarrollo', 'desenvolvimento', 'sviluppo', 'garapena'],
  city: ['ville', 'city', 'ciudad', 'ciutat', 'citta', 'cidade', 'hiria', 'mairie', 'ayuntamiento', 'ajuntament', 'municipalite', 'municipality', 'municipalidad', 'municipio', 'udala'],
  government: ['gouvernement', 'government', 'gobierno', 'govern', 'governo', 'gobernua'],
  platform: ['plateforme', 'platform', 'plataforma', 'piattaforma'],
  enterprise: ['entreprise', 'entreprises', 'enterprise', 'enterprises', 'empresa', 'empresas', 'impresa', 'enpresa'],
  commission: ['commission', 'comision', 'commissione', 'comissio'],
  union: ['union', 'unione', 'uniao'],
};

/** Words naming a kind of organisation; a name prefixed by one of them is still the same organisation. */
export const organisationFormWords = new Set(['association', 'cooperative', 'group', 'societe', 'sociedad', 'company', 'organisation', 'organization', 'organizacion', 'ong', 'ngo', 'asbl']);

const synonyms = new Map<string, string>();
for (const [canonical, words] of Object.entries(synonymGroups)) for (const word of words) synonyms.set(word, canonical);
synonyms.set('groupe', 'group');
synonyms.set('grupo', 'group');
synonyms.set('gruppo', 'group');

const legalFormPattern =
  /[\s,]+(s\.?\s?l\.?\s?l\.?|s\.?\s?coop\.?|sociedad cooperativa|s\.\s?a\.?|s\.\s?l\.?|sa|sl|ltd\.?|inc\.?|gmbh|a\.\s?c\.?|ac|asbl|e\.\s?v\.?|scic|scop|sarl|sas|plc|llc)\s*$/i;

const localGovernmentPrefix =
  /^(?:ville|mairie|municipalite|commune|cite|city|town|municipality|municipal council|city council|city hall|town council|ayuntamiento|ajuntament|municipalidad|municipio|alcaldia|prefeitura|camara municipal|intendance|intendencia|hotel de ville|gouvernement metropolitain|gobierno metropolitano|metropolitan government|ciudad|concello|comune) (?:de |d |du |of |del |di |da |do )(.+)$/;
const localGovernmentSuffix = /^(.+?) (?:city council|city hall|city government|town council|metropolitan government|municipality|udala)$/;

const ambiguousPlaces = new Set(['cordoba', 'lima', 'santiago', 'valencia', 'san jose']);

export function isAmbiguousPlace(placeId: string): boolean {
  return ambiguousPlaces.has(placeId);
}

function stem(word: string): string {
  if (word.length > 5 && word.endsWith('aux')) return `${word.slice(0, -3)}al`;
  let w = word;
  if (w.length > 4 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ale')) w = w.slice(0, -1);
  return w;
}

function resolvePlace(foldedPlace: string): { id: string; bySlip: boolean } {
  const aliases = placeAliases();
  const exact = aliases.get(foldedPlace);
  if (exact) return { id: exact, bySlip: false };
  if (foldedPlace.length >= 6) {
    const ids = new Set<string>();
    for (const [alias, id] of aliases) {
      if (Math.abs(alias.length - foldedPlace.length) <= 1 && editDistance(alias, foldedPlace, 1) <= 1) ids.add(id);
    }
    if (ids.size === 1) return { id: [...ids][0]!, bySlip: true };
  }
  return { id: `place:${foldedPlace}`, bySlip: false };
}

function looksLikeAcronym(text: string): boolean {
  if (/\s/.test(text)) return false;
  const compact = text.replace(/\./g, '');
  return /^[A-Z0-9&][A-Za-z0-9&]{1,11}$/.test(compact) && (compact.match(/[A-Z]/g) ?? []).length >= 2;
}

function acronymOf(text: string): string {
  return foldText(text).replace(/[^a-z0-9&]/g, '').toUpperCase();
}

function isPlaceOrCountry(segment: string): boolean {
  const folded = foldWords(segment);
  if (!folded) return false;
  if (countryKey(segment) || placeAliases().has(folded) || folded === 'tbc') return true;
  const words = folded.split(' ');
  // "Madrid Espagne", "Montréal Canada": a place followed by its country.
  for (let i = 1; i < words.length; i++) {
    const head = words.slice(0, i).join(' ');
    const tail = words.slice(i).join(' ');
    if (placeAliases().has(head) && countryKey(tail)) return true;
  }
  return false;
}

export function parseOrganisationName(written: string): OrganisationName {
  let text = stripMarkup(written).replace(/[«»"“”]/g, ' ').replace(/\s+/g, ' ').trim();
  let acronym: string | null = null;
  let country: string | null = null;
  const qualifiers: string[] = [];

  text = text.replace(/\(([^()]*)\)/g, (_, inner: string) => {
    const content = inner.trim();
    if (countryKey(content)) country ??= countryKey(content);
    else if (!acronym && looksLikeAcronym(content)) acronym = acronymOf(content);
    else if (content) qualifiers.push(content);
    return ' ';
  });
  text = text.replace(/\bTBC\b/g, ' ').replace(/\s+/g, ' ').trim();

  let legalForm: string | null = null;
  const legal = legalFormPattern.exec(text);
  if (legal && legal.index > 0) {
    legalForm = legal[1]!;
    text = text.slice(0, legal.index).trim();
  }

  // Trailing ", Cap Vert" / ". Madrid Espagne" are where the organisation is, not its name.
  const segments = text.split(/(?<=\p{L}{2}|\))[.,]\s+/u);
  while (segments.length > 1 && isPlaceOrCountry(segments[segments.length - 1]!)) {
    const segment = segments.pop()!;
    const code = countryKey(segment) ?? countryKey(segment.split(/\s+/).slice(1).join(' '));
    if (code) country ??= code;
    else qualifiers.push(segment);
  }
  text = segments.join(', ').replace(/[.,;:\s]+$/, '');

  const dashAcronym = /\s[-–]\s*([A-Z][A-Z0-9&.]{1,11})$/.exec(text);
  if (dashAcronym && !acronym) {
    acronym = acronymOf(dashAcronym[1]!);
    text = text.slice(0, dashAcronym.index).trim();
  }
  const words = foldWords(text).split(' ').filter(Boolean);
  const leading = /^([A-Z][A-Z0-9&]{2,11})\s+(.+)$/.exec(text);
  if (leading && !acronym && words.filter((w) => !stopWords.has(w)).length >= 4) {
    acronym = acronymOf(leading[1]!);
    words.shift();
  }
  if (words.length === 1 && !acronym) acronym = words[0]!.toUpperCase();

  const folded = words.join(' ');

  let localGovernmentOf: string | null = null;
  let placeBySlip = false;
  const government = localGovernmentPrefix.exec(folded) ?? localGovernmentSuffix.exec(folded);
  if (government) {
    const place = government[1]!.replace(/ko$/, '');
    const resolved = resolvePlace(place.endsWith('ko') ? place.slice(0, -2) : place);
    const basque = /^(.+?)ko udala$/.exec(folded);
    const finalPlace = basque ? resolvePlace(basque[1]!) : resolved;
    localGovernmentOf = finalPlace.id;
    placeBySlip = finalPlace.bySlip;
  }

  const significant = words.filter((w) => !stopWords.has(w));
  const tokens = canonicalTokens(significant);
  const key = [...tokens].sort().join(' ');
  return {
    written,
    acronym,
    legalForm,
    country,
    qualifiers,
    knownId: knownOrganisationId(key, acronym),
    localGovernmentOf,
    placeBySlip,
    tokens,
    key,
    initials: significant.map((w) => w[0]).join(''),
  };
}

let knownByKey: Map<string, string> | null = null;

/** Id of a well-known organisation whose alias has this key, or whose acronym this is. */
export function knownOrganisationId(key: string, acronym: string | null): string | null {
  if (!knownByKey) {
    const built = new Map<string, string>();
    for (const [id, aliases] of Object.entries(knownOrganisations)) {
      for (const alias of aliases) {
        const words = foldWords(alias).split(' ').filter((w) => w && !stopWords.has(w));
        const aliasKey = words.length === 1 ? words[0]! : [...canonicalTokens(words)].sort().join(' ');
        built.set(aliasKey, id);
      }
    }
    knownByKey = built;
  }
  return knownByKey.get(key) ?? (acronym ? knownByKey.get(acronym.toLowerCase()) : undefined) ?? null;
}

function canonicalTokens(words: string[]): string[] {
  const out: string[] = [];
  const aliases = placeAliases();
  for (let i = 0; i < words.length; i++) {
    // Two- and three-word place names ("new york", "san sebastian") become one place token.
    let consumed = false;
    for (const span of [3, 2]) {
      const phrase = words.slice(i, i + span).join(' ');
      const place = span <= words.length - i ? aliases.get(phrase) : undefined;
      if (place) {
        out.push(place);
        i += span - 1;
        consumed = true;
        break;
      }
    }
    if (consumed) continue;
    // "plate forme" (from "Plate-forme") is the word "plateforme".
    const joined = words[i]! + (words[i + 1] ?? '');
    if (i + 1 < words.length && synonyms.has(joined)) {
      out.push(synonyms.get(joined)!);
      i++;
      continue;
    }
    const word = words[i]!;
    const place = aliases.get(word);
    if (place) {
      out.push(place);
      continue;
    }
    out.push(synonyms.get(word) ?? stem(synonyms.get(stem(word)) ?? word));
  }
  return out;
}
