import { instant } from '../../db/clock.js';
import { encodeJson, type Db } from '../../db/database.js';
import type { DatabaseDialect } from '../../db/dialect/index.js';
import { newId } from '../../db/ids.js';
import type { Actor } from '../accounts/actor.js';
import { recordChange } from '../audit/index.js';
import type { EditionRow } from '../call/index.js';
import type { AppContext } from '../context.js';
import { canManageEdition } from '../edition/rules.js';
import { forbidden } from '../errors.js';
import type { LocalizedText } from '../text/localized-text.js';
import { parseInput } from '../validation.js';
import { reviewSettingsInputSchema, type ReviewSettingsInput } from './review-schemas.js';

export interface ReviewCriterionView {
  key: string;
  label: LocalizedText;
  weight: number;
}

export interface ReviewPhaseView {
  name: LocalizedText;
  startsAt: string;
  endsAt: string;
}

export interface ReviewSettingsView {
  anonymous: boolean;
  revealScoresBeforeOwn: boolean;
  conflictSameCity: boolean;
  conflictSameCountry: boolean;
  reviewsPerSubmission: number;
  criteria: ReviewCriterionView[];
  phases: ReviewPhaseView[];
}

/** Until organisers choose, reviews are anonymous, scores hidden, three reviews a proposal. */
export const defaultReviewSettings: ReviewSettingsView = {
  anonymous: true, revealScoresBeforeOwn: false, conflictSameCity: false, conflictSameCountry: false, reviewsPerSubmission: 3, criteria: [], phases: [],
};

export async function loadReviewSettings(db: Db, dialect: DatabaseDialect, editionId: string): Promise<ReviewSettingsView> {
  const [settings, criteria, phases] = await Promise.all([
    db.selectFrom('review_settings').selectAll().where('edition_id', '=', editionId).executeTakeFirst(),
    db.selectFrom('review_criterion').selectAll().where('edition_id', '=', editionId).orderBy('position').execute(),
    db.selectFrom('review_phase').selectAll().where('edition_id', '=', editionId).orderBy('position').execute(),
  ]);
  const base = settings
    ? {
        anonymous: dialect.decodeBoolean(settings.anonymous), revealScoresBeforeOwn: dialect.decodeBoolean(settings.reveal_scores_before_own),
        conflictSameCity: dialect.decodeBoolean(settings.conflict_same_city), conflictSameCountry: dialect.decodeBoolean(settings.conflict_same_country),
        reviewsPerSubmission: settings.reviews_per_submission,
      }
    : defaultReviewSettings;
  return {
    ...base,
    criteria: criteria.map((criterion) => ({ key: criterion.key, label: dialect.decodeJson(criterion.label) as LocalizedText, weight: Number(criterion.weight) })),
    phases: phases.map((phase) => ({ name: dialect.decodeJson(phase.name) as LocalizedText, startsAt: phase.starts_at, endsAt: phase.ends_at })),
  };
}

/** Reviews are taken while a phase is open; with no phase set, until organisers close the review by setting one. */
export function reviewPhaseOpen(settings: ReviewSettingsView, now: Date): boolean {
  if (settings.phases.length === 0) return true;
  const at = now.toISOString();
  return settings.phases.some((phase) => phase.startsAt <= at && at < phase.endsAt);
}

export async function saveReviewSettings(context: AppContext, actor: Actor, edition: EditionRow, raw: ReviewSettingsInput): Promise<ReviewSettingsView> {
  if (!canManageEdition(actor, edition.id)) throw forbidden();
  const input = parseInput(reviewSettingsInputSchema, raw);
  const { db, dialect } = context.storage;
  const before = await loadReviewSettings(db, dialect, edition.id);
  const now = instant(context.clock.now());
  await db.transaction().execute(async (transaction) => {
    const columns = {
      anonymous: input.anonymous, reveal_scores_before_own: input.revealScoresBeforeOwn, conflict_same_city: input.conflictSameCity,
      conflict_same_country: input.conflictSameCountry, reviews_per_submission: input.reviewsPerSubmission, updated_at: now,
    };
    await transaction
      .insertInto('review_settings')
      .values({ edition_id: edition.id, ...columns })
      .onConflict((conflict) => conflict.column('edition_id').doUpdateSet(columns))
      .execute();
    await transaction.deleteFrom('review_criterion').where('edition_id', '=', edition.id).execute();
    await transaction
      .insertInto('review_criterion')
      .values(input.criteria.map((criterion, position) => ({ id: newId(), edition_id: edition.id, key: criterion.key, label: encodeJson(criterion.label), weight: criterion.weight, position })))
      .execute();
    await transaction.deleteFrom('review_phase').where('edition_id', '=', edition.id).execute();
    if (input.phases.length > 0) {
      await transaction
        .insertInto('review_phase')
        .values(input.phases.map((phase, position) => ({ id: newId(), edition_id: edition.id, name: encodeJson(phase.name), starts_at: phase.startsAt, ends_at: phase.endsAt, position })))
        .execute();
    }
    await recordChange(transaction, context.clock, actor, { editionId: edition.id, action: 'update', entityType: 'review_settings', entityId: edition.id, before, after: input });
  });
  return loadReviewSettings(db, dialect, edition.id);
}

/** The weighted mean of the scores, or null while a criterion is unscored. */
export function weightedScore(criteria: readonly ReviewCriterionView[], scores: Record<string, number>): number | null {
  if (criteria.length === 0 || criteria.some((criterion) => scores[criterion.key] === undefined)) return null;
  const totalWeight = criteria.reduce((sum, criterion) => sum + criterion.weight, 0);
  return Math.round((criteria.reduce((sum, criterion) => sum + criterion.weight * scores[criterion.key]!, 0) / totalWeight) * 1000) / 1000;
}
