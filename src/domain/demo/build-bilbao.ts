import { encodeJson } from '../../db/database.js';
import { addOrganisation, addPerson } from './build-people.js';
import { addRole, addSession } from './build-session.js';
import { DemoWriter } from './demo-writer.js';
import { places } from './places.js';
import { addDaysAndSlots, addRoom, localInstant } from './program-structure.js';
import { initiativeActions, initiativeObjects, themes, thematicLines, workshopSubjects, type Trilingual } from './vocabulary.js';

export interface DemoEditionSummary {
  slug: string;
  sessions: number;
  initiatives: number;
}

export interface SharedDemoActors {
  partnerIds: Map<string, string>;
  /** Moderators and plenary speakers, who come back edition after edition. */
  peoplePool: string[];
}

const madrid = 'Europe/Madrid';

function addThematicLines(writer: DemoWriter, editionId: string): string[] {
  const axisIds: string[] = [];
  thematicLines.forEach((line, index) => {
    const lineId = writer.newId();
    writer.add('thematic_line', { id: lineId, edition_id: editionId, parent_id: null, code: `${index + 1}`, title: writer.text(line, 'es', 2) });
    line.axes.forEach((axis, axisIndex) => {
      const axisId = writer.newId();
      writer.add('thematic_line', { id: axisId, edition_id: editionId, parent_id: lineId, code: `${index + 1}.${axisIndex + 1}`, title: writer.text(axis, 'es', 2) });
      axisIds.push(axisId);
    });
  });
  return axisIds;
}

function addThemes(writer: DemoWriter, editionId: string): string[] {
  return themes.map((theme) => {
    const id = writer.newId();
    writer.add('theme', { id, edition_id: editionId, code: theme.code, name: writer.text(theme, 'en', 2) });
    return id;
  });
}

/** One initiative of a workshop, its organisation and presenter, and the presentation in the session. */
function addInitiative(writer: DemoWriter, editionId: string, sessionId: string, code: string, index: number, placeIndex: number, themeId: string, published: boolean): string[] {
  const { random } = writer;
  const place = places[placeIndex % places.length]!;
  const object = random.pick(initiativeObjects);
  const title = DemoWriter.join([random.pick(initiativeActions), object]);
  const organisation = addOrganisation(writer, place, object);
  const id = writer.newId();
  const description: Trilingual = {
    fr: `À ${place.city}, ${organisation.name.fr} mène ce projet avec les habitants et la collectivité depuis ${random.integer(2005, 2017)}.`,
    es: `En ${place.city}, ${organisation.name.es} impulsa este proyecto con la ciudadanía y el gobierno local desde ${random.integer(2005, 2017)}.`,
    en: `In ${place.city}, ${organisation.name.en} has run this project with residents and the local government since ${random.integer(2005, 2017)}.`,
  };
  writer.add('initiative', {
    id, edition_id: editionId, session_id: sessionId, code, title: writer.text(title), description: writer.text(description), organisation_id: organisation.id,
    city: place.city, region: place.region, country: place.country, website: `https://initiative-${id.slice(-8).toLowerCase()}.example.org`,
    status: published ? 'published' : 'draft', position: index, ...writer.stamp,
  });
  writer.add('initiative_theme', { initiative_id: id, theme_id: themeId });
  const presenters = [addPerson(writer, place, organisation.id), ...(random.chance(0.15) ? [addPerson(writer, place, organisation.id)] : [])];
  presenters.forEach((personId, position) => {
    writer.add('initiative_presenter', { id: writer.newId(), initiative_id: id, person_id: personId, role_title: writer.text({ fr: 'Gérant·e', es: 'Gerente', en: 'Manager' }), position });
  });
  writer.add('presentation', { id: writer.newId(), session_id: sessionId, person_id: presenters[0]!, initiative_id: id, title: writer.text(title), description: writer.text(description), position: index });
  return presenters;
}

