import type { ContentLanguage } from '../../../text/localized-text.js';
import type {
  ImportedDay,
  ImportedDocument,
  ImportedEdition,
  ImportedInitiative,
  ImportedRole,
  ImportedSession,
  ImportedSlot,
  OrganisationMention,
  ParseNote,
  SourceRef,
  StatedDate,
} from '../imported-document.js';
import { DocumentParseError } from '../imported-document.js';
import { cleanInline, cleanParagraphs, foldForMatch, toSentenceCase } from './clean-text.js';
import type { DocumentLine, DocumentLines } from './document-text.js';
import { monthNumber } from './labels.js';
import { organisationMention, parseRoleMention, splitOrganisationAndPlace } from './person-mention.js';
import { looksLikePresenterLine, parsePresenterLine, urlsIn } from './presenter-line.js';
import { parseStatedDateRange } from './stated-time.js';

export const slotHeading = /^(?:ATELIERS?\s+SESSION|TALLERES?\s+(?:SESI[OÓ]N|SESSION)|WORKSHOPS?\s+SESSION|SESSION\s+DE\s+TRAVAIL)\s+(\d{1,2})\s*$/iu;
const dayHeading = /^(\d{1,2})(?:er|º)?\s+(?:de\s+)?(\p{L}+)\s*\/\s*(\p{L}+)\s*$/u;
const indexEntry = /^(\d{1,2})\.(\d{1,2})\.?\t+(.+)$/;
const workshopHeading = /^(\d{1,2})\.(\d{1,2})\.?\s+(\S.*)$/;
const itemHeading = /^(\d{1,2})\.(\d{1,2})\.(\d{1,2})\.?\s+(\S.*)$/;
const partnersHeading = /^(?:PARTENAIRES|PARTNERS|SOCIOS|COLABORADORES)\s*$/i;
const coordinatedBy = /\b(?:coordonn[ée]e?s?|organis[ée]e?s?|coordinad[oa]s?|organizad[oa]s?|coordinated|organi[sz]ed)\s+(?:par|por|by)\s+/iu;
const moderatorMention = /\b(?:Mod[ée]rat(?:eur|rice)s?|Moderador(?:a|es)?|Moderators?|Chair)\b\s*:?\s*/iu;
const openingMention = /\b(?:Ouverture|Apertura|Opening)\s*:\s*/iu;
const partnerPrefix = /^(?:ATELIER|Atelier|TALLER|Taller|WORKSHOP|Workshop)\s+(\p{Lu}{2,})\.?\s+/u;
const numberedItem = /^\s*(\d{1,2})\.\s+(\S.*)$/;

interface Block {
  heading: DocumentLine;
  code: string;
  title: string;
  lines: DocumentLine[];
}

interface WorkshopBlock extends Block {
  slotCode: string;
  preamble: DocumentLine[];
  items: Block[];
}

/** Whether a document is a program book: several workshop slots with numbered initiatives. */
export function looksLikeProgramBook(document: DocumentLines): boolean {
  const slots = document.lines.filter((line) => slotHeading.test(line.text.trim())).length;
  const items = document.lines.filter((line) => itemHeading.test(line.text)).length;
  return slots >= 2 && items >= 5;
}

