import type { Actor } from '../../accounts/actor.js';
import { canManageEdition } from '../../edition/rules.js';

/**
 * Availability is personal: the person themself (their account's person) and the edition's
 * organisers, nobody else; never public, never in feeds, exports or search.
 */
export function canEditAvailability(actor: Actor, editionId: string, actorPersonId: string | null, personId: string): boolean {
  if (!actor.user && !actor.isSystem) return false;
  return canManageEdition(actor, editionId) || (actorPersonId !== null && actorPersonId === personId);
}
