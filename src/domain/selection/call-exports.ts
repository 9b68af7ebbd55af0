import type { Db } from '../../db/database.js';
import type { Actor } from '../accounts/actor.js';
import type { EditionRow } from '../call/index.js';
import { loadSubmissionViews } from '../call/index.js';
import type { AppContext } from '../context.js';
import { canManageEdition } from '../edition/rules.js';
import { forbidden } from '../errors.js';
import { loadReviewSettings } from '../review/index.js';
import { toCsv, toXlsx, type Sheet } from '../spreadsheet/index.js';
import { readLocalized, type LocalizedText } from '../text/localized-text.js';
import { regionOf } from './regions/index.js';

export const callExportKinds = ['submissions', 'reviews', 'decisions'] as const;
export type CallExportKind = (typeof callExportKinds)[number];

/**
 * The call's spreadsheets for organisers: proposals, reviews, decisions. Every text cell is made
 * inert, so a title such as `=HYPERLINK(…)` cannot run as a formula in Excel or LibreOffice.
 */
export class CallExports {
  constructor(
    private readonly context: AppContext,
    actor: Actor,
    private readonly edition: EditionRow,
  ) {
    if (!canManageEdition(actor, edition.id)) throw forbidden();
  }

  private get db(): Db {
    return this.context.storage.db;
  }

  async csv(kind: CallExportKind, language: string): Promise<string> {
    return toCsv(await this.sheet(kind, language));
  }

  async xlsx(language: string): Promise<Buffer> {
    return toXlsx(await Promise.all(callExportKinds.map((kind) => this.sheet(kind, language))));
  }

  async sheet(kind: CallExportKind, language: string): Promise<Sheet> {
    if (kind === 'submissions') return this.submissions(language);
    if (kind === 'reviews') return this.reviews(language);
    return this.decisions(language);
  }

  private async submissions(language: string): Promise<Sheet> {
    const ids = (await this.db.selectFrom('submission').select('id').where('edition_id', '=', this.edition.id).where('status', '=', 'submitted').orderBy('submitted_at').orderBy('id').execute()).map((row) => row.id);
    const views = await loadSubmissionViews(this.db, this.context.storage.dialect, ids);
    const decisions = await this.decisionMap();
    return {
      name: 'submissions',
      columns: [
        { key: 'id', header: 'id' }, { key: 'kind', header: 'kind' }, { key: 'language', header: 'language' }, { key: 'title', header: 'title' },
        { key: 'summary', header: 'summary' }, { key: 'organisation', header: 'organisation' }, { key: 'organisationKind', header: 'organisation kind' },
        { key: 'city', header: 'city' }, { key: 'country', header: 'country' }, { key: 'region', header: 'region' }, { key: 'themes', header: 'themes' },
        { key: 'sdgs', header: 'SDGs' }, { key: 'presenters', header: 'presenters' }, { key: 'emails', header: 'e-mails' }, { key: 'submittedAt', header: 'submitted at (UTC)' },
        { key: 'decision', header: 'decision' },
      ],
      rows: views.map((view) => ({
        id: view.id, kind: view.kind, language: view.language, title: readLocalized(view.title, language).value, summary: view.summary ? readLocalized(view.summary, language).value : null,
        organisation: view.organisationName, organisationKind: view.organisationKind, city: view.city, country: view.country, region: view.country ? regionOf(view.country) : null,
        themes: view.themes.join(', '), sdgs: view.sdgs.join(', '), presenters: view.presenters.map((presenter) => presenter.name).join('; '),
        emails: view.presenters.map((presenter) => presenter.email).join('; '), submittedAt: view.submittedAt, decision: decisions.get(view.id)?.outcome ?? null,
      })),
    };
  }

  private async reviews(language: string): Promise<Sheet> {
    const { dialect } = this.context.storage;
    const settings = await loadReviewSettings(this.db, dialect, this.edition.id);
    const rows = await this.db
      .selectFrom('review')
      .innerJoin('submission', 'submission.id', 'review.submission_id')
      .innerJoin('user_account', 'user_account.id', 'review.reviewer_user_id')
      .select(['review.submission_id', 'submission.title', 'user_account.email', 'review.status', 'review.scores', 'review.weighted_score', 'review.comment', 'review.submitted_at'])
      .where('review.edition_id', '=', this.edition.id)
      .orderBy('review.submission_id')
      .orderBy('user_account.email')
      .execute();
    return {
      name: 'reviews',
      columns: [
        { key: 'submissionId', header: 'submission' }, { key: 'title', header: 'title' }, { key: 'reviewer', header: 'reviewer' }, { key: 'status', header: 'status' },
        ...settings.criteria.map((criterion) => ({ key: `score_${criterion.key}`, header: `${readLocalized(criterion.label, language).value} (×${criterion.weight})` })),
        { key: 'weighted', header: 'weighted score' }, { key: 'comment', header: 'comment' }, { key: 'submittedAt', header: 'submitted at (UTC)' },
      ],
      rows: rows.map((row) => {
        const scores = dialect.decodeJson(row.scores) as Record<string, number>;
        return {
          submissionId: row.submission_id, title: readLocalized(dialect.decodeJson(row.title) as LocalizedText, language).value, reviewer: row.email, status: row.status,
          ...Object.fromEntries(settings.criteria.map((criterion) => [`score_${criterion.key}`, scores[criterion.key] ?? null])),
          weighted: row.weighted_score === null ? null : Number(row.weighted_score), comment: row.comment, submittedAt: row.submitted_at,
        };
      }),
    };
  }

  private async decisions(language: string): Promise<Sheet> {
    const { dialect } = this.context.storage;
    const rows = await this.db
      .selectFrom('selection_decision')
      .innerJoin('submission', 'submission.id', 'selection_decision.submission_id')
      .leftJoin('selection_group_member', 'selection_group_member.submission_id', 'selection_decision.submission_id')
      .leftJoin('session', 'session.id', 'selection_group_member.session_id')
      .select(['selection_decision.submission_id', 'submission.title', 'selection_decision.outcome', 'selection_decision.state', 'selection_decision.sent_at', 'session.title as workshop'])
      .where('selection_decision.edition_id', '=', this.edition.id)
      .orderBy('selection_decision.submission_id')
      .execute();
    return {
      name: 'decisions',
      columns: [
        { key: 'submissionId', header: 'submission' }, { key: 'title', header: 'title' }, { key: 'outcome', header: 'decision' }, { key: 'state', header: 'state' },
        { key: 'sentAt', header: 'sent at (UTC)' }, { key: 'workshop', header: 'workshop' },
      ],
      rows: rows.map((row) => ({
        submissionId: row.submission_id, title: readLocalized(dialect.decodeJson(row.title) as LocalizedText, language).value, outcome: row.outcome, state: row.state,
        sentAt: row.sent_at, workshop: row.workshop === null ? null : readLocalized(dialect.decodeJson(row.workshop) as LocalizedText, language).value,
      })),
    };
  }

  private async decisionMap() {
    const rows = await this.db.selectFrom('selection_decision').select(['submission_id', 'outcome']).where('edition_id', '=', this.edition.id).execute();
    return new Map(rows.map((row) => [row.submission_id, row]));
  }
}
