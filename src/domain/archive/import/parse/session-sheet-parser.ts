import type { SessionFormat } from '../../../program/tables.js';
import type {
  DocumentKind,
  ImportedDocument,
  ImportedDocumentLink,
  ImportedEdition,
  ImportedRole,
  ImportedSession,
  ParseNote,
  SourceRef,
} from '../imported-document.js';
import { DocumentParseError } from '../imported-document.js';
import { cleanInline, foldForMatch } from './clean-text.js';
import type { DocumentLine, DocumentLines } from './document-text.js';
import { labelLanguages, languagesNamed, noWords, sheetLabels, yesWords, type LabelLanguage } from './labels.js';
import { organisationMention, parseRoleMention } from './person-mention.js';
import { itemsOf, paragraphsOf, splitIntoSections } from './sheet-sections.js';
import { readSpeakerTable } from './speaker-table.js';
import { readConceptNoteCover, readEditionBanner } from './stated-edition.js';
import { parseDurationMinutes, parseStatedDate, parseTimeRanges, rangeMinutes } from './stated-time.js';

export type SessionSheetKind = Extract<DocumentKind, 'workshop_sheet' | 'concept_note' | 'co_creation_sheet'>;

const plenaryHeading = /^(?:Plénière|Pleni[eè]re|Plenaria|Plenary|Sesión plenaria|Session plénière)\s*(\d+(?:\.\d+)*)?\s*$/iu;
const sheetFormats: Record<SessionSheetKind, SessionFormat> = { workshop_sheet: 'workshop', concept_note: 'plenary', co_creation_sheet: 'co_creation' };

/**
 * One session sheet (workshop sheet, plenary concept note, co-creation sheet) in fr, es or en: everything it states
 * about its session and, when it prints one, its forum edition.
 */
export function parseSessionSheet(document: DocumentLines, kind: SessionSheetKind, language: LabelLanguage): ImportedDocument {
  const { file } = document;
  const notes: ParseNote[] = [];
  const ref = (line: DocumentLine): SourceRef => ({ file, line: line.number });
  const layout = splitIntoSections(document.lines, language);
  const firstLine = document.lines.find((line) => line.text.trim().length > 0) ?? { number: 1, text: '' };

  const session: ImportedSession = emptySession(sheetFormats[kind], ref(firstLine));
  let edition: ImportedEdition | null = null;

  // A banner in the middle of a list is page decoration, not content: take the edition from it and drop it.
  const banner = readEditionBanner(document.lines, file, null, notes);
  const bannerLines = banner?.used ?? new Set<DocumentLine>();
  const withoutBanner = (lines: DocumentLine[]) => lines.filter((line) => !bannerLines.has(line));

  if (kind === 'concept_note') {
    edition = readConceptNoteCover(layout.preamble.concat(layout.sections.flatMap((s) => (s.label.field === 'conceptNote' ? [s.line, ...s.content] : []))), file);
    readPlenaryHeading(layout, session, ref);
  }

  for (const section of layout.sections) {
    const { label } = section;
    const value = cleanInline(label.value);
    const content = withoutBanner(section.content);
    const source = ref(section.line);
    switch (label.field) {
      case 'sessionTitle':
        session.title = value || (paragraphsOf(content)[0]?.text ?? '');
        session.code = label.code ?? session.code;
        session.source = source;
        break;
      case 'dateAndDuration':
      case 'date':
        readDateAndTimes(value, source, session, label.field === 'dateAndDuration');
        break;
      case 'time':
        session.times.push(...parseTimeRanges(value, source));
        break;
      case 'duration':
        session.statedDurationMinutes = parseDurationMinutes(value);
        session.durationSource = source;
        break;
      case 'formatAndLanguage':
        readFormatAndLanguage(value, session);
        break;
      case 'languages': {
        const [first, ...others] = languagesNamed(value);
        session.language = first ?? session.language;
        session.interpretationLanguages = others;
        break;
      }
      case 'context':
      case 'conceptNoteBody':
      case 'description':
        appendText(session, 'context', content);
        break;
      case 'summary':
        appendText(session, 'summary', content, value);
        break;
      case 'objectives':
        session.objectives.push(...itemsOf(content).map((item) => item.text));
        break;
      case 'mainQuestions':
        readQuestions(content, session);
        break;
      case 'thematicLine':
        session.thematicLine = { code: label.code ?? '', title: value };
        break;
      case 'subAxis':
        session.subAxis = { code: label.code ?? '', title: value };
        break;
      case 'platform':
        session.platform = value || null;
        break;
      case 'capacity': {
        const number = /\d+/.exec(value);
        session.capacity = number ? Number(number[0]) : null;
        break;
      }
      case 'registration':
        session.registrationRequired = yesOrNo(value);
        break;
      case 'organisers':
        session.organisers.push(...value.split(/\s*[,;]\s*|\s+(?:et|y|and)\s+/u).filter((name) => name.length > 0).map((name) => organisationMention(name, source)));
        break;
      case 'documents':
        session.documents.push(...readDocuments([...(value ? [{ number: section.line.number, text: value }] : []), ...content], file));
        break;
      case 'moderator':
        addPeople(session, value, 'moderator', source);
        break;
      case 'facilitators':
        addPeople(session, value, 'facilitator', source, true);
        break;
      case 'speakers':
      case 'moderatorAndSpeakers':
        if (value) addPeople(session, value, 'speaker', source, true);
        readSpeakerList(content, session, file);
        break;
      case 'speakerTableHeader': {
        const table = readSpeakerTable(content, file, session.roles.length);
        session.roles.push(...table.roles);
        session.presentations.push(...table.presentations);
        break;
      }
      case 'workshopSheet':
      case 'coCreationSheet':
      case 'conceptNote':
      case 'cooperationDebris':
        break;
    }
    if (!['context', 'conceptNoteBody', 'description', 'summary', 'objectives', 'mainQuestions', 'documents', 'speakers', 'moderatorAndSpeakers', 'speakerTableHeader', 'conceptNote'].includes(label.field)) {
      const unplaced = paragraphsOf(content);
      for (const paragraph of unplaced) {
        notes.push({ code: 'unplaced_text', message: `text under "${cleanInline(section.line.text).slice(0, 40)}" belongs to no field: "${paragraph.text.slice(0, 80)}"`, source: ref(paragraph.line) });
      }
    }
  }

  if (banner && !edition) edition = banner.edition;
  if (!session.title) {
    const label = sheetLabels.sessionTitle[language][0];
    throw new DocumentParseError(ref(firstLine), `a session sheet needs a title (${label})`);
  }
  if (session.statedDurationMinutes !== null && session.times[0]) {
    const printed = rangeMinutes(session.times[0]);
    if (printed !== session.statedDurationMinutes) {
      notes.push({
        code: 'duration_mismatch',
        message: `the stated duration (${session.statedDurationMinutes} min) differs from the time range ${session.times[0].raw} (${printed} min)`,
        source: session.durationSource ?? session.times[0].source,
      });
    }
  }
  return { file, kind, language, edition, sessions: [session], initiatives: [], notes };
}

