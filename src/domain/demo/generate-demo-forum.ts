import { encodeJson } from '../../db/database.js';
import { addBilbaoEdition } from './build-bilbao.js';
import { addPerson } from './build-people.js';
import { addVirtualEdition } from './build-virtual-edition.js';
import { DemoWriter, type DemoRows } from './demo-writer.js';
import { places } from './places.js';
import { partnerOrganisations } from './vocabulary.js';

export interface DemoOptions {
  seed: number;
  /** Multiplies rooms, workshops, initiatives and people; slots stay nine. */
  scale?: number;
  /** When the demo rows say they were created. */
  clock?: Date;
}

export interface DemoForum {
  rows: DemoRows;
  editionSlugs: string[];
}

/**
 * A realistic forum shaped like GSEF Bilbao 2018, plus a later virtual edition in draft.
 * Pure and deterministic: the same options always give the same rows, ids included.
 */
export function generateDemoForum(options: DemoOptions): DemoForum {
  const scale = options.scale ?? 1;
  const writer = new DemoWriter(options.seed, options.clock ?? new Date('2018-09-01T08:00:00.000Z'));
  const partnerIds = new Map<string, string>();
  for (const partner of partnerOrganisations) {
    const id = writer.newId();
    partnerIds.set(partner.acronym, id);
    writer.add('organisation', {
      id, name: encodeJson({ original: 'en', text: { en: partner.en, fr: partner.fr, es: partner.es } }), acronym: partner.acronym, kind: partner.kind,
      city: null, country: null, website: `https://${partner.acronym.toLowerCase()}.example.org`, ...writer.stamp,
    });
    writer.add('organisation_alias', { id: writer.newId(), organisation_id: id, alias: partner.fr });
  }
  const peoplePool = Array.from({ length: 30 * scale }, () => addPerson(writer, writer.random.pick(places), writer.random.pick([...partnerIds.values()])));
  const shared = { partnerIds, peoplePool };
  const editions = [addBilbaoEdition(writer, scale, shared), addVirtualEdition(writer, shared)];
  return { rows: writer.rows, editionSlugs: editions.map((edition) => edition.slug) };
}
