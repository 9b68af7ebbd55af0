import { hasEditionRole, isAdmin, type Actor } from '../accounts/actor.js';
import type { PublicationStatus } from './tables.js';

/** A published edition is public; a draft only for its members and administrators. */
export function canSeeEdition(actor: Actor, edition: { id: string; status: PublicationStatus }): boolean {
  return edition.status === 'published' || isAdmin(actor) || actor.rolesByEdition.has(edition.id);
}

export function canCreateEdition(actor: Actor): boolean {
  return isAdmin(actor);
}

export function canManageEdition(actor: Actor, editionId: string): boolean {
  return isAdmin(actor) || hasEditionRole(actor, editionId, 'organiser');
}
