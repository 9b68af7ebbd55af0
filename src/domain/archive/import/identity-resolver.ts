import { encodeJson, encodeNullableJson } from '../../../db/database.js';
import { newId } from '../../../db/ids.js';
import { compareOrganisations, comparePeople, parseOrganisationName, type PersonEvidence } from '../../people/identity/index.js';
import type { OrganisationKind } from '../../people/tables.js';
import type { ContentLanguage, LocalizedText } from '../../text/localized-text.js';
import type { OrganisationMention, PersonMention } from './imported-document.js';
import type { RowWriter } from './row-writer.js';
import { foldKey, withLanguage } from './text-values.js';

interface KnownPerson {
  id: string;
  names: string[];
  organisation: string | null;
  country: string | null;
}

interface KnownOrganisation {
  id: string;
  names: string[];
  acronym: string | null;
  city: string | null;
  country: string | null;
}

/**
 * Decides, for each person or organisation a document mentions, whether it is one already known.
 * A confident match reuses it (the new spelling becomes an alias); a doubtful one creates a new
 * entry and a suggestion for an organiser, because a false merge is worse than a missed one.
 */
export class IdentityResolver {
  readonly #peopleByToken = new Map<string, KnownPerson[]>();
  readonly #organisationsByToken = new Map<string, KnownOrganisation[]>();
  readonly #decidedPairs = new Set<string>();
  readonly #organisationNameById = new Map<string, string>();

  private constructor(private readonly writer: RowWriter) {}

