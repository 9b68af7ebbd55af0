import { sql } from 'kysely';
import { instant } from '../../../db/clock.js';
import { isAdmin, type Actor } from '../../accounts/actor.js';
import { recordChange } from '../../audit/record-change.js';
import type { AppContext } from '../../context.js';
import { canManageEdition } from '../../edition/rules.js';
import { conflict, notFound } from '../../errors.js';
import type { LocalizedText } from '../../text/localized-text.js';
import { mergeOrganisations } from './merge-organisations.js';
import { mergePeople } from './merge-people.js';

export interface IdentitySuggestionView {
  id: string;
  subject: 'person' | 'organisation';
  kept: { id: string; name: string; detail: string | null };
  other: { id: string; name: string; detail: string | null };
  score: number;
  reasons: string[];
  source: string | null;
}

/**
 * The doubtful matches imports leave for people to decide. An organiser sees and decides those
 * touching the editions they manage; an administrator, all of them.
 */
export class IdentitySuggestionService {
  constructor(
    private readonly context: AppContext,
    private readonly actor: Actor,
  ) {}

  async listPending(): Promise<IdentitySuggestionView[]> {
    const { db, dialect } = this.context.storage;
    const rows = await db.selectFrom('identity_suggestion').selectAll().where('status', '=', 'pending').orderBy('score', 'desc').orderBy('id').execute();
    const visible: IdentitySuggestionView[] = [];
    for (const row of rows) {
      if (!(await this.#mayDecide(row.subject, row.kept_id, row.other_id))) continue;
      const [kept, other] = await Promise.all([this.#describe(row.subject, row.kept_id), this.#describe(row.subject, row.other_id)]);
      if (!kept || !other) continue;
      visible.push({ id: row.id, subject: row.subject, kept, other, score: row.score, reasons: dialect.decodeJson<string[]>(row.reasons), source: row.source });
    }
    return visible;
  }

  /** Confirming merges the other into the kept one; rejecting remembers they differ. */
  async decide(suggestionId: string, decision: 'confirm' | 'reject'): Promise<void> {
    const { db, dialect } = this.context.storage;
    const row = await db.selectFrom('identity_suggestion').selectAll().where('id', '=', suggestionId).executeTakeFirst();
    if (!row || !(await this.#mayDecide(row.subject, row.kept_id, row.other_id))) throw notFound('suggestion');
    if (row.status !== 'pending') throw conflict('this suggestion was already decided', 'status');
    await db.transaction().execute(async (trx) => {
      const now = instant(this.context.clock.now());
      await trx.updateTable('identity_suggestion').set({ status: decision === 'confirm' ? 'confirmed' : 'rejected', decided_at: now, decided_by_user_id: this.actor.user?.id ?? null })
        .where('id', '=', row.id).execute();
      if (decision === 'confirm') {
        if (row.subject === 'person') await mergePeople(trx, dialect, row.kept_id, row.other_id, now, row.id);
        else await mergeOrganisations(trx, dialect, row.kept_id, row.other_id, now, row.id);
      }
      await recordChange(trx, this.context.clock, this.actor, {
        editionId: null, action: decision === 'confirm' ? 'delete' : 'update', entityType: row.subject, entityId: row.other_id,
        before: { suggestion: row.id }, after: { decision, keptId: row.kept_id },
      });
    });
  }

  async #mayDecide(subject: 'person' | 'organisation', ...ids: string[]): Promise<boolean> {
    if (isAdmin(this.actor)) return true;
    for (const editionId of await this.#editionsOf(subject, ids)) if (canManageEdition(this.actor, editionId)) return true;
    return false;
  }

  async #editionsOf(subject: 'person' | 'organisation', ids: string[]): Promise<string[]> {
    const { db } = this.context.storage;
    if (subject === 'person') {
      const rows = await sql<{ edition_id: string }>`
        select session.edition_id from session_person_role join session on session.id = session_person_role.session_id where session_person_role.person_id in (${sql.join(ids)})
        union select initiative.edition_id from initiative_presenter join initiative on initiative.id = initiative_presenter.initiative_id where initiative_presenter.person_id in (${sql.join(ids)})`.execute(db);
      return rows.rows.map((row) => row.edition_id);
    }
    const rows = await sql<{ edition_id: string }>`
      select edition_id from initiative where organisation_id in (${sql.join(ids)})
      union select session.edition_id from session_organisation join session on session.id = session_organisation.session_id where session_organisation.organisation_id in (${sql.join(ids)})
      union select edition_id from edition_partner where organisation_id in (${sql.join(ids)})`.execute(db);
    return rows.rows.map((row) => row.edition_id);
  }

  async #describe(subject: 'person' | 'organisation', id: string): Promise<IdentitySuggestionView['kept'] | null> {
    const { db, dialect } = this.context.storage;
    if (subject === 'person') {
      const person = await db.selectFrom('person').leftJoin('organisation', 'organisation.id', 'person.organisation_id')
        .select(['person.id', 'person.name', 'person.country', 'organisation.name as organisation']).where('person.id', '=', id).executeTakeFirst();
      if (!person) return null;
      const organisation = person.organisation ? dialect.decodeJson<LocalizedText>(person.organisation) : null;
      return { id, name: person.name, detail: [organisation?.text[organisation.original], person.country].filter(Boolean).join(', ') || null };
    }
    const organisation = await db.selectFrom('organisation').select(['name', 'acronym', 'city', 'country']).where('id', '=', id).executeTakeFirst();
    if (!organisation) return null;
    const name = dialect.decodeJson<LocalizedText>(organisation.name);
    return { id, name: name.text[name.original] ?? '', detail: [organisation.acronym, organisation.city, organisation.country].filter(Boolean).join(', ') || null };
  }
}
