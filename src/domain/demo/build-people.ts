import { encodeJson } from '../../db/database.js';
import { familyNames, femaleGivenNames, givenNames, honorifics, type Place } from './places.js';
import { DemoWriter } from './demo-writer.js';
import { organisationKindsByShare, organisationPrefixes, roleTitles, type Trilingual } from './vocabulary.js';

export interface DemoOrganisation {
  id: string;
  name: Trilingual;
}

/** An organisation of the place, named as people there would name it. */
export function addOrganisation(writer: DemoWriter, place: Place, subject: Trilingual): DemoOrganisation {
  const kind = writer.random.pick(organisationKindsByShare);
  const prefix = organisationPrefixes[kind];
  const ownsCity = kind === 'local_government' || kind === 'university';
  const name = ownsCity ? { fr: `${prefix.fr} ${place.city}`, es: `${prefix.es} ${place.city}`, en: `${prefix.en} ${place.city}` } : DemoWriter.join([prefix, subject]);
  const id = writer.newId();
  writer.add('organisation', {
    id, name: writer.text(name, place.names === 'french' ? 'fr' : place.names === 'anglo' || place.names === 'korean' ? 'en' : 'es'), acronym: null, kind,
    city: place.city, country: place.country, website: `https://org-${id.slice(-8).toLowerCase()}.example.org`, ...writer.stamp,
  });
  return { id, name };
}

/** Someone from the place; some are known under a second spelling, as the seed documents show. */
export function addPerson(writer: DemoWriter, place: Place, organisationId: string | null): string {
  const { random } = writer;
  const given = random.pick(givenNames[place.names]);
  const family = random.pick(familyNames[place.names]);
  const female = femaleGivenNames.has(given);
  const id = writer.newId();
  const role = random.pick(roleTitles);
  const bio: Trilingual = {
    fr: `${given} ${family} travaille depuis ${random.integer(3, 25)} ans pour l’économie sociale et solidaire à ${place.city}.`,
    es: `${given} ${family} trabaja desde hace ${random.integer(3, 25)} años por la economía social y solidaria en ${place.city}.`,
    en: `${given} ${family} has worked for the social and solidarity economy in ${place.city} for ${random.integer(3, 25)} years.`,
  };
  writer.add('person', {
    id, name: `${given} ${family}`, honorific: random.chance(0.6) ? random.pick(female ? honorifics.female : honorifics.male) : null,
    bio: random.chance(0.85) ? writer.text(bio) : null, role_title: writer.text(role), organisation_id: organisationId, country: place.country,
    email: `person-${id.slice(-10).toLowerCase()}@example.org`, gender: random.chance(0.7) ? (female ? 'female' : 'male') : null, ...writer.stamp,
  });
  if (random.chance(0.12)) {
    writer.add('person_alias', { id: writer.newId(), person_id: id, alias: `${family.toUpperCase()} ${given}`, source: 'demo' });
  }
  return id;
}

export function encodeList(values: unknown[]): string {
  return encodeJson(values);
}
