import { OrganiserService } from '../edition/organiser-service.js';
import { instant } from '../../db/clock.js';
import { encodeJson, type Db } from '../../db/database.js';
import { newId } from '../../db/ids.js';
import { grantEditionRole } from '../accounts/index.js';
import { recordChange } from '../audit/index.js';
import type { AppContext } from '../context.js';
import { conflict, notFound } from '../errors.js';
import { parseInput } from '../validation.js';
import { suggestAssignments, type AssignmentSuggestion } from './assignment/index.js';
import { detectAllConflicts, detectConflicts, pairKey, type ConflictReason } from './conflicts/index.js';
import { loadReviewerProfiles, reviewerFacts, submissionFacts, type ReviewerProfileView } from './review-facts.js';
import { reviewerProfileInputSchema, type ReviewerProfileInput } from './review-schemas.js';
import { loadReviewSettings } from './review-settings.js';

export interface AssignmentView {
  submissionId: string;
  reviewerUserId: string;
  reviewerEmail: string;
  source: 'suggested' | 'manual';
  reviewStatus: 'none' | 'draft' | 'submitted';
}

export interface ConflictView {
  submissionId: string;
  reviewerUserId: string;
  reviewerEmail: string;
  source: 'declared' | 'detected';
  reasons: ConflictReason[];
}

export interface RankedSubmission {
  submissionId: string;
  /** Mean of the submitted reviews' weighted scores, 0..5; null when none is in. */
  score: number | null;
  reviewCount: number;
  assignedCount: number;
}

/** The organisers' side of the review: reviewers, conflicts, assignments, ranking. */
export class ReviewBoard extends OrganiserService {

  listReviewers(): Promise<ReviewerProfileView[]> {
    return loadReviewerProfiles(this.db, this.context.storage.dialect, this.edition.id);
  }

  /** Makes an existing account a reviewer of the edition, with what assignment and conflicts need to know. */
  async saveReviewer(raw: ReviewerProfileInput): Promise<ReviewerProfileView> {
    const input = parseInput(reviewerProfileInputSchema, raw);
    const user = await this.db.selectFrom('user_account').select('id').where('email', '=', input.email).executeTakeFirst();
    if (!user) throw notFound('account');
    await grantEditionRole(this.context, this.actor, this.edition.id, { email: input.email, role: 'reviewer' });
    const columns = {
      languages: encodeJson(input.languages), themes: encodeJson(input.themes), max_load: input.maxLoad, organisation_name: input.organisationName,
      networks: encodeJson(input.networks), city: input.city, country: input.country,
    };
    await this.db
      .insertInto('reviewer_profile')
      .values({ id: newId(), edition_id: this.edition.id, user_id: user.id, ...columns })
      .onConflict((onConflict) => onConflict.columns(['edition_id', 'user_id']).doUpdateSet(columns))
      .execute();
    const [profile] = await loadReviewerProfiles(this.db, this.context.storage.dialect, this.edition.id, user.id);
    return profile!;
  }

  /**
   * Finds every conflict of interest between reviewers and sent proposals under the edition's rules,
   * keeps them, and withdraws the conflicted assignments with their reviews.
   */
  async detectConflicts(): Promise<{ detected: number; assignmentsWithdrawn: number }> {
    const settings = await loadReviewSettings(this.db, this.context.storage.dialect, this.edition.id);
    const reviewers = await reviewerFacts(this.db, await this.listReviewers());
    const submissions = await submissionFacts(this.db, this.context.storage.dialect, this.edition.id);
    const found = detectAllConflicts(reviewers, submissions, { sameCity: settings.conflictSameCity, sameCountry: settings.conflictSameCountry });
    const now = instant(this.context.clock.now());
    let withdrawn = 0;
    await this.db.transaction().execute(async (transaction) => {
      await transaction.deleteFrom('review_conflict').where('edition_id', '=', this.edition.id).where('source', '=', 'detected').execute();
      for (const [key, reasons] of found) {
        const [userId, submissionId] = key.split(':') as [string, string];
        await transaction.insertInto('review_conflict').values({
          id: newId(), edition_id: this.edition.id, submission_id: submissionId, reviewer_user_id: userId, source: 'detected', reasons: encodeJson(reasons), created_at: now,
        }).execute();
        withdrawn += await withdrawAssignment(transaction, submissionId, userId);
      }
      await recordChange(transaction, this.context.clock, this.actor, { editionId: this.edition.id, action: 'update', entityType: 'review_conflict', entityId: this.edition.id, before: null, after: { detected: found.size, withdrawn } });
    });
    return { detected: found.size, assignmentsWithdrawn: withdrawn };
  }

