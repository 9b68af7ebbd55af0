import type { ContentLanguage } from '../../../text/localized-text.js';
import { foldForMatch } from './clean-text.js';

/** Languages whose session-sheet labels we recognise. */
export const labelLanguages = ['fr', 'es', 'en'] as const satisfies readonly ContentLanguage[];
export type LabelLanguage = (typeof labelLanguages)[number];

/**
 * What a label introduces on a session sheet. Several wordings per language: sheets are filled in by hand
 * from templates that changed between forums.
 */
export const sheetLabels = {
  workshopSheet: {
    fr: ["Session d'atelier", 'Atelier'],
    es: ['Sesión de taller', 'Taller'],
    en: ['Workshop session', 'Workshop'],
  },
  coCreationSheet: {
    fr: ['Co-création', 'Session de co-création'],
    es: ['Co-creación', 'Cocreación', 'Sesión de co-creación'],
    en: ['Co-creation', 'Co-creation session'],
  },
  conceptNote: {
    fr: ['Note conceptuelle', 'Note de cadrage'],
    es: ['Nota conceptual', 'Nota de concepto'],
    en: ['Concept note'],
  },
  sessionTitle: {
    fr: ['Titre de la session', 'Titre', "Titre de l'atelier"],
    es: ['Título de la sesión', 'Título', 'Título del taller'],
    en: ['Session title', 'Title', 'Title of the session', 'Workshop title'],
  },
  dateAndDuration: {
    fr: ['Date/Durée', 'Date et durée', 'Date/Heure', 'Date et heure'],
    es: ['Fecha/Duración', 'Fecha y duración', 'Fecha/Hora', 'Fecha y hora'],
    en: ['Date/Duration', 'Date and duration', 'Date/Time', 'Date and time'],
  },
  date: { fr: ['Date'], es: ['Fecha'], en: ['Date'] },
  time: { fr: ['Heure', 'Horaire', 'Heures'], es: ['Hora', 'Horario'], en: ['Time', 'Hours'] },
  duration: { fr: ['Durée'], es: ['Duración'], en: ['Duration'] },
  formatAndLanguage: {
    fr: ['Format de la session/langue', 'Format/langue', 'Format de la session'],
    es: ['Formato de la sesión/idioma', 'Formato/idioma', 'Formato de la sesión'],
    en: ['Session format/language', 'Format/language', 'Session format'],
  },
  description: {
    fr: ['Objectifs et description de la session', 'Description de la session', 'Description'],
    es: ['Objetivos y descripción de la sesión', 'Descripción de la sesión', 'Descripción'],
    en: ['Objectives and description of the session', 'Session objectives and description', 'Session description', 'Description'],
  },
  context: {
    fr: ['Contexte', 'Conceptualisation de la session', 'Note conceptuelle développée'],
    es: ['Contexto', 'Conceptualización de la sesión'],
    en: ['Context', 'Background', 'Conceptualisation of the session', 'Conceptualization of the session'],
  },
  conceptNoteBody: { fr: ['Concept Note'], es: ['Concept Note'], en: ['Concept Note'] },
  objectives: {
    fr: ['Objectifs', 'Objectif', 'Objectifs et principaux points de discussion'],
    es: ['Objetivos', 'Objetivo', 'Objetivos y principales puntos de discusión'],
    en: ['Objectives', 'Objective', 'Objectives and main discussion points', 'Goals'],
  },
  mainQuestions: {
    fr: ['Question principale', 'Questions principales', 'Questions centrales', 'Question centrale', 'Questions clés'],
    es: ['Pregunta principal', 'Preguntas principales', 'Preguntas centrales', 'Pregunta central', 'Preguntas clave'],
    en: ['Main question', 'Main questions', 'Key questions', 'Central questions', 'Guiding questions'],
  },
  summary: {
    fr: ['Résumé', 'Bref résumé de la session', 'Résumé de la session'],
    es: ['Resumen', 'Breve resumen de la sesión', 'Resumen de la sesión'],
    en: ['Summary', 'Brief summary of the session', 'Session summary', 'Abstract'],
  },
  moderatorAndSpeakers: {
    fr: ['Modérateur et intervenants', 'Modératrice et intervenants', 'Modérateur et intervenant(e)s', 'Liste des intervenants et modérateur', 'Intervenants et modérateur'],
    es: ['Moderador y ponentes', 'Moderadora y ponentes', 'Lista de ponentes y moderador', 'Ponentes y moderador'],
    en: ['Moderator and speakers', 'List of speakers and moderator', 'Speakers and moderator'],
  },
  moderator: {
    fr: ['Modérateur', 'Modératrice', 'Modérateurs', 'Modératrices', 'Modération'],
    es: ['Moderador', 'Moderadora', 'Moderadores', 'Moderadoras', 'Moderación'],
    en: ['Moderator', 'Moderators', 'Chair'],
  },
  facilitators: {
    fr: ['Modérateurs/facilitateurs', 'Facilitateurs', 'Facilitateur', 'Facilitatrice', 'Animateurs', 'Animateur', 'Animatrice'],
    es: ['Moderadores/facilitadores', 'Facilitadores', 'Facilitador', 'Facilitadora'],
    en: ['Moderators/facilitators', 'Facilitators', 'Facilitator'],
  },
  speakers: {
    fr: ['Intervenant(e)s', 'Intervenants', 'Intervenant', 'Intervenante', 'Intervenantes', 'Panélistes', 'Orateurs'],
    es: ['Ponentes', 'Ponente', 'Panelistas', 'Oradores', 'Intervinientes'],
    en: ['Speakers', 'Speaker', 'Panelists', 'Panellists'],
  },
  speakerTableHeader: {
    fr: ["Nom et bio de l'intervenant(e)", "Nom et bio de l'intervenant"],
    es: ['Nombre y biografía del ponente', 'Nombre y bio del ponente'],
    en: ["Speaker's name and bio", 'Speaker name and bio', 'Name and bio of the speaker'],
  },
  platform: { fr: ['Plate-forme', 'Plateforme'], es: ['Plataforma'], en: ['Platform'] },
  capacity: {
    fr: ['Capacité de la session', 'Capacité', 'Nombre de places'],
    es: ['Capacidad de la sesión', 'Capacidad', 'Aforo'],
    en: ['Session capacity', 'Capacity'],
  },
  registration: {
    fr: ['Inscription requise', 'Inscription'],
    es: ['Inscripción requerida', 'Inscripción previa', 'Inscripción'],
    en: ['Registration required', 'Registration'],
  },
  languages: {
    fr: ['Langues', 'Langue', 'Langues de la session'],
    es: ['Idiomas', 'Idioma', 'Lenguas'],
    en: ['Languages', 'Language'],
  },
  organisers: {
    fr: ['Organisateurs', 'Organisateur', 'Organisatrices', 'Organisé par'],
    es: ['Organizadores', 'Organizador', 'Organizado por'],
    en: ['Organisers', 'Organizers', 'Organiser', 'Organizer', 'Organised by', 'Organized by'],
  },
  thematicLine: {
    fr: ['Ligne thématique', 'Axe thématique'],
    es: ['Línea temática', 'Eje temático'],
    en: ['Thematic line', 'Thematic axis', 'Theme'],
  },
  subAxis: { fr: ['Sous-axe'], es: ['Sub-eje', 'Subeje'], en: ['Sub-axis', 'Sub-theme'] },
  documents: {
    fr: ['Documents pertinents', 'Documents', 'Documents de référence'],
    es: ['Documentos relevantes', 'Documentos pertinentes', 'Documentos'],
    en: ['Relevant documents', 'Documents', 'Reference documents'],
  },
  cooperationDebris: {
    fr: ['Avec la coopération de', 'Avec le soutien de', 'Avec la collaboration de'],
    es: ['Con la cooperación de', 'Con el apoyo de', 'Con la colaboración de'],
    en: ['With the cooperation of', 'With the support of', 'In cooperation with'],
  },
} as const satisfies Record<string, Record<LabelLanguage, readonly string[]>>;

