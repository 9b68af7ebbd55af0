import { DateTime } from 'luxon';
import { instant } from '../../db/clock.js';
import { encodeJson, encodeNullableJson, type Db } from '../../db/database.js';
import { newId } from '../../db/ids.js';
import type { Actor } from '../accounts/actor.js';
import { recordChange } from '../audit/index.js';
import type { AppContext } from '../context.js';
import { canManageEdition } from '../edition/rules.js';
import { forbidden, invalid, notFound, type FieldProblem } from '../errors.js';
import { canEditSession, canProposeSession, canPublishSession, canSeeSession } from './rules.js';
import { sessionDefaults, timingProblems, type SessionInput, type SessionPatch, type SessionView } from './session-schemas.js';
import { loadSessionViews } from './session-view-loader.js';

interface EditionFacts {
  id: string;
  starts_on: string;
  ends_on: string;
  time_zone: string;
  hide_unconfirmed_roles?: number | boolean;
}

type SessionState = Omit<SessionView, 'id' | 'editionId' | 'themes' | 'organisations' | 'people' | 'presentations'>;

const codeOrder = new Intl.Collator('en', { numeric: true });

/** Program order: placed sessions by time, then by printed code, then by creation. */
function programOrder(a: SessionView, b: SessionView): number {
  return (a.startsAt ?? '\uffff').localeCompare(b.startsAt ?? '\uffff') || codeOrder.compare(a.code ?? '', b.code ?? '') || (a.id < b.id ? -1 : 1);
}

/** The sessions of one edition, for one actor; the edition must already be visible to that actor. */
export class SessionService {
  constructor(
    private readonly context: AppContext,
    private readonly actor: Actor,
    private readonly edition: EditionFacts,
  ) {}

  async list(): Promise<SessionView[]> {
    const rows = await this.context.storage.db.selectFrom('session').selectAll().where('edition_id', '=', this.edition.id).execute();
    const views = await loadSessionViews(this.context.storage, rows.filter((row) => canSeeSession(this.actor, row)));
    return views.map((view) => this.withVisibleRoles(view)).sort(programOrder);
  }

  async get(sessionId: string): Promise<SessionView> {
    const row = await this.findVisibleRow(sessionId);
    const [view] = await loadSessionViews(this.context.storage, [row]);
    return this.withVisibleRoles(view!);
  }

  /** Organisers may hide who is still to be confirmed; they themselves always see everyone. */
  private withVisibleRoles(view: SessionView): SessionView {
    const hides = this.context.storage.dialect.decodeBoolean(this.edition.hide_unconfirmed_roles ?? false);
    if (!hides || canManageEdition(this.actor, this.edition.id)) return view;
    const people = view.people.filter((person) => person.status === 'confirmed');
    const shown = new Set(people.map((person) => person.personId));
    return { ...view, people, presentations: view.presentations.filter((presentation) => !presentation.personId || shown.has(presentation.personId)) };
  }

  async create(input: SessionInput): Promise<SessionView> {
    if (!canProposeSession(this.actor, this.edition.id)) throw forbidden();
    const state: SessionState = { ...sessionDefaults, ...input };
    if (state.status === 'published' && !canPublishSession(this.actor, this.edition.id)) throw forbidden('only organisers publish sessions');
    await this.checkPlacement(state);
    const id = newId();
    const now = instant(this.context.clock.now());
    await this.context.storage.db.transaction().execute(async (transaction) => {
      await transaction
        .insertInto('session')
        .values({
          id, edition_id: this.edition.id, ...this.columns(state), created_at: now, updated_at: now,
          proposed_by_user_id: canManageEdition(this.actor, this.edition.id) ? null : this.actor.user!.id,
        })
        .execute();
      await this.writeChildren(transaction, id, state);
      await recordChange(transaction, this.context.clock, this.actor, { editionId: this.edition.id, action: 'create', entityType: 'session', entityId: id, before: null, after: state });
    });
    return this.get(id);
  }

