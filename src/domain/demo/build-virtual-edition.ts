import { encodeJson } from '../../db/database.js';
import type { SharedDemoActors, DemoEditionSummary } from './build-bilbao.js';
import { addRole, addSession } from './build-session.js';
import type { DemoWriter } from './demo-writer.js';
import { addDaysAndSlots, addRoom } from './program-structure.js';
import { workshopSubjects } from './vocabulary.js';

/** A later, virtual edition still in draft: co-creation sessions on a video platform, 70 seats, registration required. */
export function addVirtualEdition(writer: DemoWriter, shared: SharedDemoActors): DemoEditionSummary {
  const { random } = writer;
  const editionId = writer.newId();
  const slug = 'gsef-2021-mexico';
  const zone = 'America/Mexico_City';
  writer.add('edition', {
    id: editionId, slug, status: 'draft', hide_unconfirmed_roles: true, host_city: 'Ciudad de México', country: 'MX', venue: null, starts_on: '2021-10-19', ends_on: '2021-10-22',
    time_zone: zone, format: 'virtual', languages: encodeJson(['es', 'fr', 'en']), website: null,
    name: writer.text({ fr: 'Forum mondial de l’économie sociale 2021', es: 'Foro Global de Economía Social 2021', en: 'Global Social Economy Forum 2021' }, 'es', 2),
    tagline: writer.text({ fr: 'Le pouvoir de la communauté', es: 'El poder de la comunidad', en: 'The power of community' }, 'es', 2), description: null, ...writer.stamp,
  });
  writer.add('edition_partner', { id: writer.newId(), edition_id: editionId, organisation_id: shared.partnerIds.get('GSEF')!, kind: 'organiser', position: 0 });
  const slots = addDaysAndSlots(writer, editionId, ['2021-10-19', '2021-10-20'], [['09:00', '11:30'], ['12:00', '14:30']], zone);
  const platform = addRoom(writer, editionId, { fr: 'Plateforme Zoom', es: 'Plataforma Zoom', en: 'Zoom platform' }, { capacity: 70, interpretation: ['es', 'fr', 'en'], position: 0, joinUrl: 'https://zoom.example.org/j/gsef2021-private' });
  slots.forEach((slot) => {
    const subject = random.pick(workshopSubjects);
    const sessionId = addSession(writer, {
      editionId, code: `2.${slot.number}.1`, format: 'co_creation', title: subject, subject, room: platform, slotId: slot.id, startsAt: slot.startsAt, endsAt: slot.endsAt,
      published: false, registrationRequired: true, capacity: 70,
    });
    random.sample(shared.peoplePool, 3).forEach((personId, position) => addRole(writer, sessionId, personId, position === 0 ? 'facilitator' : 'speaker', position));
  });
  return { slug, sessions: slots.length, initiatives: 0 };
}