function emptySession(format: SessionFormat, source: SourceRef): ImportedSession {
  return {
    code: null, format, title: '', slotCode: null, date: null, times: [], statedDurationMinutes: null, durationSource: null,
    language: null, interpretationLanguages: [], summary: null, context: null, objectives: [], mainQuestions: [],
    thematicLine: null, subAxis: null, platform: null, capacity: null, registrationRequired: null,
    organisers: [], partners: [], documents: [], roles: [], presentations: [], source,
  };
}

function readPlenaryHeading(layout: ReturnType<typeof splitIntoSections>, session: ImportedSession, ref: (line: DocumentLine) => SourceRef): void {
  const lines = layout.preamble.concat(layout.sections.filter((s) => s.label.field === 'conceptNote').flatMap((s) => s.content));
  const index = lines.findIndex((line) => plenaryHeading.test(cleanInline(line.text)));
  if (index < 0) return;
  const heading = plenaryHeading.exec(cleanInline(lines[index]!.text))!;
  session.code = heading[1] ?? null;
  const title = lines.slice(index + 1).find((line) => cleanInline(line.text).length > 0);
  if (title) {
    session.title = cleanInline(title.text);
    session.source = ref(title);
  }
  const date = lines.slice(0, index).map((line) => parseStatedDate(cleanInline(line.text), ref(line))).filter((d) => d && d.year !== null).pop();
  if (date) session.date = date;
}

function readDateAndTimes(value: string, source: SourceRef, session: ImportedSession, durationToo: boolean): void {
  const date = parseStatedDate(value, source);
  if (date) session.date = date;
  const times = parseTimeRanges(value, source);
  session.times.push(...times);
  const stated = parseDurationMinutes(value.replace(/\d{1,2}\s*[h:.]\s*\d{2}/g, ''));
  if (durationToo && stated !== null) {
    session.statedDurationMinutes = stated;
    session.durationSource = source;
  } else if (durationToo && times[0]) {
    // "Date/Durée: … de 11h00 à 12h30": the duration is stated by the range itself.
    session.statedDurationMinutes = rangeMinutes(times[0]);
    session.durationSource = source;
  }
}