  async update(sessionId: string, patch: SessionPatch): Promise<SessionView> {
    const row = await this.findVisibleRow(sessionId);
    if (!canEditSession(this.actor, row)) throw forbidden();
    if (patch.status === 'published' && !canPublishSession(this.actor, this.edition.id)) throw forbidden('only organisers publish sessions');
    const before = await this.get(sessionId);
    const state: SessionState = { ...pickState(before), ...patch };
    const timing = timingProblems(state);
    if (timing.length > 0) throw invalid(timing);
    await this.checkPlacement(state);
    await this.context.storage.db.transaction().execute(async (transaction) => {
      await transaction.updateTable('session').set({ ...this.columns(state), updated_at: instant(this.context.clock.now()) }).where('id', '=', sessionId).execute();
      await transaction.deleteFrom('session_document').where('session_id', '=', sessionId).execute();
      await transaction.deleteFrom('session_sdg').where('session_id', '=', sessionId).execute();
      await this.writeChildren(transaction, sessionId, state);
      await recordChange(transaction, this.context.clock, this.actor, { editionId: this.edition.id, action: 'update', entityType: 'session', entityId: sessionId, before: pickState(before), after: state });
    });
    return this.get(sessionId);
  }

  private async findVisibleRow(sessionId: string) {
    const row = await this.context.storage.db.selectFrom('session').selectAll().where('id', '=', sessionId).where('edition_id', '=', this.edition.id).executeTakeFirst();
    if (!row || !canSeeSession(this.actor, row)) throw notFound('session');
    return row;
  }

  /** A slot or room must belong to this edition, and a session must take place during the forum. */
  private async checkPlacement(state: SessionState): Promise<void> {
    const { db } = this.context.storage;
    const problems: FieldProblem[] = [];
    if (state.slotId && !(await db.selectFrom('time_slot').select('id').where('id', '=', state.slotId).where('edition_id', '=', this.edition.id).executeTakeFirst())) {
      problems.push({ path: 'slotId', message: 'no such time slot in this edition' });
    }
    if (state.venueId && !(await db.selectFrom('venue').select('id').where('id', '=', state.venueId).where('edition_id', '=', this.edition.id).executeTakeFirst())) {
      problems.push({ path: 'venueId', message: 'no such room or platform in this edition' });
    }
    if (state.startsAt) {
      const localDate = DateTime.fromISO(state.startsAt, { zone: this.edition.time_zone }).toISODate() ?? '';
      if (localDate < this.edition.starts_on || localDate > this.edition.ends_on) {
        problems.push({ path: 'startsAt', message: `falls on ${localDate} in ${this.edition.time_zone}, outside the forum (${this.edition.starts_on} to ${this.edition.ends_on})` });
      }
    }
    if (problems.length > 0) throw invalid(problems);
  }

  private columns(state: SessionState) {
    return {
      code: state.code, format: state.format, title: encodeJson(state.title), summary: encodeNullableJson(state.summary),
      context: encodeNullableJson(state.context), objectives: encodeJson(state.objectives), main_questions: encodeJson(state.mainQuestions),
      slot_id: state.slotId, venue_id: state.venueId, starts_at: state.startsAt, ends_at: state.endsAt,
      duration_minutes: state.durationMinutes ?? minutesBetween(state.startsAt, state.endsAt), language: state.language,
      interpretation_languages: encodeJson(state.interpretationLanguages), capacity: state.capacity,
      registration_required: state.registrationRequired, status: state.status,
    };
  }

  private async writeChildren(db: Db, sessionId: string, state: SessionState): Promise<void> {
    if (state.documents.length > 0) {
      await db.insertInto('session_document')
        .values(state.documents.map((document, position) => ({ id: newId(), session_id: sessionId, title: encodeJson(document.title), url: document.url, position })))
        .execute();
    }
    const sdgs = [...new Set(state.sdgs)];
    if (sdgs.length > 0) await db.insertInto('session_sdg').values(sdgs.map((sdg) => ({ session_id: sessionId, sdg }))).execute();
  }
}

function minutesBetween(startsAt: string | null, endsAt: string | null): number | null {
  return startsAt && endsAt ? (Date.parse(endsAt) - Date.parse(startsAt)) / 60_000 : null;
}

function pickState(view: SessionView): SessionState {
  const { id: _id, editionId: _edition, themes: _themes, organisations: _organisations, people: _people, presentations: _presentations, ...state } = view;
  return state;
}
