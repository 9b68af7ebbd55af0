import { DateTime, IANAZone } from 'luxon';
import { encodeJson, encodeNullableJson } from '../../../db/database.js';
import type { Actor } from '../../accounts/actor.js';
import { canCreateEdition, canManageEdition, canSeeEdition } from '../../edition/rules.js';
import { forbidden, notFound } from '../../errors.js';
import type { ContentLanguage, LocalizedText } from '../../text/localized-text.js';
import { slugSchema } from '../../validation.js';
import { DocumentParseError, type ImportedDocument, type ImportedEdition } from './imported-document.js';
import { zoneForPlace } from './place-time-zone.js';
import type { RowWriter } from './row-writer.js';
import { resolveStatedDate } from './stated-instants.js';
import { withLanguage } from './text-values.js';

/** The edition a document's content goes into. */
export interface EditionTarget {
  id: string;
  slug: string;
  year: number;
  timeZone: string;
  startsOn: string;
}

export interface EditionChoice {
  /** `--edition SLUG`: the edition to import into, or the slug for the one the document describes. */
  slug?: string;
  /** `--time-zone`: for a new edition whose documents name no zone. */
  timeZone?: string;
}

/**
 * Finds or creates the edition a document belongs to. A document that describes its forum (a book,
 * a concept note) creates or completes it; a sheet that names none goes where the organiser says.
 */
export async function writeEdition(writer: RowWriter, actor: Actor, document: ImportedDocument, choice: EditionChoice): Promise<EditionTarget> {
  const described = document.edition;
  const slug = choice.slug ?? described?.slug ?? null;
  const at = described?.source ?? { file: document.file, line: 1 };
  if (!slug) throw new DocumentParseError(at, 'the document names no forum edition; choose one (--edition SLUG)');
  if (!slugSchema.safeParse(slug).success) throw new DocumentParseError(at, `"${slug}" is not a valid edition slug (lower-case letters, digits and dashes)`);
  const stored = await writer.db.selectFrom('edition').selectAll().where('slug', '=', slug).executeTakeFirst();
  if (stored) {
    if (!canSeeEdition(actor, stored)) throw notFound('edition');
    if (!canManageEdition(actor, stored.id)) throw forbidden('only organisers of this edition may import into it');
    if (described) await completeEdition(writer, stored.id, described, document.language);
    return { id: stored.id, slug, year: Number(stored.starts_on.slice(0, 4)), timeZone: stored.time_zone, startsOn: stored.starts_on };
  }
  if (!described) throw new DocumentParseError(at, `there is no edition "${slug}", and the document does not describe one to create`);
  if (!canCreateEdition(actor)) throw forbidden('only administrators may create an edition');
  return createEdition(writer, slug, described, document, choice);
}

async function createEdition(writer: RowWriter, slug: string, described: ImportedEdition, document: ImportedDocument, choice: EditionChoice): Promise<EditionTarget> {
  const year = described.year ?? described.startsOn?.year ?? null;
  const startsOn = described.startsOn ? resolveStatedDate(described.startsOn, year) : null;
  const endsOn = described.endsOn ? resolveStatedDate(described.endsOn, year) : startsOn;
  if (!startsOn || !endsOn) throw new DocumentParseError(described.source, 'the document does not say when the forum takes place (a date with its year)');
  // A virtual forum with no host place has no local time but the one every reader converts from.
  const timeZone = choice.timeZone ?? described.timeZone ?? zoneForPlace(described.hostCity, described.country) ?? (described.format === 'virtual' ? 'UTC' : null);
  if (!timeZone) throw new DocumentParseError(described.source, `no time zone is known for ${described.hostCity ?? described.country ?? 'this forum'}; give one (--time-zone Area/City)`);
  if (!IANAZone.isValidZone(timeZone)) throw new DocumentParseError(described.source, `"${timeZone}" is not an IANA time zone`);
  const language = document.language;
  const id = await writer.upsert('edition', null, {
    slug, name: encodeJson({ original: language, text: { [language]: described.name } } satisfies LocalizedText),
    tagline: encodeNullableJson(described.tagline ? withLanguage(null, language, described.tagline) : null), description: null,
    host_city: described.hostCity, country: described.country, venue: described.venue, starts_on: startsOn.date, ends_on: endsOn.date,
    time_zone: timeZone, format: described.format ?? 'in_person', languages: encodeJson([language]), website: described.website,
    status: 'draft', hide_unconfirmed_roles: false,
  }, { entity: 'edition', label: slug, source: described.source });
  return { id, slug, year: DateTime.fromISO(startsOn.date).year, timeZone, startsOn: startsOn.date };
}

/** Adds what a document says of an edition in its language; stated facts already stored are kept. */
async function completeEdition(writer: RowWriter, editionId: string, described: ImportedEdition, language: ContentLanguage): Promise<void> {
  const { db, dialect } = writer;
  const stored = await db.selectFrom('edition').selectAll().where('id', '=', editionId).executeTakeFirstOrThrow();
  const name = dialect.decodeJson<LocalizedText>(stored.name);
  const tagline = dialect.decodeJson<LocalizedText | null>(stored.tagline);
  const languages = dialect.decodeJson<string[]>(stored.languages);
  await writer.upsert('edition', editionId, {
    name: encodeJson(name.text[language] ? name : withLanguage(name, language, described.name)),
    tagline: encodeNullableJson(described.tagline && !tagline?.text[language] ? withLanguage(tagline, language, described.tagline) : tagline),
    host_city: stored.host_city ?? described.hostCity, country: stored.country ?? described.country, venue: stored.venue ?? described.venue,
    website: stored.website ?? described.website, languages: encodeJson(languages.includes(language) ? languages : [...languages, language]),
  }, { entity: 'edition', label: stored.slug, source: described.source });
}
