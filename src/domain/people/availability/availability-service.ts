import type { Selectable } from 'kysely';
import { DomainError, forbidden, notFound } from '../../errors.js';
import type { Actor } from '../../accounts/actor.js';
import { recordChange } from '../../audit/index.js';
import type { AppContext } from '../../context.js';
import { EditionService } from '../../edition/index.js';
import type { EditionTable } from '../../edition/tables.js';
import type { LocalizedText } from '../../text/localized-text.js';
import { readAvailability, toLocalInput, type AvailabilityInput } from './availability-input.js';
import { loadPersonAvailability, saveAvailability, type StoredWindow } from './availability-store.js';
import { canEditAvailability } from './rules.js';

type EditionRow = Selectable<EditionTable>;

export interface AvailabilityWindowView extends StoredWindow {
  /** As the person typed it in their zone: `2018-10-01T08:00`. */
  localStartsAt: string;
  localEndsAt: string;
}

export interface AvailabilityView {
  person: { id: string; name: string };
  edition: { slug: string; timeZone: string; startsOn: string; endsOn: string };
  /** The person's zone, or null when they never saved one. */
  timeZone: string | null;
  windows: AvailabilityWindowView[];
  /** The person's sessions in this edition, so they see which days matter. */
  sessions: { id: string; code: string | null; title: LocalizedText; startsAt: string | null; endsAt: string | null }[];
  updatedAt: string | null;
}

/**
 * One person's availability for one edition: private, read and changed only by the person themself
 * (their account's person) and the edition's organisers. Checked when opened: signed out answers 401,
 * an edition the actor may not see 404, someone else's availability 403, a person with no role in
 * the edition's sessions 404.
 *
 * @example
 *   const availability = await AvailabilityService.open(context, actor, 'gsef-2018-bilbao', personId);
 *   await availability.replace({ timeZone: 'America/Bogota', windows: [{ kind: 'available', startsAt: '2018-10-02T08:00', endsAt: '2018-10-02T11:00' }] });
 */
export class AvailabilityService {
  private constructor(
    private readonly context: AppContext,
    private readonly actor: Actor,
    private readonly edition: EditionRow,
    private readonly person: { id: string; name: string },
  ) {}

  static async open(context: AppContext, actor: Actor, slug: string, personId: string): Promise<AvailabilityService> {
    if (!actor.user) throw new DomainError('unauthenticated', 'sign in to see availability');
    const edition = await new EditionService(context, actor).findVisible(slug);
    const ownPersonId = await accountPersonId(context, actor.user.id);
    if (!canEditAvailability(actor, edition.id, ownPersonId, personId)) throw forbidden('availability is seen only by the person and the forum’s organisers');
    return new AvailabilityService(context, actor, edition, await personInEdition(context, edition.id, personId));
  }

  /** The signed-in person's own availability; 404 when their account is tied to no person of the edition. */
  static async openOwn(context: AppContext, actor: Actor, slug: string): Promise<AvailabilityService> {
    if (!actor.user) throw new DomainError('unauthenticated', 'sign in to see availability');
    const ownPersonId = await accountPersonId(context, actor.user.id);
    if (!ownPersonId) {
      await new EditionService(context, actor).findVisible(slug);
      throw notFound('person');
    }
    return AvailabilityService.open(context, actor, slug, ownPersonId);
  }

  get personId(): string {
    return this.person.id;
  }

  async view(): Promise<AvailabilityView> {
    const { db, dialect } = this.context.storage;
    const [stored, sessions] = await Promise.all([
      loadPersonAvailability(db, this.edition.id, this.person.id),
      db.selectFrom('session_person_role').innerJoin('session', 'session.id', 'session_person_role.session_id')
        .select(['session.id', 'session.code', 'session.title', 'session.starts_at', 'session.ends_at'])
        .where('session.edition_id', '=', this.edition.id).where('session_person_role.person_id', '=', this.person.id)
        .orderBy('session.starts_at').orderBy('session.code').execute(),
    ]);
    const zone = stored.timeZone ?? this.edition.time_zone;
    const unique = [...new Map(sessions.map((row) => [row.id, row])).values()];
    return {
      person: this.person,
      edition: { slug: this.edition.slug, timeZone: this.edition.time_zone, startsOn: this.edition.starts_on, endsOn: this.edition.ends_on },
      timeZone: stored.timeZone,
      windows: stored.windows.map((window) => ({ ...window, localStartsAt: toLocalInput(window.startsAt, zone), localEndsAt: toLocalInput(window.endsAt, zone) })),
      sessions: unique.map((row) => ({ id: row.id, code: row.code, title: dialect.decodeJson<LocalizedText>(row.title), startsAt: row.starts_at, endsAt: row.ends_at })),
      updatedAt: stored.updatedAt,
    };
  }

  /** Replaces the zone and every window at once; refused input changes nothing (fields named in the error). */
  async replace(input: AvailabilityInput | unknown): Promise<AvailabilityView> {
    const availability = readAvailability(input, this.edition);
    const { db } = this.context.storage;
    await db.transaction().execute(async (transaction) => {
      const before = await loadPersonAvailability(transaction, this.edition.id, this.person.id);
      await saveAvailability(transaction, this.context.clock, this.actor, this.edition.id, this.person.id, availability);
      await recordChange(transaction, this.context.clock, this.actor, {
        editionId: this.edition.id, action: before.updatedAt === null ? 'create' : 'update', entityType: 'person_availability', entityId: this.person.id,
        before: before.updatedAt === null ? null : { timeZone: before.timeZone, windows: before.windows.map(({ id: _id, ...window }) => window) },
        after: availability,
      });
    });
    return this.view();
  }
}

async function accountPersonId(context: AppContext, userId: string): Promise<string | null> {
  const row = await context.storage.db.selectFrom('user_account').select('person_id').where('id', '=', userId).executeTakeFirst();
  return row?.person_id ?? null;
}

/** The person, when they hold a role in one of the edition's sessions. */
async function personInEdition(context: AppContext, editionId: string, personId: string): Promise<{ id: string; name: string }> {
  const row = await context.storage.db.selectFrom('person')
    .innerJoin('session_person_role', 'session_person_role.person_id', 'person.id').innerJoin('session', 'session.id', 'session_person_role.session_id')
    .select(['person.id', 'person.name']).where('person.id', '=', personId).where('session.edition_id', '=', editionId).executeTakeFirst();
  if (!row) throw notFound('person');
  return row;
}
