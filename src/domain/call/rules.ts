import { isAdmin, type Actor } from '../accounts/actor.js';
import { canManageEdition } from '../edition/rules.js';
import type { CallStatus } from './tables.js';

/** A draft call is the organisers' own; an open or closed one is public. */
export function canSeeCall(actor: Actor, editionId: string, status: CallStatus): boolean {
  return status !== 'draft' || canManageEdition(actor, editionId);
}

export interface SubmissionAccessFacts {
  editionId: string;
  ownerUserId: string;
  /** Accounts of co-presenters and speakers who accepted their invitation. */
  presenterUserIds: readonly string[];
}

/**
 * Who may read a submission through the call's routes: its submitter, the presenters who accepted,
 * and the organisers. Reviewers read it only through the review, anonymised and checked for conflicts.
 */
export function canReadSubmission(actor: Actor, submission: SubmissionAccessFacts): boolean {
  const userId = actor.user?.id;
  if (userId && (userId === submission.ownerUserId || submission.presenterUserIds.includes(userId))) return true;
  return isAdmin(actor) || canManageEdition(actor, submission.editionId);
}

/** Only the people behind a submission change it; organisers read and decide, never rewrite. */
export function canEditSubmission(actor: Actor, submission: SubmissionAccessFacts): boolean {
  const userId = actor.user?.id;
  return userId !== undefined && (userId === submission.ownerUserId || submission.presenterUserIds.includes(userId));
}