/** The Bilbao-style book of initiatives: edition, days, workshop slots, workshops and initiatives. */
export function parseProgramBook(document: DocumentLines, language: ContentLanguage): ImportedDocument {
  const { file } = document;
  const ref = (line: DocumentLine): SourceRef => ({ file, line: line.number });
  const notes: ParseNote[] = [];
  const lines = document.lines;
  const end = lines.findIndex((line) => partnersHeading.test(line.text.trim()));
  const body = end >= 0 ? lines.slice(0, end) : lines;

  const firstSlot = body.findIndex((line) => slotHeading.test(line.text.trim()) || dayHeading.test(line.text.trim()));
  if (firstSlot < 0) throw new DocumentParseError({ file, line: 1 }, 'a program book needs workshop slots ("ATELIERS SESSION 1")');
  const edition = readCover(body.slice(0, firstSlot), file, notes);

  const days: ImportedDay[] = [];
  const slots: ImportedSlot[] = [];
  const workshops: WorkshopBlock[] = [];
  let pendingDay: number | null = null;
  let inIndex = false;
  let bodySlot: string | null = null;
  let workshop: WorkshopBlock | null = null;
  let item: Block | null = null;

  const nextNonBlank = (index: number) => body.slice(index + 1).find((line) => line.text.trim().length > 0);
  for (let index = firstSlot; index < body.length; index += 1) {
    const line = body[index]!;
    const text = line.text.trim();
    const day = dayHeading.exec(text);
    if (day && monthNumber(day[2]!)) {
      days.push(bookDay(day, line, edition, file));
      pendingDay = days.length - 1;
      continue;
    }
    const slot = slotHeading.exec(text);
    if (slot) {
      const isIndex = indexEntry.test(nextNonBlank(index)?.text ?? '');
      if (isIndex) {
        if (!inIndex) {
          if (pendingDay === null) {
            days.push(inferredDay(days, edition, line, file));
            notes.push({ code: 'inferred_day', message: `no day heading before "${text}": taken as the next day of the forum`, source: ref(line) });
          }
          inIndex = true;
        }
        const dayIndex = pendingDay ?? days.length - 1;
        if (!slots.some((known) => known.code === slot[1])) {
          slots.push({ code: slot[1]!, label: toSentenceCase(text), dayIndex, source: ref(line) });
        }
      } else {
        inIndex = false;
        pendingDay = null;
        bodySlot = slot[1]!;
        workshop = null;
        item = null;
      }
      continue;
    }
    if (inIndex) {
      if (indexEntry.test(line.text) || text.length === 0) continue;
      inIndex = false;
      pendingDay = null;
    }
    if (bodySlot === null) continue;
    const itemMatch = itemHeading.exec(text);
    if (itemMatch && workshop) {
      item = { heading: line, code: `${itemMatch[1]}.${itemMatch[2]}.${itemMatch[3]}`, title: cleanInline(itemMatch[4]!), lines: [] };
      workshop.items.push(item);
      continue;
    }
    const workshopMatch = workshopHeading.exec(text);
    if (workshopMatch && !numberedItem.test(text.replace(/^(\d+\.\d+)/, ''))) {
      const code = `${workshopMatch[1]}.${workshopMatch[2]}`;
      if (workshopMatch[1] !== bodySlot) {
        notes.push({ code: 'workshop_outside_slot', message: `workshop ${code} is printed under "session ${bodySlot}"`, source: ref(line) });
      }
      workshop = { heading: line, code, title: cleanInline(workshopMatch[3]!), lines: [], slotCode: bodySlot, preamble: [], items: [] };
      workshops.push(workshop);
      item = null;
      continue;
    }
    if (item) item.lines.push(line);
    else if (workshop) workshop.preamble.push(line);
  }

  for (const slot of slots) {
    if (!workshops.some((w) => w.slotCode === slot.code)) {
      notes.push({ code: 'empty_slot', message: `slot ${slot.code} lists workshops the book does not describe`, source: slot.source });
    }
  }
  for (const code of new Set(workshops.map((w) => w.slotCode))) {
    if (!slots.some((slot) => slot.code === code)) {
      const source = ref(workshops.find((w) => w.slotCode === code)!.heading);
      slots.push({ code, label: `Session ${code}`, dayIndex: Math.max(0, days.length - 1), source });
      notes.push({ code: 'slot_without_index', message: `slot ${code} is not in the book's day index`, source });
    }
  }
  slots.sort((a, b) => Number(a.code) - Number(b.code));

  const sessions: ImportedSession[] = [];
  const initiatives: ImportedInitiative[] = [];
  const seen = new Map<string, ImportedInitiative>();
  for (const block of workshops) {
    const partner = partnerWorkshop(block);
    const session = emptySession(block, partner !== null, ref(block.heading));
    sessions.push(session);
    if (partner) {
      fillPartnerWorkshop(session, block, partner, file);
      continue;
    }
    if (block.preamble.some((line) => line.text.trim().length > 0)) {
      session.summary = cleanParagraphs(block.preamble.map((line) => line.text).join('\n')).join('\n\n') || null;
    }
    for (const entry of block.items) {
      const initiative = readInitiative(entry, block, file, notes);
      const earlier = seen.get(initiative.code);
      if (earlier) {
        const same = foldForMatch(earlier.title) === foldForMatch(initiative.title);
        notes.push({
          code: 'duplicate_initiative',
          message: same
            ? `initiative ${initiative.code} "${initiative.title}" is printed twice (also line ${earlier.source.line}); kept once`
            : `code ${initiative.code} is used twice (also line ${earlier.source.line}) for different initiatives`,
          source: initiative.source,
        });
        if (same) {
          for (const url of initiative.urls) if (!earlier.urls.includes(url)) earlier.urls.push(url);
          continue;
        }
      }
      seen.set(initiative.code, initiative);
      initiatives.push(initiative);
    }
  }

  if (edition && !edition.country && edition.hostCity) {
    const hostCity = foldForMatch(edition.hostCity);
    edition.country = initiatives.find((i) => i.city && foldForMatch(i.city) === hostCity && i.country)?.country ?? null;
  }
  if (edition) {
    edition.days = days;
    edition.slots = slots;
  }
  return { file, kind: 'program_book', language, edition, sessions, initiatives, notes };
}

