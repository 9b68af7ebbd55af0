import { instant } from '../../db/clock.js';
import { encodeJson } from '../../db/database.js';
import { newId } from '../../db/ids.js';
import type { Actor } from '../accounts/actor.js';
import { grantEditionRole, systemActor } from '../accounts/index.js';
import { acceptedPresenterUserIds, loadSubmissionViews, type EditionRow, type SubmissionView } from '../call/index.js';
import type { AppContext } from '../context.js';
import { conflict, DomainError, notFound } from '../errors.js';
import { addSessionRole, personForAccount } from './program-people.js';

export interface ConfirmationOutcome {
  submissionId: string;
  sessionId: string | null;
  initiativeId: string | null;
}

/**
 * An accepted presenter confirms they will present: they become a speaker of the program, in the
 * workshop the proposal was grouped into, and the initiative joins that workshop.
 */
export async function confirmParticipation(context: AppContext, actor: Actor, edition: EditionRow, submissionId: string): Promise<ConfirmationOutcome> {
  if (!actor.user) throw new DomainError('unauthenticated', 'sign in to confirm');
  const { db, dialect } = context.storage;
  const [view] = await loadSubmissionViews(db, dialect, [submissionId]);
  const userId = actor.user.id;
  if (!view || view.editionId !== edition.id || !(view.ownerUserId === userId || acceptedPresenterUserIds(view).includes(userId))) throw notFound('submission');
  const decision = await db.selectFrom('selection_decision').select(['outcome', 'state']).where('submission_id', '=', submissionId).executeTakeFirst();
  if (!decision || decision.state !== 'sent' || decision.outcome !== 'accepted') throw conflict('only an accepted proposal, once its decision is sent, can be confirmed', 'submission');
  const grouped = await db.selectFrom('selection_group_member').select('session_id').where('submission_id', '=', submissionId).executeTakeFirst();
  const member = grouped ?? (view.kind === 'workshop' ? { session_id: await partnerWorkshopSession(context, edition, view) } : undefined);
  const presenter = view.presenters.find((candidate) => candidate.userId === userId)!;
  const now = instant(context.clock.now());
  let initiativeId: string | null = null;
  await db.transaction().execute(async (transaction) => {
    const personId = await personForAccount(transaction, context.clock, userId, { gender: presenter.gender, bio: presenter.bio, country: view.country });
    await transaction.updateTable('submission_presenter').set({ confirmed_at: now }).where('id', '=', presenter.id).execute();
    if (member) await addSessionRole(transaction, member.session_id, personId, 'speaker');
    if (view.kind === 'initiative') {
      const key = `submission:${submissionId}`;
      const known = await transaction.selectFrom('archive_source_key').select('entity_id').where('kind', '=', 'initiative').where('key', '=', key).executeTakeFirst();
      initiativeId = known?.entity_id ?? newId();
      if (!known) {
        await transaction.insertInto('initiative').values({
          id: initiativeId, edition_id: edition.id, session_id: member?.session_id ?? null, code: null, title: encodeJson(view.title),
          description: view.summary ? encodeJson(view.summary) : null, organisation_id: null, city: view.city, region: null, country: view.country, website: view.website,
          status: 'draft', position: 0, created_at: now, updated_at: now,
        }).execute();
        await transaction.insertInto('archive_source_key').values({ id: newId(), kind: 'initiative', key, entity_id: initiativeId }).execute();
      } else if (member) {
        await transaction.updateTable('initiative').set({ session_id: member.session_id, updated_at: now }).where('id', '=', initiativeId).execute();
      }
      const presenting = await transaction.selectFrom('initiative_presenter').select('id').where('initiative_id', '=', initiativeId).where('person_id', '=', personId).executeTakeFirst();
      if (!presenting) {
        await transaction.insertInto('initiative_presenter').values({ id: newId(), initiative_id: initiativeId, person_id: personId, role_title: null, position: presenter.role === 'submitter' ? 0 : 1 }).execute();
      }
    }
  });
  const email = (await db.selectFrom('user_account').select('email').where('id', '=', userId).executeTakeFirstOrThrow()).email;
  await grantEditionRole(context, systemActor, edition.id, { email, role: 'speaker' });
  return { submissionId, sessionId: member?.session_id ?? null, initiativeId };
}

/** A partner's accepted workshop is a session of its own: made once, as a draft organisers then place. */
async function partnerWorkshopSession(context: AppContext, edition: EditionRow, view: SubmissionView): Promise<string> {
  const { db } = context.storage;
  const key = `submission:${view.id}`;
  const known = await db.selectFrom('archive_source_key').select('entity_id').where('kind', '=', 'session').where('key', '=', key).executeTakeFirst();
  if (known) return known.entity_id;
  const id = newId();
  const now = instant(context.clock.now());
  await db.transaction().execute(async (transaction) => {
    await transaction.insertInto('session').values({
      id, edition_id: edition.id, code: null, format: 'partner_workshop', title: encodeJson(view.title), summary: view.summary ? encodeJson(view.summary) : null, context: null,
      objectives: encodeJson([]), main_questions: encodeJson([]), thematic_line_id: null, slot_id: null, venue_id: null, starts_at: null, ends_at: null, duration_minutes: null,
      language: view.language, interpretation_languages: encodeJson([]), capacity: null, registration_required: false, status: 'draft', proposed_by_user_id: view.ownerUserId,
      created_at: now, updated_at: now,
    }).execute();
    await transaction.insertInto('archive_source_key').values({ id: newId(), kind: 'session', key, entity_id: id }).execute();
  });
  return id;
}