export type SheetField = keyof typeof sheetLabels;

export interface LabelMatch {
  field: SheetField;
  language: LabelLanguage;
  /** A code printed with the label: "Titre de la session 2.3.2:" → "2.3.2". */
  code: string | null;
  /** What follows the colon, as written (may be empty for section headings). */
  value: string;
}

const labelIndex = new Map<string, { field: SheetField; language: LabelLanguage }[]>();
for (const [field, byLanguage] of Object.entries(sheetLabels) as [SheetField, Record<LabelLanguage, readonly string[]>][]) {
  for (const language of labelLanguages) {
    for (const label of byLanguage[language]) {
      const key = foldForMatch(label);
      const entries = labelIndex.get(key) ?? [];
      if (!entries.some((entry) => entry.field === field && entry.language === language)) entries.push({ field, language });
      labelIndex.set(key, entries);
    }
  }
}

/**
 * Reads "Label: value", "Label 2.3: value" or a heading line made only of a label ("Objectifs", "2. Objectifs …").
 * `preferred` breaks ties for labels spelled alike in several languages ("Date", "Concept Note").
 */
export function matchLabel(line: string, preferred?: LabelLanguage): LabelMatch | null {
  const text = line
    .replace(/\*\*/g, '')
    .replace(/^\s*[-•*]\s+/, '')
    .replace(/^\s*\d{1,2}[.)]\s+(?=\p{L})/u, '')
    .trim();
  if (text.length === 0) return null;
  const colon = text.search(/:(?!\d)/);
  const head = colon >= 0 && colon <= 80 ? text.slice(0, colon) : text;
  const value = colon >= 0 && colon <= 80 ? text.slice(colon + 1).trim() : '';
  const coded = /^(.*?\p{L}[\p{L})]*)\s+(\d+(?:\.\d+)*)\.?\s*$/u.exec(head.trim());
  const candidates: [string, string | null][] = [[head, null]];
  if (coded?.[1] && coded[2]) candidates.push([coded[1], coded[2]]);
  for (const [candidate, code] of candidates) {
    const entries = labelIndex.get(foldForMatch(candidate));
    if (!entries || entries.length === 0) continue;
    const entry = entries.find((e) => e.language === preferred) ?? entries[0]!;
    return { field: entry.field, language: entry.language, code, value };
  }
  return null;
}