/** A forum shaped like GSEF Bilbao 2018: 3 days, 9 slots, 5 rooms a scale, ~45 workshops, ~110 initiatives from 36 countries. */
export function addBilbaoEdition(writer: DemoWriter, scale: number, shared: SharedDemoActors): DemoEditionSummary {
  const { random } = writer;
  const editionId = writer.newId();
  const slug = 'gsef-2018-bilbao';
  writer.add('edition', {
    id: editionId, slug, status: 'published', hide_unconfirmed_roles: false, host_city: 'Bilbao', country: 'ES', venue: 'Palacio Euskalduna', starts_on: '2018-10-01', ends_on: '2018-10-03',
    time_zone: madrid, format: 'in_person', languages: encodeJson(['es', 'eu', 'fr', 'en']), website: 'https://gsef2018.example.org',
    name: encodeJson({ original: 'es', text: { es: 'Foro Global de Economía Social 2018', eu: 'Gizarte Ekonomiaren Mundu Foroa 2018', fr: 'Forum mondial de l’économie sociale 2018', en: 'Global Social Economy Forum 2018' } }),
    tagline: writer.text({ fr: 'Valeurs et compétitivité pour un développement local inclusif et durable', es: 'Valores y competitividad para un desarrollo local inclusivo y sostenible', en: 'Values and competitiveness for inclusive and sustainable local development' }, 'es', 2),
    description: writer.text({ fr: 'Environ 1 700 participants de 75 pays réunis à Bilbao.', es: 'Unas 1.700 personas de 75 países reunidas en Bilbao.', en: 'About 1,700 people from 75 countries gathered in Bilbao.' }, 'es', 2),
    ...writer.stamp,
  });
  const partnerKinds: [string, 'host' | 'organiser' | 'partner'][] = [['GSEF', 'organiser'], ['OECD', 'partner'], ['ILO', 'partner'], ['UNRISD', 'partner'], ['RIPESS', 'partner']];
  const host = addOrganisation(writer, places[0]!, { fr: 'Bilbao', es: 'Bilbao', en: 'Bilbao' });
  [[host.id, 'host'] as const, ...partnerKinds.map(([acronym, kind]) => [shared.partnerIds.get(acronym)!, kind] as const)].forEach(([organisationId, kind], position) => {
    writer.add('edition_partner', { id: writer.newId(), edition_id: editionId, organisation_id: organisationId, kind, position });
  });
  const slots = addDaysAndSlots(writer, editionId, ['2018-10-01', '2018-10-02', '2018-10-03'], [['09:30', '11:00'], ['11:30', '13:00'], ['15:00', '16:30']], madrid);
  const channels = ['es', 'eu', 'fr', 'en'];
  const rooms = Array.from({ length: 5 * scale }, (_, index) =>
    addRoom(writer, editionId, { fr: `Salle ${index + 1}`, es: `Sala ${index + 1}`, en: `Room ${index + 1}` }, { capacity: random.pick([60, 80, 120, 200]), interpretation: random.sample(channels, random.integer(1, 3)), position: index }),
  );
  const auditorium = addRoom(writer, editionId, { fr: 'Auditorium', es: 'Auditorio', en: 'Auditorium' }, { capacity: 1700, interpretation: channels, position: rooms.length });
  addRoom(writer, editionId, { fr: 'Salle virtuelle', es: 'Sala virtual', en: 'Virtual room' }, { capacity: 300, interpretation: ['es', 'fr', 'en'], position: rooms.length + 1, joinUrl: 'https://zoom.example.org/j/gsef2018-private' });
  const axisIds = addThematicLines(writer, editionId);
  const themeIds = addThemes(writer, editionId);

  let sessions = 0;
  let initiatives = 0;
  const partnerAcronyms = ['OECD', 'ILO', 'UNRISD', 'RIPESS', 'RTES'];
  for (const slot of slots) {
    rooms.forEach((room, roomIndex) => {
      const code = `${slot.number}.${roomIndex + 1}`;
      const subject = random.pick(workshopSubjects);
      const partner = random.chance(0.28) ? random.pick(partnerAcronyms) : null;
      const title = partner ? { fr: `${partner} - ${subject.fr}`, es: `${partner} - ${subject.es}`, en: `${partner} - ${subject.en}` } : subject;
      const published = !random.chance(0.15);
      const themeIndex = random.integer(0, themeIds.length - 1);
      const sessionId = addSession(writer, {
        editionId, code, format: partner ? 'partner_workshop' : 'workshop', title, subject, room, slotId: slot.id, startsAt: slot.startsAt, endsAt: slot.endsAt,
        published, thematicLineId: random.pick(axisIds), themeIds: [themeIds[themeIndex]!],
      });
      sessions++;
      writer.add('session_organisation', { id: writer.newId(), session_id: sessionId, organisation_id: shared.partnerIds.get(partner ?? 'GSEF')!, role: 'organiser', position: 0 });
      const [moderator, rapporteur] = random.sample(shared.peoplePool, 2);
      addRole(writer, sessionId, moderator!, 'moderator', 0);
      if (random.chance(0.3)) addRole(writer, sessionId, rapporteur!, 'rapporteur', 1);
      const count = random.chance(0.45) ? 3 : 2;
      for (let index = 0; index < count; index++) {
        const presenters = addInitiative(writer, editionId, sessionId, `${code}.${index + 1}`, index, initiatives, themeIds[themeIndex]!, published);
        presenters.forEach((personId, position) => addRole(writer, sessionId, personId, 'speaker', 2 + index * 2 + position));
        initiatives++;
      }
    });
  }
  ['2018-10-01', '2018-10-02', '2018-10-03'].forEach((date, index) => {
    const subject = random.pick(workshopSubjects);
    const sessionId = addSession(writer, {
      editionId, code: `P${index + 1}`, format: 'plenary', title: { fr: `Plénière ${index + 1} : ${subject.fr}`, es: `Plenaria ${index + 1}: ${subject.es}`, en: `Plenary ${index + 1}: ${subject.en}` },
      subject, room: auditorium, slotId: null, startsAt: localInstant(date, '17:00', madrid), endsAt: localInstant(date, '18:30', madrid), published: true,
    });
    sessions++;
    random.sample(shared.peoplePool, 5).forEach((personId, position) => addRole(writer, sessionId, personId, position === 0 ? 'moderator' : 'speaker', position, position === 4));
  });
  return { slug, sessions, initiatives };
}
