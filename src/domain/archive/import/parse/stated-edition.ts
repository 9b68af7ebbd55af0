import type { ImportedEdition, ParseNote, SourceRef, StatedDate } from '../imported-document.js';
import type { DocumentLine } from './document-text.js';
import { cleanInline, foldForMatch } from './clean-text.js';
import { readPlace } from './country-names.js';
import { parseStatedDate, parseStatedDateRange } from './stated-time.js';

const forumWord = /\b(?:FORUM|FORO|FÓRUM)\b/iu;
const hashtag = /^#(\p{L}+?)(\d{4})$/u;

/**
 * The banner a co-creation sheet prints mid-page: "V FORUM MONDIAL SUR LE / DÉVELOPPEMENT / ÉCONOMIQUE / LOCAL /
 * CÓRDOBA, ARGENTINE / 26 Mai > 1 Juin / #ledworldforum2021". Returns the edition and the lines it used.
 */
export function readEditionBanner(lines: DocumentLine[], file: string, sessionYear: number | null, notes: ParseNote[]): { edition: ImportedEdition; used: Set<DocumentLine> } | null {
  const start = lines.findIndex((line) => forumWord.test(line.text) && isUpper(line.text));
  if (start < 0) return null;
  const used = new Set<DocumentLine>();
  const nameParts: string[] = [];
  let place: { city: string | null; country: string | null } | null = null;
  let range: ReturnType<typeof parseStatedDateRange> = null;
  let tag: RegExpExecArray | null = null;
  for (let index = start; index < lines.length; index += 1) {
    const line = lines[index]!;
    const text = cleanInline(line.text);
    if (text.length === 0) {
      used.add(line);
      continue;
    }
    const source: SourceRef = { file, line: line.number };
    const placeMatch = /,/.test(text) && isUpper(text) ? readPlace(text) : null;
    const rangeMatch = parseStatedDateRange(text, source);
    const tagMatch = hashtag.exec(text);
    if (placeMatch && !place) place = { city: titleCase(text.split(',')[0]!.trim()), country: placeMatch.country };
    else if (rangeMatch && !range) range = rangeMatch;
    else if (tagMatch) tag = tagMatch;
    else if (isUpper(text) && !place && !range) nameParts.push(text);
    else break;
    used.add(line);
  }
  if (!place && !range && !tag) return null;
  const name = sentenceCaseName(nameParts.join(' '));
  const year = tag ? Number(tag[2]) : (range?.end.year ?? sessionYear);
  let startsOn: StatedDate | null = range?.start ?? null;
  let endsOn: StatedDate | null = range?.end ?? null;
  if (startsOn && endsOn && startsOn.year === null && year !== null) {
    notes.push({ code: 'inferred_year', message: `the forum's dates "${startsOn.raw}" print no year: ${year} taken from the banner`, source: startsOn.source });
    startsOn = { ...startsOn, year };
    endsOn = { ...endsOn, year: endsOn.year ?? year };
  }
  const acronym = tag ? tag[1]!.replace(/worldforum|forum|foro|mondial|world$/giu, '') : null;
  const citySlug = place?.city ? foldForMatch(place.city).replace(/\s+/g, '-') : null;
  const slug = [acronym ? acronym.toLowerCase() : null, year, citySlug].filter((part) => part !== null && part !== '').join('-');
  const edition: ImportedEdition = {
    slug: slug || null,
    name: acronym ? `${name} (${acronym.toUpperCase()} ${year ?? ''})`.replace(/\s+\)/, ')') : name,
    tagline: null,
    year,
    startsOn,
    endsOn,
    hostCity: place?.city ?? null,
    country: place?.country ?? null,
    venue: null,
    format: place ? 'in_person' : null,
    website: null,
    days: [],
    slots: [],
    partners: [],
    source: { file, line: lines[start]!.number },
  };
  return { edition, used };
}

/**
 * The cover of a concept note: "Forum Virtuel Mondial de GSEF / Le pouvoir de la communauté … / 20 octobre 2020".
 */
export function readConceptNoteCover(preamble: DocumentLine[], file: string): ImportedEdition | null {
  const texts = preamble.map((line) => ({ line, text: cleanInline(line.text) })).filter((entry) => entry.text.length > 0);
  const dateIndex = texts.findIndex((entry) => {
    const date = parseStatedDate(entry.text, { file, line: entry.line.number });
    return date !== null && date.year !== null && entry.text.length < 40;
  });
  if (dateIndex < 0) return null;
  const nameIndex = findLastIndex(texts.slice(0, dateIndex), (entry) => forumWord.test(entry.text) && !isUpper(entry.text));
  const nameEntry = nameIndex >= 0 ? texts[nameIndex]! : texts.slice(0, dateIndex).reverse().find((entry) => forumWord.test(entry.text));
  if (!nameEntry) return null;
  const date = parseStatedDate(texts[dateIndex]!.text, { file, line: texts[dateIndex]!.line.number })!;
  const taglineLines = nameIndex >= 0 ? texts.slice(nameIndex + 1, dateIndex).map((entry) => entry.text) : [];
  const tagline = taglineLines.reduce((joined, text) => (joined === '' ? text : /^\p{Ll}/u.test(text) ? `${joined} ${text}` : `${joined} – ${text}`), '') || null;
  const virtual = /\bvirtu/i.test(nameEntry.text);
  const acronym = /\b(\p{Lu}{3,})\b/u.exec(nameEntry.text)?.[1] ?? null;
  const cityLine = texts.slice(0, nameIndex).find((entry) => /^(?:VILLE DE|CIUDAD DE|CITY OF)\s/i.test(entry.text));
  const slug = [acronym?.toLowerCase() ?? foldForMatch(nameEntry.text).replace(/\s+/g, '-'), date.year, virtual ? 'virtual' : null].filter(Boolean).join('-');
  return {
    slug,
    name: nameEntry.text,
    tagline,
    year: date.year,
    startsOn: date,
    endsOn: date,
    hostCity: null,
    country: null,
    venue: null,
    format: virtual ? 'virtual' : null,
    website: null,
    days: [{ date, label: null }],
    slots: [],
    partners: [],
    source: { file, line: (cityLine ?? nameEntry).line.number },
  };
}

function findLastIndex<T>(items: T[], predicate: (item: T) => boolean): number {
  for (let index = items.length - 1; index >= 0; index -= 1) if (predicate(items[index]!)) return index;
  return -1;
}

function isUpper(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length > 0 && letters === letters.toUpperCase();
}

function titleCase(text: string): string {
  return text.toLocaleLowerCase('fr').replace(/(^|[\s-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toLocaleUpperCase('fr'));
}

function sentenceCaseName(text: string): string {
  const lower = text.toLocaleLowerCase('fr').replace(/\s+/g, ' ').trim();
  return lower
    .replace(/^(\S+)/, (word) => (/^[ivxlc]+$/.test(word) ? word.toUpperCase() : word.charAt(0).toLocaleUpperCase('fr') + word.slice(1)))
    .replace(/\b(forum|foro)\b/u, (word) => word.charAt(0).toUpperCase() + word.slice(1));
}

