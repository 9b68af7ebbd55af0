import { isAdmin, type Actor } from '../accounts/actor.js';
import { canManageEdition } from '../edition/rules.js';

/** Where a person appears: the editions, and whether any appearance is published. */
export interface PersonAppearances {
  editionIds: string[];
  hasPublishedAppearance: boolean;
}

/** A person is public once they appear in something published; before that, only their organisers see them. */
export function canSeePerson(actor: Actor, appearances: PersonAppearances): boolean {
  return appearances.hasPublishedAppearance || canSeePersonPrivateDetails(actor, appearances);
}

/** Email and declared gender: administrators and organisers of an edition the person takes part in. */
export function canSeePersonPrivateDetails(actor: Actor, appearances: PersonAppearances): boolean {
  return isAdmin(actor) || appearances.editionIds.some((editionId) => canManageEdition(actor, editionId));
}