function emptySession(block: WorkshopBlock, partner: boolean, source: SourceRef): ImportedSession {
  const prefixed = partnerPrefix.exec(block.title);
  const title = prefixed ? block.title.slice(prefixed[0].length) : block.title;
  return {
    code: block.code,
    format: partner ? 'partner_workshop' : 'workshop',
    title: toSentenceCase(title.replace(/[.\s]+$/, '')),
    slotCode: block.slotCode,
    date: null,
    times: [],
    statedDurationMinutes: null,
    durationSource: null,
    language: null,
    interpretationLanguages: [],
    summary: null,
    context: null,
    objectives: [],
    mainQuestions: [],
    thematicLine: null,
    subAxis: null,
    platform: null,
    capacity: null,
    registrationRequired: null,
    organisers: [],
    partners: [],
    documents: [],
    roles: [],
    presentations: [],
    source,
  };
}

/** The line naming who runs a partner workshop ("Atelier coordonné par OCDE"), or a prefix like "ATELIER GSEF". */
function partnerWorkshop(block: WorkshopBlock): { line: DocumentLine | null; prefix: string | null } | null {
  const firstLine = (lines: DocumentLine[]) => lines.find((line) => line.text.trim().length > 0);
  const candidates = [firstLine(block.preamble), block.items[0] ? firstLine(block.items[0].lines) : undefined];
  const prefix = partnerPrefix.exec(block.title)?.[1] ?? null;
  for (const candidate of candidates) {
    if (candidate && coordinatedBy.test(candidate.text)) return { line: candidate, prefix };
  }
  return prefix ? { line: null, prefix } : null;
}