/** Every language a label is written in (several for "Date", "Description"). */
export function labelLanguagesOf(line: string): LabelLanguage[] {
  const match = matchLabel(line);
  if (!match) return [];
  const text = line.replace(/\*\*/g, '').replace(/^\s*[-•*]\s+/, '').replace(/^\s*\d{1,2}[.)]\s+/, '').trim();
  const colon = text.search(/:(?!\d)/);
  const head = (colon >= 0 && colon <= 80 ? text.slice(0, colon) : text).replace(/\s+\d+(?:\.\d+)*\.?\s*$/, '');
  return (labelIndex.get(foldForMatch(head)) ?? []).filter((e) => e.field === match.field).map((e) => e.language);
}

export const monthNames: Record<LabelLanguage, readonly string[]> = {
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  en: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
};

const monthIndex = new Map<string, number>();
for (const language of labelLanguages) {
  monthNames[language].forEach((name, index) => {
    monthIndex.set(foldForMatch(name), index + 1);
    if (name.length > 4) monthIndex.set(foldForMatch(name).slice(0, 3), index + 1);
  });
}
monthIndex.set('setiembre', 9);
monthIndex.set('sept', 9);
monthIndex.set('fevr', 2);
monthIndex.set('juil', 7);

/** 1–12 for a month name in fr/es/en, full or abbreviated; null otherwise. */
export function monthNumber(word: string): number | null {
  return monthIndex.get(foldForMatch(word.replace(/\.$/, ''))) ?? null;
}

export const weekdayNames: Record<LabelLanguage, readonly string[]> = {
  fr: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
  es: ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'],
  en: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
};

/** Titles written before a name. Longest first so "Mme." wins over "M.". */
export const honorifics = [
  'Monsieur', 'Madame', 'Mademoiselle', 'Señora', 'Señor', 'Señorita', 'Doctora', 'Doctor', 'Professeur', 'Professor',
  'Mme.', 'Mlle.', 'Mrs.', 'Sra.', 'Srta.', 'Dra.', 'Prof.', 'Mme', 'Mlle', 'Mrs', 'Mr.', 'Ms.', 'Dr.', 'Sr.', 'Pr.', 'Mr', 'Ms', 'Dr', 'Sra', 'Sr', 'Dra', 'M.',
] as const;

/** "Epse" (épouse) introduces a married name inside a name; it is part of the name, not a title before it. */
export const nameParticles = ['de', 'di', 'da', 'del', 'della', 'des', 'du', 'dos', 'das', 'van', 'von', 'der', 'den', 'la', 'le', 'y', 'e', 'Epse', 'bin', 'ben', 'al', 'el'] as const;

/** Markers of a participation not yet confirmed. */
export const toBeConfirmedMarkers = ['TBC', 'TBD', 'à confirmer', 'a confirmer', 'por confirmar', 'a confirmar', 'to be confirmed', 'pending confirmation', 'sous réserve', 'pendiente de confirmación'] as const;

