import { instant } from '../../db/clock.js';
import { encodeJson, type Db } from '../../db/database.js';
import { newId } from '../../db/ids.js';
import { hasEditionRole, type Actor } from '../accounts/actor.js';
import { loadSubmissionViews, type EditionRow, type SubmissionView } from '../call/index.js';
import type { AppContext } from '../context.js';
import { conflict, DomainError, forbidden, invalid, notFound } from '../errors.js';
import type { LocalizedText } from '../text/localized-text.js';
import { parseInput } from '../validation.js';
import { anonymiseText } from './anonymise/index.js';
import { detectConflicts } from './conflicts/index.js';
import { conflictReasonsFor, withdrawAssignment } from './review-board.js';
import { loadReviewerProfiles, reviewerFacts, submissionFacts } from './review-facts.js';
import { conflictDeclarationSchema, reviewInputSchema, type ReviewInput } from './review-schemas.js';
import { loadReviewSettings, reviewPhaseOpen, weightedScore, type ReviewCriterionView, type ReviewSettingsView } from './review-settings.js';

export interface ReviewPlaceholders {
  name: string;
  organisation: string;
  link: string;
}

/** What a reviewer reads of a proposal: with anonymous review, nothing that names its people. */
export interface ProposalForReview {
  id: string;
  kind: SubmissionView['kind'];
  language: string;
  anonymous: boolean;
  title: LocalizedText;
  summary: LocalizedText | null;
  answers: Record<string, string>;
  organisationKind: string | null;
  country: string | null;
  themes: string[];
  sdgs: number[];
  /** Only when the review is not anonymous. */
  organisationName: string | null;
  city: string | null;
  website: string | null;
  presenters: { name: string; role: string }[];
}

export interface OwnReview {
  scores: Record<string, number>;
  comment: string;
  status: 'none' | 'draft' | 'submitted';
  weightedScore: number | null;
}

export interface ReviewDeskEntry {
  proposal: ProposalForReview;
  criteria: ReviewCriterionView[];
  own: OwnReview;
  /** Other reviewers' submitted reviews, once the reviewer's own is in (or when organisers allow). */
  others: { scores: Record<string, number>; comment: string; weightedScore: number | null }[] | null;
  phaseOpen: boolean;
}

const englishPlaceholders: ReviewPlaceholders = { name: '[name]', organisation: '[organisation]', link: '[link]' };

/**
 * A reviewer's desk: only the proposals assigned to them, never one they have a conflict with,
 * anonymised when the edition says so. Everything else answers "not found".
 */
export class ReviewerDesk {
  private readonly userId: string;

  constructor(
    private readonly context: AppContext,
    actor: Actor,
    private readonly edition: EditionRow,
    private readonly placeholders: ReviewPlaceholders = englishPlaceholders,
  ) {
    if (!actor.user) throw new DomainError('unauthenticated', 'sign in to review');
    if (!hasEditionRole(actor, edition.id, 'reviewer')) throw forbidden('reviewers only');
    this.userId = actor.user.id;
  }

  private get db(): Db {
    return this.context.storage.db;
  }

  async list(): Promise<{ proposal: ProposalForReview; own: OwnReview }[]> {
    const settings = await this.settings();
    const ids = await this.visibleIds();
    const views = await loadSubmissionViews(this.db, this.context.storage.dialect, ids);
    const reviews = await this.ownReviews(ids);
    return views.map((view) => ({ proposal: this.forReview(view, settings), own: reviews.get(view.id) ?? emptyReview }));
  }