const formatWords: [RegExp, SessionFormat][] = [
  [/co-?cr[ée]a/i, 'co_creation'],
  [/pl[ée]ni|plenar/i, 'plenary'],
  [/atelier|taller|workshop/i, 'workshop'],
  [/side|parall[eè]le|paralel/i, 'side_event'],
];

function readFormatAndLanguage(value: string, session: ImportedSession): void {
  for (const [pattern, format] of formatWords) {
    if (pattern.test(value)) {
      session.format = format;
      break;
    }
  }
  const [first, ...others] = languagesNamed(value);
  if (first) {
    session.language = first;
    session.interpretationLanguages = others;
  }
}

function appendText(session: ImportedSession, field: 'context' | 'summary', content: DocumentLine[], value = ''): void {
  const text = [value, ...paragraphsOf(content).map((paragraph) => paragraph.text)].filter((part) => part.length > 0).join('\n\n');
  if (text.length === 0) return;
  session[field] = session[field] ? `${session[field]}\n\n${text}` : text;
}

/** Questions, grouped when the sheet groups them ("1ère série"); a paragraph of several questions gives each. */
function readQuestions(content: DocumentLine[], session: ImportedSession): void {
  const groups: { title: string; questions: string[] }[] = [];
  for (const paragraph of paragraphsOf(content)) {
    const isItem = /^(?:[-•*]|\d{1,2}[.)])\s/.test(paragraph.text);
    const text = paragraph.text.replace(/^(?:[-•*]|\d{1,2}[.)])\s+/, '').trim();
    if (!isItem && !text.includes('?') && text.length < 60) {
      groups.push({ title: text, questions: [] });
      continue;
    }
    const questions = isItem ? [text] : text.split(/(?<=\?)\s+(?=\p{Lu}|¿)/u).map((q) => q.trim()).filter((q) => q.length > 0);
    session.mainQuestions.push(...questions);
    groups[groups.length - 1]?.questions.push(...questions);
  }
  if (groups.length > 0) session.mainQuestionGroups = [...(session.mainQuestionGroups ?? []), ...groups];
}

function yesOrNo(value: string): boolean | null {
  const folded = foldForMatch(value);
  const words = folded.split(' ');
  for (const language of labelLanguages) {
    if (noWords[language].some((word) => folded.startsWith(foldForMatch(word)) && words[0] === foldForMatch(word).split(' ')[0])) return false;
  }
  for (const language of labelLanguages) {
    if (yesWords[language].some((word) => words.includes(foldForMatch(word)))) return true;
  }
  return null;
}

function addPeople(session: ImportedSession, value: string, role: ImportedRole['role'], source: SourceRef, list = false): void {
  if (!value) return;
  const parts = list && !/\.\s/.test(value) && value.split(/\s*,\s*/).every((part) => part.split(/\s+/).length <= 4) ? value.split(/\s*,\s*/) : [value];
  for (const part of parts.filter((p) => p.trim().length > 0)) {
    const reading = parseRoleMention(part, source);
    session.roles.push({ person: reading.person, role, status: reading.status });
  }
}

/** "- Ville de Praia (Cabo Verde)", "- Mr. John Smith, City of Montreal, Canada": one speaker per list item. */
function readSpeakerList(content: DocumentLine[], session: ImportedSession, file: string): void {
  for (const line of content) {
    const text = cleanInline(line.text);
    const item = /^(?:[-•*]|\d{1,2}[.)])\s+(.+)$/.exec(text);
    if (!item) continue;
    const reading = parseRoleMention(item[1]!, { file, line: line.number });
    session.roles.push({ person: reading.person, role: 'speaker', status: reading.status });
  }
}

function readDocuments(lines: DocumentLine[], file: string): ImportedDocumentLink[] {
  const links: ImportedDocumentLink[] = [];
  for (const line of lines) {
    const raw = line.text.trim();
    if (raw.length === 0) continue;
    const markdown = /\[([^\]]+)\]\(([^)\s]*)\)/.exec(raw);
    const url = markdown ? markdown[2]! : (/(?:https?:\/\/|www\.)[^\s<>)]+/.exec(raw)?.[0] ?? '');
    const title = cleanInline(raw.replace(/<?(?:https?:\/\/|www\.)[^\s<>)]+>?/g, '')).replace(/^(?:[-•*]|\d{1,2}[.)])\s+/, '').trim();
    links.push({ title: title || url, url: /^(?:https?:\/\/|www\.)/.test(url) ? url : null, source: { file, line: line.number } });
  }
  return links;
}