  static async load(writer: RowWriter): Promise<IdentityResolver> {
    const resolver = new IdentityResolver(writer);
    const { db, dialect } = writer;
    const organisations = await db.selectFrom('organisation').select(['id', 'name', 'acronym', 'city', 'country']).execute();
    const organisationAliases = await db.selectFrom('organisation_alias').select(['organisation_id', 'alias']).execute();
    const aliasesOf = group(organisationAliases, (row) => row.organisation_id, (row) => row.alias);
    const organisationNames = resolver.#organisationNameById;
    for (const row of organisations) {
      const names = Object.values(dialect.decodeJson<LocalizedText>(row.name).text).filter((name): name is string => !!name);
      organisationNames.set(row.id, names[0] ?? '');
      resolver.#addOrganisation({ id: row.id, names: [...names, ...(aliasesOf.get(row.id) ?? [])], acronym: row.acronym, city: row.city, country: row.country });
    }
    const people = await db.selectFrom('person').select(['id', 'name', 'organisation_id', 'country']).execute();
    const personAliases = await db.selectFrom('person_alias').select(['person_id', 'alias']).execute();
    const personAliasesOf = group(personAliases, (row) => row.person_id, (row) => row.alias);
    for (const row of people) {
      resolver.#addPerson({
        id: row.id, names: [row.name, ...(personAliasesOf.get(row.id) ?? [])],
        organisation: row.organisation_id ? (organisationNames.get(row.organisation_id) ?? null) : null, country: row.country,
      });
    }
    const suggestions = await db.selectFrom('identity_suggestion').select(['subject', 'kept_id', 'other_id']).execute();
    for (const row of suggestions) resolver.#decidedPairs.add(pairKey(row.subject, row.kept_id, row.other_id));
    return resolver;
  }

  async resolveOrganisation(mention: OrganisationMention, language: ContentLanguage, kind: OrganisationKind = 'other'): Promise<string> {
    const key = `${foldKey(mention.name)}|${mention.acronym ?? ''}`;
    const remembered = await this.writer.findKey('organisation-mention', key);
    if (remembered) return this.#enrichOrganisation(remembered, mention, language);
    const evidence = { name: mention.name, acronym: mention.acronym, city: mention.city, country: mention.country };
    let best: { known: KnownOrganisation; verdict: string; score: number; reasons: string[] } | null = null;
    for (const known of candidatesFor(this.#organisationsByToken, organisationKeys([mention.name], mention.acronym))) {
      for (const name of known.names) {
        const result = compareOrganisations(evidence, { name, acronym: known.acronym, city: known.city, country: known.country });
        if (result.verdict !== 'different' && (!best || rank(result) > rank(best))) best = { known, ...result };
      }
    }
    let id: string;
    if (best?.verdict === 'same') {
      id = best.known.id;
      this.writer.log.record('merge', 'organisation', `${mention.name} → ${best.known.names[0]}`, mention.source);
      await this.#enrichOrganisation(id, mention, language);
    } else {
      id = await this.writer.upsert('organisation', null, {
        name: encodeJson(withLanguage(null, language, mention.name)), acronym: mention.acronym, kind, city: mention.city, country: mention.country, website: null,
      }, { entity: 'organisation', label: mention.name, source: mention.source });
      this.#organisationNameById.set(id, mention.name);
      this.#addOrganisation({ id, names: [mention.name], acronym: mention.acronym, city: mention.city, country: mention.country });
      if (best) await this.#suggest('organisation', best.known.id, id, best.score, best.reasons, mention.source.file, `${mention.name} ≟ ${best.known.names[0]}`);
    }
    await this.writer.rememberKey('organisation-mention', key, id);
    return id;
  }

  async resolvePerson(mention: PersonMention, organisationId: string | null, language: ContentLanguage): Promise<string> {
    const organisationName = mention.organisation?.name ?? (organisationId ? (this.#organisationNameById.get(organisationId) ?? null) : null);
    const key = `${foldKey(mention.name)}|${foldKey(organisationName ?? '')}`;
    const remembered = await this.writer.findKey('person-mention', key);
    if (remembered) return this.#enrichPerson(remembered, mention, organisationId, language);
    const evidence: PersonEvidence = { name: mention.name, organisation: organisationName, country: mention.country, roleTitle: mention.roleTitle };
    let best: { known: KnownPerson; verdict: string; score: number; reasons: string[] } | null = null;
    for (const known of candidatesFor(this.#peopleByToken, personKeys([mention.name]))) {
      for (const name of known.names) {
        const result = comparePeople(evidence, { name, organisation: known.organisation, country: known.country });
        if (result.verdict !== 'different' && (!best || rank(result) > rank(best))) best = { known, ...result };
      }
    }
    let id: string;
    if (best?.verdict === 'same') {
      id = best.known.id;
      this.writer.log.record('merge', 'person', `${mention.written} → ${best.known.names[0]}`, mention.source);
      await this.#enrichPerson(id, mention, organisationId, language);
    } else {
      id = await this.writer.upsert('person', null, {
        name: mention.name, honorific: mention.honorific, bio: encodeNullableJson(mention.bio ? withLanguage(null, language, mention.bio) : null),
        role_title: encodeNullableJson(mention.roleTitle ? withLanguage(null, language, mention.roleTitle) : null),
        organisation_id: organisationId, country: mention.country, email: null, gender: null,
      }, { entity: 'person', label: mention.written, source: mention.source });
      this.#addPerson({ id, names: [mention.name], organisation: organisationName, country: mention.country });
      if (best) await this.#suggest('person', best.known.id, id, best.score, best.reasons, mention.source.file, `${mention.written} ≟ ${best.known.names[0]}`);
    }
    await this.writer.rememberKey('person-mention', key, id);
    return id;
  }

  /** Keeps a new spelling as an alias and fills what the stored person lacks; never overwrites. */
  async #enrichPerson(id: string, mention: PersonMention, organisationId: string | null, language: ContentLanguage): Promise<string> {
    const { dialect } = this.writer;
    const stored = (await this.writer.read('person', id)) as { name: string; honorific: string | null; bio: unknown; role_title: unknown; organisation_id: string | null; country: string | null };
    const bio = dialect.decodeJson<LocalizedText | null>(stored.bio);
    const roleTitle = dialect.decodeJson<LocalizedText | null>(stored.role_title);
    await this.writer.upsert('person', id, {
      honorific: stored.honorific ?? mention.honorific,
      bio: encodeNullableJson(mention.bio && !bio?.text[language] ? withLanguage(bio, language, mention.bio) : bio),
      role_title: encodeNullableJson(mention.roleTitle && !roleTitle?.text[language] ? withLanguage(roleTitle, language, mention.roleTitle) : roleTitle),
      organisation_id: stored.organisation_id ?? organisationId,
      country: stored.country ?? mention.country,
    }, { entity: 'person', label: stored.name, source: mention.source });
    await this.#addAlias('person_alias', 'person_id', id, stored.name, mention.name, mention.source.file);
    return id;
  }

  async #enrichOrganisation(id: string, mention: OrganisationMention, language: ContentLanguage): Promise<string> {
    const { dialect } = this.writer;
    const stored = (await this.writer.read('organisation', id)) as { name: unknown; acronym: string | null; city: string | null; country: string | null };
    const name = dialect.decodeJson<LocalizedText>(stored.name);
    await this.writer.upsert('organisation', id, {
      name: encodeJson(name.text[language] ? name : withLanguage(name, language, mention.name)),
      acronym: stored.acronym ?? mention.acronym, city: stored.city ?? mention.city, country: stored.country ?? mention.country,
    }, { entity: 'organisation', label: name.text[name.original] ?? mention.name, source: mention.source });
    const names = Object.values(name.text);
    if (!names.includes(mention.name)) await this.#addAlias('organisation_alias', 'organisation_id', id, names[0] ?? '', mention.name, null);
    return id;
  }

  async #addAlias(table: 'person_alias' | 'organisation_alias', column: 'person_id' | 'organisation_id', id: string, storedName: string, alias: string, source: string | null): Promise<void> {
    if (alias === storedName) return;
    await this.writer.flushWaiting();
    const { db } = this.writer;
    const existing = await db.selectFrom(table).select('id').where(column as never, '=', id as never).where('alias', '=', alias).executeTakeFirst();
    if (existing) return;
    await db.insertInto(table).values({ id: newId(), [column]: id, alias, ...(table === 'person_alias' ? { source } : {}) } as never).execute();
    this.writer.log.record('create', table === 'person_alias' ? 'person alias' : 'organisation alias', `${storedName} = ${alias}`);
  }

  async #suggest(subject: 'person' | 'organisation', keptId: string, otherId: string, score: number, reasons: string[], source: string, label: string): Promise<void> {
    const key = pairKey(subject, keptId, otherId);
    if (this.#decidedPairs.has(key) || this.#decidedPairs.has(pairKey(subject, otherId, keptId))) return;
    this.#decidedPairs.add(key);
    await this.writer.db.insertInto('identity_suggestion').values({
      id: newId(), subject, kept_id: keptId, other_id: otherId, score: Math.round(score * 100), reasons: encodeJson(reasons), status: 'pending',
      source, created_at: this.writer.now(), decided_at: null, decided_by_user_id: null,
    }).execute();
    this.writer.log.record('suggest', subject, label);
  }

  #addPerson(person: KnownPerson): void {
    addToIndex(this.#peopleByToken, personKeys(person.names), person);
  }

  #addOrganisation(organisation: KnownOrganisation): void {
    addToIndex(this.#organisationsByToken, organisationKeys(organisation.names, organisation.acronym), organisation);
  }
}