  async get(submissionId: string): Promise<ReviewDeskEntry> {
    await this.requireVisible(submissionId);
    const settings = await this.settings();
    const [view] = await loadSubmissionViews(this.db, this.context.storage.dialect, [submissionId]);
    const own = (await this.ownReviews([submissionId])).get(submissionId) ?? emptyReview;
    const mayReadOthers = own.status === 'submitted' || settings.revealScoresBeforeOwn;
    let others: ReviewDeskEntry['others'] = null;
    if (mayReadOthers) {
      const rows = await this.db
        .selectFrom('review')
        .select(['scores', 'comment', 'weighted_score'])
        .where('submission_id', '=', submissionId)
        .where('status', '=', 'submitted')
        .where('reviewer_user_id', '!=', this.userId)
        .orderBy('submitted_at')
        .execute();
      others = rows.map((row) => ({ scores: this.context.storage.dialect.decodeJson(row.scores) as Record<string, number>, comment: row.comment, weightedScore: row.weighted_score === null ? null : Number(row.weighted_score) }));
    }
    return { proposal: this.forReview(view!, settings), criteria: settings.criteria, own, others, phaseOpen: reviewPhaseOpen(settings, this.context.clock.now()) };
  }

  async save(submissionId: string, raw: ReviewInput): Promise<ReviewDeskEntry> {
    await this.requireVisible(submissionId);
    const settings = await this.settings();
    if (!reviewPhaseOpen(settings, this.context.clock.now())) throw conflict('no review phase is open now', 'phase');
    const input = parseInput(reviewInputSchema, raw);
    const keys = new Set(settings.criteria.map((criterion) => criterion.key));
    const unknown = Object.keys(input.scores).filter((key) => !keys.has(key));
    if (unknown.length > 0) throw invalid(unknown.map((key) => ({ path: `scores.${key}`, message: 'not a criterion of this review' })));
    const score = weightedScore(settings.criteria, input.scores);
    if (input.submit && score === null) {
      throw invalid(settings.criteria.filter((criterion) => input.scores[criterion.key] === undefined).map((criterion) => ({ path: `scores.${criterion.key}`, message: 'score every criterion before submitting' })));
    }
    const existing = await this.db.selectFrom('review').select(['id', 'status']).where('submission_id', '=', submissionId).where('reviewer_user_id', '=', this.userId).executeTakeFirst();
    const now = instant(this.context.clock.now());
    const status = input.submit || existing?.status === 'submitted' ? 'submitted' : 'draft';
    const columns = { scores: encodeJson(input.scores), comment: input.comment, weighted_score: score, status, updated_at: now } as const;
    if (existing) {
      await this.db.updateTable('review').set({ ...columns, submitted_at: status === 'submitted' && existing.status !== 'submitted' ? now : undefined }).where('id', '=', existing.id).execute();
    } else {
      await this.db.insertInto('review').values({ id: newId(), edition_id: this.edition.id, submission_id: submissionId, reviewer_user_id: this.userId, submitted_at: status === 'submitted' ? now : null, ...columns }).execute();
    }
    return this.get(submissionId);
  }

  /** The reviewer says they are too close to a proposal: it leaves their desk at once, review included. */
  async declareConflict(submissionId: string, raw: { reason: string }): Promise<void> {
    await this.requireVisible(submissionId);
    const input = parseInput(conflictDeclarationSchema, raw);
    await this.db.transaction().execute(async (transaction) => {
      await transaction
        .insertInto('review_conflict')
        .values({ id: newId(), edition_id: this.edition.id, submission_id: submissionId, reviewer_user_id: this.userId, source: 'declared', reasons: encodeJson([{ code: 'declared', detail: input.reason }]), created_at: instant(this.context.clock.now()) })
        .onConflict((onConflict) => onConflict.columns(['submission_id', 'reviewer_user_id', 'source']).doNothing())
        .execute();
      await withdrawAssignment(transaction, submissionId, this.userId);
    });
  }

  private settings(): Promise<ReviewSettingsView> {
    return loadReviewSettings(this.db, this.context.storage.dialect, this.edition.id);
  }

