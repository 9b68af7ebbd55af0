import { encodeJson } from '../../db/database.js';
import type { SessionFormat, SessionRole } from '../program/tables.js';
import { DemoWriter } from './demo-writer.js';
import type { DemoRoom } from './program-structure.js';
import { objectiveVerbs, questionStarts, type Trilingual } from './vocabulary.js';

export interface DemoSessionSpec {
  editionId: string;
  code: string;
  format: SessionFormat;
  title: Trilingual;
  subject: Trilingual;
  room: DemoRoom;
  slotId: string | null;
  startsAt: string;
  endsAt: string;
  published: boolean;
  registrationRequired?: boolean;
  capacity?: number;
  thematicLineId?: string | null;
  themeIds?: string[];
}

/** A session with what the seed sheets carry: objectives, main questions, languages, SDGs, documents. */
export function addSession(writer: DemoWriter, spec: DemoSessionSpec): string {
  const { random } = writer;
  const id = writer.newId();
  const original = random.pick(['fr', 'es', 'en'] as const);
  const language = random.chance(0.1) ? 'eu' : original;
  const objectives = random.sample(objectiveVerbs, random.integer(2, 4)).map((verb) => writer.localized(DemoWriter.join([verb, spec.subject]), original, random.integer(1, 2)));
  const questions = random.sample(questionStarts, random.integer(1, 2)).map((start) => {
    const question = DemoWriter.join([start, spec.subject]);
    return writer.localized({ fr: `${question.fr} ?`, es: `${question.es}?`, en: `${question.en}?` }, original, random.integer(0, 2));
  });
  const context: Trilingual = {
    fr: `Cette session réunit des acteurs de plusieurs continents autour du thème : ${spec.subject.fr.toLowerCase()}.`,
    es: `Esta sesión reúne a actores de varios continentes en torno al tema: ${spec.subject.es.toLowerCase()}.`,
    en: `This session brings together actors from several continents around ${spec.subject.en.toLowerCase()}.`,
  };
  writer.add('session', {
    id, edition_id: spec.editionId, code: spec.code, format: spec.format, title: writer.text(spec.title, original), summary: writer.text(context, original),
    context: random.chance(0.6) ? writer.text(context, original, 1) : null, objectives: encodeJson(objectives), main_questions: encodeJson(questions),
    thematic_line_id: spec.thematicLineId ?? null, slot_id: spec.slotId, venue_id: spec.room.id, starts_at: spec.startsAt, ends_at: spec.endsAt,
    duration_minutes: (Date.parse(spec.endsAt) - Date.parse(spec.startsAt)) / 60_000, language,
    interpretation_languages: encodeJson(spec.room.interpretation.filter((channel) => channel !== language)), capacity: spec.capacity ?? spec.room.capacity,
    registration_required: spec.registrationRequired ?? false, status: spec.published ? 'published' : 'draft', proposed_by_user_id: null, ...writer.stamp,
  });
  for (const sdg of random.sample([1, 4, 5, 8, 10, 11, 12, 13, 16, 17], random.integer(1, 3))) writer.add('session_sdg', { session_id: id, sdg });
  for (const themeId of spec.themeIds ?? []) writer.add('session_theme', { session_id: id, theme_id: themeId });
  if (random.chance(0.3)) {
    writer.add('session_document', {
      id: writer.newId(), session_id: id, title: writer.text({ fr: 'Note conceptuelle', es: 'Nota conceptual', en: 'Concept note' }, original, 2),
      url: `https://docs.example.org/sessions/${spec.code}.pdf`, position: 0,
    });
  }
  return id;
}

export function addRole(writer: DemoWriter, sessionId: string, personId: string, role: SessionRole, position: number, toConfirm = writer.random.chance(0.05)): void {
  writer.add('session_person_role', { id: writer.newId(), session_id: sessionId, person_id: personId, role, status: toConfirm ? 'to_be_confirmed' : 'confirmed', position });
}