const stopWords = new Set(['de', 'del', 'la', 'le', 'les', 'des', 'du', 'el', 'los', 'las', 'et', 'y', 'and', 'of', 'the', 'pour', 'para', 'por', 'en', 'a', 'au', 'aux']);

function tokens(name: string): string[] {
  return foldKey(name).split(' ').filter((token) => token.length >= 2 && !stopWords.has(token));
}

/** Words, the acronym, and the well-known body or place it names ("PNUD" and "UNDP" share `known:undp`). */
function organisationKeys(names: string[], acronym: string | null): string[] {
  const keys = new Set<string>(names.flatMap(tokens));
  if (acronym) keys.add(foldKey(acronym));
  for (const name of names) {
    const parsed = parseOrganisationName(name);
    if (parsed.knownId) keys.add(`known:${parsed.knownId}`);
    if (parsed.localGovernmentOf) keys.add(`place:${parsed.localGovernmentOf}`);
    if (parsed.acronym) keys.add(foldKey(parsed.acronym));
    for (const token of parsed.tokens) keys.add(token);
  }
  return [...keys];
}

function personKeys(names: string[]): string[] {
  return [...new Set(names.flatMap(tokens))];
}

function addToIndex<T>(byKey: Map<string, T[]>, keys: string[], entry: T): void {
  for (const key of keys) {
    const entries = byKey.get(key) ?? [];
    entries.push(entry);
    byKey.set(key, entries);
  }
}

/** Only entries sharing a key with the mention are compared: resolving stays linear in practice. */
function candidatesFor<T>(byKey: Map<string, T[]>, keys: string[]): Set<T> {
  const found = new Set<T>();
  for (const key of keys) for (const entry of byKey.get(key) ?? []) found.add(entry);
  return found;
}

function rank(result: { verdict: string; score: number }): number {
  return (result.verdict === 'same' ? 10 : 0) + result.score;
}

function pairKey(subject: string, a: string, b: string): string {
  return `${subject}:${a}:${b}`;
}

function group<T>(rows: T[], keyOf: (row: T) => string, valueOf: (row: T) => string): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const row of rows) {
    const values = groups.get(keyOf(row)) ?? [];
    values.push(valueOf(row));
    groups.set(keyOf(row), values);
  }
  return groups;
}