  async listConflicts(): Promise<ConflictView[]> {
    const rows = await this.db
      .selectFrom('review_conflict')
      .innerJoin('user_account', 'user_account.id', 'review_conflict.reviewer_user_id')
      .select(['review_conflict.submission_id', 'review_conflict.reviewer_user_id', 'user_account.email', 'review_conflict.source', 'review_conflict.reasons'])
      .where('review_conflict.edition_id', '=', this.edition.id)
      .orderBy('review_conflict.submission_id')
      .orderBy('user_account.email')
      .execute();
    return rows.map((row) => ({ submissionId: row.submission_id, reviewerUserId: row.reviewer_user_id, reviewerEmail: row.email, source: row.source, reasons: this.context.storage.dialect.decodeJson(row.reasons) as ConflictReason[] }));
  }

  /** Suggests who reviews what, by language and theme, balancing the load; nothing is stored until applied. */
  async suggestAssignments(): Promise<AssignmentSuggestion> {
    const { dialect } = this.context.storage;
    const settings = await loadReviewSettings(this.db, dialect, this.edition.id);
    const profiles = await this.listReviewers();
    const submissions = await this.db.selectFrom('submission').select(['id', 'language', 'themes']).where('edition_id', '=', this.edition.id).where('status', '=', 'submitted').orderBy('id').execute();
    const conflicts = await this.db.selectFrom('review_conflict').select(['reviewer_user_id', 'submission_id']).where('edition_id', '=', this.edition.id).execute();
    const existing = await this.db.selectFrom('review_assignment').select(['reviewer_user_id', 'submission_id']).where('edition_id', '=', this.edition.id).execute();
    return suggestAssignments({
      reviewers: profiles.map((profile) => ({ userId: profile.userId, languages: profile.languages, themes: profile.themes, maxLoad: profile.maxLoad })),
      submissions: submissions.map((row) => ({ id: row.id, language: row.language, themes: dialect.decodeJson(row.themes) as string[] })),
      reviewsPerSubmission: settings.reviewsPerSubmission,
      conflicts: new Set(conflicts.map((row) => pairKey(row.reviewer_user_id, row.submission_id))),
      existing: existing.map((row) => ({ userId: row.reviewer_user_id, submissionId: row.submission_id })),
    });
  }

  /** Stores assignments (a suggestion, adjusted or not); a conflicted pair is refused. */
  async assign(pairs: readonly { submissionId: string; reviewerUserId: string }[], source: 'suggested' | 'manual'): Promise<number> {
    const reviewers = new Map((await this.listReviewers()).map((profile) => [profile.userId, profile]));
    const now = instant(this.context.clock.now());
    const submitted = new Set((await this.db.selectFrom('submission').select('id').where('edition_id', '=', this.edition.id).where('status', '=', 'submitted').execute()).map((row) => row.id));
    for (const pair of pairs) {
      if (!reviewers.has(pair.reviewerUserId)) throw notFound('reviewer');
      if (!submitted.has(pair.submissionId)) throw notFound('submission');
      const reasons = await this.conflictReasons(pair.submissionId, pair.reviewerUserId);
      if (reasons.length > 0) throw conflict(`this reviewer has a conflict of interest with the proposal (${reasons.map((reason) => reason.code).join(', ')})`, 'reviewerUserId');
    }
    let created = 0;
    // Every query inside runs on the transaction: SQLite has one connection, and a query beside it would wait forever.
    await this.db.transaction().execute(async (transaction) => {
      for (const pair of pairs) {
        const inserted = await transaction
          .insertInto('review_assignment')
          .values({ id: newId(), edition_id: this.edition.id, submission_id: pair.submissionId, reviewer_user_id: pair.reviewerUserId, source, created_at: now })
          .onConflict((onConflict) => onConflict.columns(['submission_id', 'reviewer_user_id']).doNothing())
          .executeTakeFirst();
        created += Number(inserted.numInsertedOrUpdatedRows ?? 0);
      }
    });
    return created;
  }

  async unassign(submissionId: string, reviewerUserId: string): Promise<void> {
    await withdrawAssignment(this.db, submissionId, reviewerUserId, { keepSubmittedReview: true });
  }