function fillPartnerWorkshop(session: ImportedSession, block: WorkshopBlock, partner: { line: DocumentLine | null; prefix: string | null }, file: string): void {
  const ref = (line: DocumentLine): SourceRef => ({ file, line: line.number });
  const lines = [...block.preamble, ...block.items.flatMap((entry) => [entry.heading, ...entry.lines])];
  const subtitle = block.items[0]?.title ?? null;
  if (subtitle) session.subtitle = subtitle.replace(/[.\s]+$/, '');
  const organisers: OrganisationMention[] = [];
  const roles: ImportedRole[] = [];
  const summary: string[] = [];
  const speakers: DocumentLine[] = [];
  let trailingPresenter: DocumentLine | null = null;

  for (const line of lines) {
    const text = cleanInline(line.text);
    if (text.length === 0 || block.items.some((entry) => entry.heading === line)) continue;
    if (line === partner.line || (coordinatedBy.test(text) && organisers.length === 0 && text.length < 300 && summary.length === 0)) {
      organisers.push(...coordinatingOrganisations(text, ref(line)));
      readModeratorAndOpening(text, ref(line), roles);
      continue;
    }
    if (moderatorMention.test(text) && /^(?:\*|Mod|Moder)/iu.test(text) && text.length < 200) {
      readModeratorAndOpening(text, ref(line), roles);
      continue;
    }
    if (numberedItem.test(text)) {
      speakers.push(line);
      continue;
    }
    if (/^<?(?:https?:\/\/|www\.)\S+>?$/.test(text) && trailingPresenter) {
      trailingPresenter = { number: trailingPresenter.number, text: `${trailingPresenter.text} ${text}` };
      continue;
    }
    if (looksLikePresenterLine(text) && (urlsIn(text).length > 0 || /\.\s/.test(text)) && text.length < 250) {
      trailingPresenter = line;
      continue;
    }
    if (trailingPresenter) {
      summary.push(trailingPresenter.text);
      trailingPresenter = null;
    }
    summary.push(line.text);
  }
  if (partner.prefix && !organisers.some((o) => foldForMatch(o.name) === foldForMatch(partner.prefix!))) {
    organisers.unshift(organisationMention(partner.prefix, ref(block.heading)));
  }
  for (const line of speakers) {
    const reading = parseRoleMention(numberedItem.exec(cleanInline(line.text))![2]!, ref(line));
    roles.push({ person: reading.person, role: 'speaker', status: reading.status });
  }
  if (speakers.length === 0 && trailingPresenter) {
    for (const person of parsePresenterLine(trailingPresenter.text, ref(trailingPresenter))) {
      roles.push({ person, role: 'speaker', status: 'confirmed' });
    }
  }
  session.organisers = organisers;
  session.roles = roles;
  session.summary = cleanParagraphs(summary.join('\n\n')).join('\n\n') || null;
}