export const yesWords: Record<LabelLanguage, readonly string[]> = { fr: ['oui', 'requise', 'obligatoire'], es: ['sí', 'si', 'requerida', 'obligatoria'], en: ['yes', 'required', 'mandatory'] };
export const noWords: Record<LabelLanguage, readonly string[]> = { fr: ['non', 'libre'], es: ['no', 'libre'], en: ['no', 'open', 'not required'] };

/** Language names as sheets write them, to the content language they mean. */
export const languageNames: Record<string, ContentLanguage> = {
  francais: 'fr', french: 'fr', frances: 'fr', fr: 'fr',
  espagnol: 'es', espanol: 'es', castellano: 'es', spanish: 'es', es: 'es',
  anglais: 'en', ingles: 'en', english: 'en', en: 'en',
  basque: 'eu', euskera: 'eu', euskara: 'eu', eu: 'eu',
  portugais: 'pt', portugues: 'pt', portuguese: 'pt', pt: 'pt',
  catalan: 'ca', catala: 'ca', ca: 'ca',
  coreen: 'ko', coreano: 'ko', korean: 'ko', ko: 'ko',
  allemand: 'de', aleman: 'de', german: 'de', de: 'de',
  italien: 'it', italiano: 'it', italian: 'it', it: 'it',
  arabe: 'ar', arabic: 'ar', ar: 'ar',
};

/** Content languages named in a text, in the order written: "Français – Espagnol – Anglais" → fr, es, en. */
export function languagesNamed(text: string): ContentLanguage[] {
  const found: ContentLanguage[] = [];
  for (const word of foldForMatch(text).split(' ')) {
    const language = languageNames[word];
    if (language && word.length > 2 && !found.includes(language)) found.push(language);
  }
  return found;
}

/** Words that start a role title rather than a name: "Mohammed Salhi Coordonnateur de…". */
export const roleWords = [
  'coordonnateur', 'coordonnatrice', 'coordinateur', 'coordinatrice', 'coordinador', 'coordinadora', 'coordinator',
  'directeur', 'directrice', 'director', 'directora', 'directeur', 'dg', 'ceo', 'cto', 'coo',
  'president', 'presidente', 'presidenta', 'vice', 'vicepresidente', 'fondateur', 'fondatrice', 'fundador', 'fundadora', 'founder', 'cofondateur', 'cofondatrice',
  'charge', 'chargee', 'commissaire', 'conseiller', 'conseillere', 'consejero', 'consejera', 'adviser', 'advisor', 'counsellor',
  'responsable', 'secretaire', 'secretario', 'secretaria', 'secretary', 'maire', 'alcalde', 'alcaldesa', 'mayor', 'chef', 'jefe', 'jefa', 'head',
  'expert', 'experte', 'experts', 'experto', 'experta', 'specialiste', 'especialista', 'specialist', 'professeur', 'professeure', 'profesor', 'profesora', 'professor',
  'chercheur', 'chercheuse', 'investigador', 'investigadora', 'researcher', 'gerant', 'gerante', 'gerente', 'manager', 'technicien', 'technicienne', 'tecnico', 'tecnica',
  'delegue', 'deleguee', 'delegado', 'delegada', 'leader', 'lider', 'representant', 'representante', 'representative', 'officer', 'oficial', 'membre', 'miembro', 'member',
  'administrateur', 'administratrice', 'administrador', 'administradora', 'consultant', 'consultante', 'consultor', 'consultora', 'facilitatrice', 'facilitateur', 'facilitador', 'facilitadora',
  'chargee', 'animateur', 'animatrice', 'enseignant', 'enseignante', 'ministre', 'ministro', 'ministra', 'minister', 'depute', 'deputee', 'diputado', 'diputada', 'senateur', 'senator',
  'executive', 'executif', 'executive', 'senior', 'junior', 'chief', 'principal', 'general', 'sous', 'adjoint', 'adjointe', 'candidate', 'candidat', 'candidato', 'candidata',
  'economiste', 'economista', 'economist', 'avocat', 'avocate', 'abogado', 'abogada', 'lawyer', 'ingenieur', 'ingeniero', 'engineer', 'doctorant', 'doctorante', 'phd',
] as const;
const roleWordSet = new Set<string>(roleWords);
export function isRoleWord(word: string): boolean {
  return roleWordSet.has(foldForMatch(word).split(' ')[0] ?? '');
}