  /** Assigned, sent, and free of any stored conflict: the only proposals this reviewer may learn exist. */
  private async visibleIds(): Promise<string[]> {
    const rows = await this.db
      .selectFrom('review_assignment')
      .innerJoin('submission', 'submission.id', 'review_assignment.submission_id')
      .select('submission.id')
      .where('review_assignment.reviewer_user_id', '=', this.userId)
      .where('review_assignment.edition_id', '=', this.edition.id)
      .where('submission.status', '=', 'submitted')
      .where(({ not, exists, selectFrom }) =>
        not(exists(selectFrom('review_conflict').select('review_conflict.id').whereRef('review_conflict.submission_id', '=', 'submission.id').where('review_conflict.reviewer_user_id', '=', this.userId))))
      .orderBy('submission.submitted_at')
      .orderBy('submission.id')
      .execute();
    if (rows.length === 0) return [];
    // One load of the rules, the reviewer and every assigned proposal, then the pairs checked in memory.
    const { db, dialect } = this.context.storage;
    const settings = await loadReviewSettings(db, dialect, this.edition.id);
    const [reviewer] = await reviewerFacts(db, await loadReviewerProfiles(db, dialect, this.edition.id, this.userId));
    if (!reviewer) return rows.map((row) => row.id);
    const facts = new Map((await submissionFacts(db, dialect, this.edition.id, rows.map((row) => row.id))).map((fact) => [fact.id, fact]));
    const rules = { sameCity: settings.conflictSameCity, sameCountry: settings.conflictSameCountry };
    return rows.map((row) => row.id).filter((id) => detectConflicts(reviewer, facts.get(id)!, rules).length === 0);
  }

  private async requireVisible(submissionId: string): Promise<void> {
    const assigned = await this.db
      .selectFrom('review_assignment')
      .innerJoin('submission', 'submission.id', 'review_assignment.submission_id')
      .select('submission.id')
      .where('review_assignment.submission_id', '=', submissionId)
      .where('review_assignment.reviewer_user_id', '=', this.userId)
      .where('review_assignment.edition_id', '=', this.edition.id)
      .where('submission.status', '=', 'submitted')
      .executeTakeFirst();
    if (!assigned || (await conflictReasonsFor(this.context, this.edition.id, submissionId, this.userId)).length > 0) throw notFound('submission');
  }

  private async ownReviews(ids: readonly string[]): Promise<Map<string, OwnReview>> {
    if (ids.length === 0) return new Map();
    const rows = await this.db.selectFrom('review').selectAll().where('reviewer_user_id', '=', this.userId).where('submission_id', 'in', ids).execute();
    return new Map(rows.map((row) => [row.submission_id, {
      scores: this.context.storage.dialect.decodeJson(row.scores) as Record<string, number>, comment: row.comment, status: row.status,
      weightedScore: row.weighted_score === null ? null : Number(row.weighted_score),
    }]));
  }

  private forReview(view: SubmissionView, settings: ReviewSettingsView): ProposalForReview {
    const base = {
      id: view.id, kind: view.kind, language: view.language, anonymous: settings.anonymous, organisationKind: view.organisationKind, country: view.country,
      themes: view.themes, sdgs: view.sdgs,
    };
    if (!settings.anonymous) {
      return {
        ...base, title: view.title, summary: view.summary, answers: view.answers, organisationName: view.organisationName, city: view.city, website: view.website,
        presenters: view.presenters.map((presenter) => ({ name: presenter.name, role: presenter.role })),
      };
    }
    const revealing = {
      names: view.presenters.map((presenter) => presenter.name),
      organisations: [view.organisationName, ...view.networks].filter((name): name is string => Boolean(name)),
      websites: view.website ? [view.website] : [],
      emails: view.presenters.map((presenter) => presenter.email),
    };
    const hide = (text: string) => anonymiseText(text, revealing, this.placeholders);
    const hideLocalized = (text: LocalizedText): LocalizedText => ({ original: text.original, text: Object.fromEntries(Object.entries(text.text).map(([language, value]) => [language, hide(value ?? '')])) });
    return {
      ...base, title: hideLocalized(view.title), summary: view.summary ? hideLocalized(view.summary) : null,
      answers: Object.fromEntries(Object.entries(view.answers).map(([key, value]) => [key, hide(value)])), organisationName: null, city: null, website: null, presenters: [],
    };
  }
}

const emptyReview: OwnReview = { scores: {}, comment: '', status: 'none', weightedScore: null };