function coordinatingOrganisations(text: string, source: SourceRef): OrganisationMention[] {
  const match = coordinatedBy.exec(text);
  if (!match) return [];
  const after = text.slice(match.index + match[0].length);
  const name = after
    .split(/\.\s|\s[-–]\s|-\s|<|\s(?:https?:\/\/|www\.)|\.$|\s+Mod[ée]rat/u)[0]!
    .replace(/[.\s-]+$/, '')
    .replace(/^(?:l['’]|le\s+|la\s+|les\s+|el\s+|the\s+)/iu, '')
    .trim();
  return name
    .split(/\s+(?:et|y|and)\s+/u)
    .map((part) => part.trim())
    .filter((part) => part.length > 1)
    .map((part) => organisationMention(part, source));
}

function readModeratorAndOpening(text: string, source: SourceRef, roles: ImportedRole[]): void {
  const moderator = moderatorMention.exec(text);
  if (moderator) {
    const after = text.slice(moderator.index + moderator[0].length);
    const written = after.split(openingMention)[0]!.replace(/[.\s]+$/, '').trim();
    if (written.length > 0) {
      const reading = parseRoleMention(written, source);
      roles.push({ person: reading.person, role: 'moderator', status: reading.status });
    }
  }
  const opening = openingMention.exec(text);
  if (opening) {
    const reading = parseRoleMention(text.slice(opening.index + opening[0].length), source);
    roles.push({ person: { ...reading.person, roleTitle: reading.person.roleTitle }, role: 'speaker', status: reading.status });
  }
}

function readInitiative(entry: Block, workshop: WorkshopBlock, file: string, notes: ParseNote[]): ImportedInitiative {
  const source: SourceRef = { file, line: entry.heading.number };
  const content = entry.lines.filter((line) => line.text.trim().length > 0);
  if (!entry.code.startsWith(`${workshop.code}.`)) {
    notes.push({ code: 'initiative_outside_workshop', message: `initiative ${entry.code} is printed under workshop ${workshop.code}`, source });
  }
  let organisation: OrganisationMention | null = null;
  let city: string | null = null;
  let region: string | null = null;
  let country: string | null = null;
  let rest = content;
  const first = content[0];
  if (first && isOrganisationLine(cleanInline(first.text))) {
    const place = splitOrganisationAndPlace(cleanInline(first.text));
    ({ city, region, country } = place);
    organisation = organisationMention(place.name, { file, line: first.number }, city, country);
    rest = content.slice(1);
    if (!country) notes.push({ code: 'missing_place', message: `initiative ${entry.code}: no country in "${cleanInline(first.text)}"`, source: { file, line: first.number } });
  } else {
    notes.push({ code: 'missing_organisation', message: `initiative ${entry.code} has no organisation line`, source });
  }

  let presenterText: string | null = null;
  let presenterLine: DocumentLine | null = null;
  const last = rest[rest.length - 1];
  if (last) {
    const lastText = cleanInline(last.text);
    const previous = rest[rest.length - 2];
    if (/^(?:https?:\/\/|www\.)\S+$/.test(lastText) && previous && looksLikePresenterLine(previous.text)) {
      presenterText = `${cleanInline(previous.text)} ${lastText}`;
      presenterLine = previous;
      rest = rest.slice(0, -2);
    } else if (rest.length > 1 && looksLikePresenterLine(lastText)) {
      presenterText = lastText;
      presenterLine = last;
      rest = rest.slice(0, -1);
    }
  }
  const presenters = presenterText && presenterLine ? parsePresenterLine(presenterText, { file, line: presenterLine.number }) : [];
  if (presenters.length === 0) {
    notes.push({ code: 'missing_presenter', message: `initiative ${entry.code} has no presenter line`, source });
  }
  const description = cleanParagraphs(rest.map((line) => line.text).join('\n\n')).join('\n\n') || null;
  return {
    code: entry.code,
    workshopCode: workshop.code,
    title: entry.title.replace(/\s+$/, ''),
    organisation,
    city,
    region,
    country,
    description,
    presenters,
    urls: presenterText ? urlsIn(presenterText) : [],
    source,
  };
}

function isOrganisationLine(text: string): boolean {
  if (text.length === 0 || text.length > 220) return false;
  const words = text.split(/\s+/).length;
  if (words > 24) return false;
  return splitOrganisationAndPlace(text).country !== null || words <= 16;
}

function readCover(cover: DocumentLine[], file: string, notes: ParseNote[]): ImportedEdition | null {
  const ref = (line: DocumentLine | undefined): SourceRef => ({ file, line: line?.number ?? 1 });
  const texts = cover.map((line) => line.text.trim());
  const dateIndex = texts.findIndex((text) => parseStatedDateRange(text, { file, line: 1 }) !== null);
  if (dateIndex < 0) {
    notes.push({ code: 'missing_edition_dates', message: 'the cover states no dates for the forum', source: ref(cover[0]) });
    return null;
  }
  const range = parseStatedDateRange(texts[dateIndex]!, ref(cover[dateIndex]))!;
  const forumIndex = texts.findIndex((text) => /\b(?:FORUM|FORO)\b/iu.test(text) && text.length < 60);
  let name = forumIndex >= 0 ? texts[forumIndex]! : '';
  if (forumIndex > 0 && texts[forumIndex - 1] && texts[forumIndex - 1] === texts[forumIndex - 1]!.toUpperCase()) {
    name = `${texts[forumIndex - 1]} ${name}`;
  }
  name = titleCase(cleanInline(name));
  const cityYear = texts.map((text) => /^(\p{Lu}[\p{L}-]+)\s*(\d{4})$/u.exec(text)).find((match) => match);
  const year = range.start.year ?? (cityYear ? Number(cityYear[2]) : null);
  const hostCity = cityYear ? titleCase(cityYear[1]!) : null;
  const afterName = forumIndex >= 0 ? texts.slice(forumIndex + 1, dateIndex) : [];
  const boldStart = afterName.findIndex((text) => text.startsWith('**'));
  let tagline: string | null = null;
  let theme: string | null = null;
  if (boldStart >= 0) {
    const boldEnd = afterName.findIndex((text, index) => index >= boldStart && text.endsWith('**'));
    tagline = cleanInline(afterName.slice(boldStart, boldEnd + 1).join(' '));
    theme = afterName.slice(0, boldStart).filter((text) => text.length > 0).map(cleanInline).join(' ') || null;
  } else {
    tagline = afterName.filter((text) => text.length > 0).map(cleanInline).join(' ') || null;
  }
  const venue = texts.slice(dateIndex + 1).find((text) => text.length > 0 && !/^[\p{Lu}\s]+$/u.test(text)) ?? null;
  const website = texts.find((text) => /^(?:https?:\/\/|www\.)\S+$/.test(text)) ?? null;
  const acronym = name.split(/\s+/).map((word) => word[0]).join('');
  const acronymPrinted = acronym.length >= 3 && texts.some((text) => foldForMatch(text).replace(/\s/g, '').startsWith(acronym.toLowerCase()));
  const slugParts = [acronymPrinted ? acronym.toLowerCase() : foldForMatch(name).replace(/\s+/g, '-'), year, hostCity ? foldForMatch(hostCity).replace(/\s+/g, '-') : null];
  return {
    slug: slugParts.filter((part) => part !== null && part !== '').join('-') || null,
    name: acronymPrinted && year ? `${name} ${year}` : name,
    tagline,
    theme,
    year,
    startsOn: range.start,
    endsOn: range.end,
    hostCity,
    country: null,
    venue: venue ? cleanInline(venue) : null,
    format: venue ? 'in_person' : null,
    website,
    days: [],
    slots: [],
    partners: [],
    source: ref(cover.find((line) => line.text.trim().length > 0)),
  };
}

function titleCase(text: string): string {
  const small = new Set(['de', 'del', 'la', 'le', 'et', 'y', 'of', 'the', 'and', 'des', 'du', 'en', 'sur', 'pour', 'for', 'on']);
  return text
    .toLocaleLowerCase('fr')
    .split(/\s+/)
    .map((word, index) => (index > 0 && small.has(word) ? word : word.charAt(0).toLocaleUpperCase('fr') + word.slice(1)))
    .join(' ');
}

function bookDay(match: RegExpExecArray, line: DocumentLine, edition: ImportedEdition | null, file: string): ImportedDay {
  const date: StatedDate = {
    raw: `${match[1]} ${match[2]}`,
    year: edition?.year ?? null,
    month: monthNumber(match[2]!)!,
    day: Number(match[1]),
    source: { file, line: line.number },
  };
  return { date, label: cleanInline(line.text) };
}

function inferredDay(days: ImportedDay[], edition: ImportedEdition | null, line: DocumentLine, file: string): ImportedDay {
  const previous = days[days.length - 1]?.date ?? edition?.startsOn;
  const base = new Date(Date.UTC(previous?.year ?? 2000, (previous?.month ?? 1) - 1, previous?.day ?? 1));
  if (days.length > 0) base.setUTCDate(base.getUTCDate() + 1);
  return {
    date: {
      raw: '',
      year: previous?.year ?? null,
      month: base.getUTCMonth() + 1,
      day: base.getUTCDate(),
      source: { file, line: line.number },
    },
    label: null,
  };
}
