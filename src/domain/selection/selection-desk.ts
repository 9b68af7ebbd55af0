import { OrganiserService } from '../edition/organiser-service.js';
import { instant } from '../../db/clock.js';
import { encodeJson } from '../../db/database.js';
import { newId } from '../../db/ids.js';
import { recordChange } from '../audit/index.js';
import { conflict, notFound } from '../errors.js';
import type { LocalizedText } from '../text/localized-text.js';
import { parseInput } from '../validation.js';
import { computeBalance, type Balance, type SelectionCandidate } from './balance/index.js';
import { checkTargets, type TargetStanding } from './check-targets.js';
import { regionOf } from './regions/index.js';
import { loadCandidates, type CandidateDetails } from './selection-candidates.js';
import { decisionInputSchema, selectionTargetsInputSchema, suggestionInputSchema, type DecisionInput, type SelectionTargetInput } from './selection-schemas.js';
import { suggestSelection, type SelectionSuggestion, type SelectionTarget } from './suggest/index.js';
import type { DecisionOutcome } from './tables.js';

export interface RankingRow extends CandidateDetails {
  score: number | null;
  reviewCount: number;
  country: string | null;
  region: string | null;
  language: string;
  organisationKind: string | null;
  outcome: DecisionOutcome | null;
  decisionState: 'draft' | 'sent' | null;
  sessionId: string | null;
}

export interface SelectionDashboard {
  places: number;
  ranking: RankingRow[];
  acceptedCount: number;
  balance: Balance;
  targets: TargetStanding[];
}

/** The organisers' selection: targets, the live balance, decisions, and "suggest a selection". */
export class SelectionDesk extends OrganiserService {

  async targets(): Promise<SelectionTarget[]> {
    const rows = await this.db.selectFrom('selection_target').selectAll().where('edition_id', '=', this.edition.id).orderBy('position').execute();
    return rows.map((row) => ({
      id: row.id, dimension: row.dimension as SelectionTarget['dimension'], value: row.value, unit: row.unit,
      ...(row.min !== null ? { min: Number(row.min) } : {}), ...(row.max !== null ? { max: Number(row.max) } : {}),
    }));
  }

  async saveTargets(raw: { targets: SelectionTargetInput[] }): Promise<SelectionTarget[]> {
    const input = parseInput(selectionTargetsInputSchema, raw);
    await this.db.transaction().execute(async (transaction) => {
      await transaction.deleteFrom('selection_target').where('edition_id', '=', this.edition.id).execute();
      if (input.targets.length > 0) {
        await transaction
          .insertInto('selection_target')
          .values(input.targets.map((target, position) => ({ id: newId(), edition_id: this.edition.id, dimension: target.dimension, value: target.value, min: target.min, max: target.max, unit: target.unit, position })))
          .execute();
      }
      await recordChange(transaction, this.context.clock, this.actor, { editionId: this.edition.id, action: 'update', entityType: 'selection_target', entityId: this.edition.id, before: null, after: input });
    });
    return this.targets();
  }

  async dashboard(places: number): Promise<SelectionDashboard> {
    const { candidates, details } = await loadCandidates(this.db, this.context.storage.dialect, this.edition.id);
    const decisions = await this.decisions();
    const groups = new Map((await this.db.selectFrom('selection_group_member').select(['submission_id', 'session_id']).where('edition_id', '=', this.edition.id).execute()).map((row) => [row.submission_id, row.session_id]));
    const reviewCounts = await this.reviewCounts();
    const accepted = candidates.filter((candidate) => decisions.get(candidate.id)?.outcome === 'accepted').map((candidate) => candidate.id);
    const ranking = candidates
      .map((candidate): RankingRow => {
        const decision = decisions.get(candidate.id);
        return {
          ...details.get(candidate.id)!, score: candidate.score === null ? null : Math.round(candidate.score * 1000) / 1000, reviewCount: reviewCounts.get(candidate.id) ?? 0,
          country: candidate.country, region: candidate.country ? regionOf(candidate.country) : null, language: candidate.language, organisationKind: candidate.organisationKind,
          outcome: decision?.outcome ?? null, decisionState: decision?.state ?? null, sessionId: groups.get(candidate.id) ?? null,
        };
      })
      .sort((a, b) => (b.score ?? -1) - (a.score ?? -1) || a.id.localeCompare(b.id));
    return {
      places, ranking, acceptedCount: accepted.length, balance: computeBalance(candidates, accepted),
      targets: checkTargets(candidates, accepted, await this.targets(), places),
    };
  }

