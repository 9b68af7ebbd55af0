import type { Selectable } from 'kysely';
import { instant } from '../../db/clock.js';
import { encodeJson, encodeNullableJson } from '../../db/database.js';
import { newId } from '../../db/ids.js';
import type { Actor } from '../accounts/actor.js';
import { recordChange } from '../audit/index.js';
import type { AppContext } from '../context.js';
import { conflict, forbidden, notFound } from '../errors.js';
import type { LocalizedText } from '../text/localized-text.js';
import { canCreateEdition, canManageEdition, canSeeEdition } from './rules.js';
import { editionDefaults, type EditionInput, type EditionPatch, type EditionView } from './schemas.js';
import type { EditionTable } from './tables.js';

type EditionRow = Selectable<EditionTable>;

/**
 * An edition's service for one actor: every method checks that actor's rights first,
 * so no caller can reach an edition the wrong way.
 */
export class EditionService {
  constructor(
    private readonly context: AppContext,
    private readonly actor: Actor,
  ) {}

  /** Published editions, and the drafts this actor belongs to, newest first. */
  async list(): Promise<EditionView[]> {
    const rows = await this.context.storage.db.selectFrom('edition').selectAll().orderBy('starts_on', 'desc').orderBy('id').execute();
    const visible = rows.filter((row) => canSeeEdition(this.actor, row));
    return Promise.all(visible.map((row) => this.toView(row)));
  }

  /** The edition behind a slug; an edition the actor may not see does not exist for them. */
  async findVisible(slug: string): Promise<EditionRow> {
    const row = await this.context.storage.db.selectFrom('edition').selectAll().where('slug', '=', slug).executeTakeFirst();
    if (!row || !canSeeEdition(this.actor, row)) throw notFound('edition');
    return row;
  }

  async get(slug: string): Promise<EditionView> {
    return this.toView(await this.findVisible(slug));
  }

  async create(input: EditionInput): Promise<EditionView> {
    if (!canCreateEdition(this.actor)) throw forbidden();
    const { db, dialect } = this.context.storage;
    const now = instant(this.context.clock.now());
    const id = newId();
    await db.transaction().execute(async (transaction) => {
      try {
        await transaction.insertInto('edition').values({ id, slug: input.slug, ...this.columns({ ...editionDefaults, ...input }), created_at: now, updated_at: now }).execute();
      } catch (error) {
        if (dialect.isUniqueViolation(error)) throw conflict('another edition already uses this slug', 'slug');
        throw error;
      }
      await recordChange(transaction, this.context.clock, this.actor, { editionId: id, action: 'create', entityType: 'edition', entityId: id, before: null, after: { ...editionDefaults, ...input } });
    });
    return this.get(input.slug);
  }

  async update(slug: string, patch: EditionPatch): Promise<EditionView> {
    const row = await this.findVisible(slug);
    if (!canManageEdition(this.actor, row.id)) throw forbidden();
    const before = await this.toView(row);
    const merged = { ...before, ...patch };
    if (merged.startsOn > merged.endsOn) throw conflict('the forum cannot end before it starts', 'endsOn');
    await this.context.storage.db.transaction().execute(async (transaction) => {
      await transaction.updateTable('edition').set({ ...this.columns(merged), updated_at: instant(this.context.clock.now()) }).where('id', '=', row.id).execute();
      await recordChange(transaction, this.context.clock, this.actor, { editionId: row.id, action: 'update', entityType: 'edition', entityId: row.id, before, after: merged });
    });
    return this.get(slug);
  }

  private columns(input: Omit<EditionView, 'id' | 'slug' | 'partners'>) {
    return {
      name: encodeJson(input.name), tagline: encodeNullableJson(input.tagline), description: encodeNullableJson(input.description),
      host_city: input.hostCity, country: input.country, venue: input.venue, starts_on: input.startsOn, ends_on: input.endsOn,
      time_zone: input.timeZone, format: input.format, languages: encodeJson(input.languages), website: input.website, status: input.status,
      hide_unconfirmed_roles: input.hideUnconfirmedRoles,
    };
  }

  private async toView(row: EditionRow): Promise<EditionView> {
    const { db, dialect } = this.context.storage;
    const partners = await db
      .selectFrom('edition_partner')
      .innerJoin('organisation', 'organisation.id', 'edition_partner.organisation_id')
      .select(['organisation.id', 'organisation.name', 'organisation.acronym', 'edition_partner.kind'])
      .where('edition_partner.edition_id', '=', row.id)
      .orderBy('edition_partner.position')
      .execute();
    return {
      id: row.id, slug: row.slug, name: dialect.decodeJson<LocalizedText>(row.name),
      tagline: dialect.decodeJson<LocalizedText | null>(row.tagline), description: dialect.decodeJson<LocalizedText | null>(row.description),
      hostCity: row.host_city, country: row.country, venue: row.venue, startsOn: row.starts_on, endsOn: row.ends_on,
      timeZone: row.time_zone, format: row.format, languages: dialect.decodeJson(row.languages), website: row.website, status: row.status,
      hideUnconfirmedRoles: dialect.decodeBoolean(row.hide_unconfirmed_roles),
      partners: partners.map((partner) => ({
        organisationId: partner.id, name: dialect.decodeJson<LocalizedText>(partner.name), acronym: partner.acronym, kind: partner.kind,
      })),
    };
  }
}
