import { hasEditionRole, type Actor } from '../accounts/actor.js';
import { canManageEdition } from '../edition/rules.js';

interface SessionFacts {
  edition_id: string;
  status: 'draft' | 'published';
  proposed_by_user_id: string | null;
}

function isOwnDraft(actor: Actor, session: SessionFacts): boolean {
  return session.status === 'draft' && actor.user !== null && session.proposed_by_user_id === actor.user.id;
}

/** Published sessions are public; a draft is seen by organisers and by the partner who proposed it. */
export function canSeeSession(actor: Actor, session: SessionFacts): boolean {
  return session.status === 'published' || canManageEdition(actor, session.edition_id) || isOwnDraft(actor, session);
}

export function canProposeSession(actor: Actor, editionId: string): boolean {
  return canManageEdition(actor, editionId) || hasEditionRole(actor, editionId, 'session_partner');
}

export function canEditSession(actor: Actor, session: SessionFacts): boolean {
  return canManageEdition(actor, session.edition_id) || (hasEditionRole(actor, session.edition_id, 'session_partner') && isOwnDraft(actor, session));
}

/** Only organisers publish, so nothing reaches the public program without them. */
export function canPublishSession(actor: Actor, editionId: string): boolean {
  return canManageEdition(actor, editionId);
}

/** Join links of virtual rooms are private until registration (a later capability) grants them. */
export function canSeeJoinLinks(actor: Actor, editionId: string): boolean {
  return canManageEdition(actor, editionId);
}

/** People's private contact details are for organisers only. */
export function canSeePrivateContact(actor: Actor, editionId: string): boolean {
  return canManageEdition(actor, editionId);
}