  async listAssignments(): Promise<AssignmentView[]> {
    const rows = await this.db
      .selectFrom('review_assignment')
      .innerJoin('user_account', 'user_account.id', 'review_assignment.reviewer_user_id')
      .leftJoin('review', (join) => join.onRef('review.submission_id', '=', 'review_assignment.submission_id').onRef('review.reviewer_user_id', '=', 'review_assignment.reviewer_user_id'))
      .select(['review_assignment.submission_id', 'review_assignment.reviewer_user_id', 'user_account.email', 'review_assignment.source', 'review.status'])
      .where('review_assignment.edition_id', '=', this.edition.id)
      .orderBy('review_assignment.submission_id')
      .orderBy('user_account.email')
      .execute();
    return rows.map((row) => ({ submissionId: row.submission_id, reviewerUserId: row.reviewer_user_id, reviewerEmail: row.email, source: row.source, reviewStatus: row.status ?? 'none' }));
  }

  /** Sent proposals by their mean weighted score, best first; unreviewed ones last. */
  async ranking(): Promise<RankedSubmission[]> {
    const submissions = await this.db.selectFrom('submission').select('id').where('edition_id', '=', this.edition.id).where('status', '=', 'submitted').execute();
    const reviews = await this.db.selectFrom('review').select(['submission_id', 'weighted_score']).where('edition_id', '=', this.edition.id).where('status', '=', 'submitted').execute();
    const assignments = await this.db.selectFrom('review_assignment').select('submission_id').where('edition_id', '=', this.edition.id).execute();
    const scores = new Map<string, number[]>();
    for (const review of reviews) if (review.weighted_score !== null) scores.set(review.submission_id, [...(scores.get(review.submission_id) ?? []), Number(review.weighted_score)]);
    const assigned = new Map<string, number>();
    for (const assignment of assignments) assigned.set(assignment.submission_id, (assigned.get(assignment.submission_id) ?? 0) + 1);
    return submissions
      .map((submission) => {
        const list = scores.get(submission.id) ?? [];
        return {
          submissionId: submission.id, score: list.length === 0 ? null : Math.round((list.reduce((a, b) => a + b, 0) / list.length) * 1000) / 1000,
          reviewCount: list.length, assignedCount: assigned.get(submission.id) ?? 0,
        };
      })
      .sort((a, b) => (b.score ?? -1) - (a.score ?? -1) || a.submissionId.localeCompare(b.submissionId));
  }

  private async conflictReasons(submissionId: string, reviewerUserId: string): Promise<ConflictReason[]> {
    return conflictReasonsFor(this.context, this.edition.id, submissionId, reviewerUserId);
  }
}

/** Stored conflicts (declared or detected) and the ones the rules find now, for one pair. */
export async function conflictReasonsFor(context: AppContext, editionId: string, submissionId: string, reviewerUserId: string): Promise<ConflictReason[]> {
  const { db, dialect } = context.storage;
  const stored = await db.selectFrom('review_conflict').select('reasons').where('submission_id', '=', submissionId).where('reviewer_user_id', '=', reviewerUserId).execute();
  const reasons = stored.flatMap((row) => dialect.decodeJson(row.reasons) as ConflictReason[]);
  const settings = await loadReviewSettings(db, dialect, editionId);
  const [reviewer] = await reviewerFacts(db, await loadReviewerProfiles(db, dialect, editionId, reviewerUserId));
  const [submission] = await submissionFacts(db, dialect, editionId, [submissionId]);
  if (reviewer && submission) reasons.push(...detectConflicts(reviewer, submission, { sameCity: settings.conflictSameCity, sameCountry: settings.conflictSameCountry }));
  return reasons;
}

/** Removes an assignment and the reviewer's review of it; returns 1 when there was one. */
export async function withdrawAssignment(db: Db, submissionId: string, reviewerUserId: string, options: { keepSubmittedReview?: boolean } = {}): Promise<number> {
  const removed = await db.deleteFrom('review_assignment').where('submission_id', '=', submissionId).where('reviewer_user_id', '=', reviewerUserId).executeTakeFirst();
  let reviews = db.deleteFrom('review').where('submission_id', '=', submissionId).where('reviewer_user_id', '=', reviewerUserId);
  if (options.keepSubmittedReview) reviews = reviews.where('status', '=', 'draft');
  await reviews.execute();
  return Number(removed.numDeletedRows);
}