  /** Drafts (or changes) a decision; a sent decision is final. */
  async decide(submissionId: string, raw: DecisionInput): Promise<void> {
    const input = parseInput(decisionInputSchema, raw);
    const submission = await this.db.selectFrom('submission').select(['id', 'status']).where('id', '=', submissionId).where('edition_id', '=', this.edition.id).executeTakeFirst();
    if (!submission || submission.status !== 'submitted') throw notFound('submission');
    const existing = await this.db.selectFrom('selection_decision').select(['id', 'state', 'outcome']).where('submission_id', '=', submissionId).executeTakeFirst();
    if (existing?.state === 'sent') throw conflict('this decision was already sent to the submitter', 'outcome');
    const now = instant(this.context.clock.now());
    const columns = { outcome: input.outcome, note: input.note ? encodeJson(input.note) : null, decided_by_user_id: this.actor.user?.id ?? 'system', updated_at: now };
    await this.db.transaction().execute(async (transaction) => {
      if (existing) await transaction.updateTable('selection_decision').set(columns).where('id', '=', existing.id).execute();
      else await transaction.insertInto('selection_decision').values({ id: newId(), edition_id: this.edition.id, submission_id: submissionId, state: 'draft', sent_at: null, ...columns }).execute();
      if (input.outcome !== 'accepted') await transaction.deleteFrom('selection_group_member').where('submission_id', '=', submissionId).execute();
      await recordChange(transaction, this.context.clock, this.actor, { editionId: this.edition.id, action: 'update', entityType: 'selection_decision', entityId: submissionId, before: existing ?? null, after: input });
    });
  }

  /**
   * The highest-scored selection that meets the targets, keeping every decision already drafted or
   * sent; nothing is stored until organisers apply it.
   */
  async suggest(raw: { places: number }, onProgress?: (message: string) => void): Promise<SelectionSuggestion> {
    const { places } = parseInput(suggestionInputSchema, raw);
    const { candidates } = await loadCandidates(this.db, this.context.storage.dialect, this.edition.id);
    const decisions = await this.decisions();
    const fixed = (outcome: DecisionOutcome) => candidates.filter((candidate) => decisions.get(candidate.id)?.outcome === outcome && decisions.get(candidate.id)?.state === 'sent').map((candidate) => candidate.id);
    return suggestSelection({ candidates, places, targets: await this.targets(), accepted: fixed('accepted'), rejected: fixed('rejected'), ...(onProgress ? { onProgress } : {}) });
  }

  /** Drafts "accepted" for the chosen proposals and "rejected" for the rest that has no sent decision. */
  async applySelection(selectedIds: readonly string[]): Promise<void> {
    const { candidates } = await loadCandidates(this.db, this.context.storage.dialect, this.edition.id);
    const known = new Set(candidates.map((candidate: SelectionCandidate) => candidate.id));
    const strangers = selectedIds.filter((id) => !known.has(id));
    if (strangers.length > 0) throw notFound('submission');
    const chosen = new Set(selectedIds);
    const decisions = await this.decisions();
    for (const candidate of candidates) {
      if (decisions.get(candidate.id)?.state === 'sent') continue;
      const outcome: DecisionOutcome = chosen.has(candidate.id) ? 'accepted' : 'rejected';
      if (decisions.get(candidate.id)?.outcome === outcome) continue;
      await this.decide(candidate.id, { outcome, note: (decisions.get(candidate.id)?.note as LocalizedText | null) ?? null });
    }
  }

  private async decisions(): Promise<Map<string, { outcome: DecisionOutcome; state: 'draft' | 'sent'; note: unknown }>> {
    const rows = await this.db.selectFrom('selection_decision').select(['submission_id', 'outcome', 'state', 'note']).where('edition_id', '=', this.edition.id).execute();
    return new Map(rows.map((row) => [row.submission_id, { outcome: row.outcome, state: row.state, note: row.note === null ? null : this.context.storage.dialect.decodeJson(row.note) }]));
  }

  private async reviewCounts(): Promise<Map<string, number>> {
    const rows = await this.db
      .selectFrom('review')
      .select(['submission_id', (eb) => eb.fn.countAll<number>().as('count')])
      .where('edition_id', '=', this.edition.id)
      .where('status', '=', 'submitted')
      .groupBy('submission_id')
      .execute();
    return new Map(rows.map((row) => [row.submission_id, Number(row.count)]));
  }
}
