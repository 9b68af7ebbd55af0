import { OrganiserService } from '../edition/organiser-service.js';
import { instant } from '../../db/clock.js';
import { recordChange } from '../audit/index.js';
import { mailLanguageFor, queueMail, renderMail, type MailLanguage } from '../mail/index.js';
import { readLocalized, type LocalizedText } from '../text/localized-text.js';
import type { DecisionOutcome } from './tables.js';

export interface DecisionMailPreview {
  submissionId: string;
  outcome: DecisionOutcome;
  recipient: string;
  locale: MailLanguage;
  subject: string;
  body: string;
}

const templateOf = { accepted: 'decision-accepted', rejected: 'decision-rejected', waitlisted: 'decision-waitlisted' } as const;

/** Drafted decisions become mails, one per presenter, each in the reader's language; organisers see them all before sending. */
export class DecisionMailing extends OrganiserService {

  /** Every mail that "send" would queue, rendered. */
  async preview(): Promise<DecisionMailPreview[]> {
    return (await this.drafted()).map(({ preview }) => preview);
  }

  /** Queues the mails and marks the decisions sent, all at once or not at all. */
  async send(): Promise<{ decisions: number; mails: number }> {
    const drafted = await this.drafted();
    const submissionIds = [...new Set(drafted.map(({ preview }) => preview.submissionId))];
    const now = instant(this.context.clock.now());
    await this.db.transaction().execute(async (transaction) => {
      for (const { preview, params } of drafted) {
        await queueMail(transaction, this.context.clock, { recipient: preview.recipient, locale: preview.locale, template: templateOf[preview.outcome], params });
      }
      if (submissionIds.length > 0) {
        await transaction.updateTable('selection_decision').set({ state: 'sent', sent_at: now }).where('submission_id', 'in', submissionIds).where('state', '=', 'draft').execute();
      }
      await recordChange(transaction, this.context.clock, this.actor, { editionId: this.edition.id, action: 'update', entityType: 'selection_decision', entityId: this.edition.id, before: null, after: { sent: submissionIds.length } });
    });
    return { decisions: submissionIds.length, mails: drafted.length };
  }

  private async drafted() {
    const { dialect } = this.context.storage;
    const rows = await this.db
      .selectFrom('selection_decision')
      .innerJoin('submission', 'submission.id', 'selection_decision.submission_id')
      .select(['selection_decision.submission_id', 'selection_decision.outcome', 'selection_decision.note', 'submission.title', 'submission.language'])
      .where('selection_decision.edition_id', '=', this.edition.id)
      .where('selection_decision.state', '=', 'draft')
      .orderBy('selection_decision.submission_id')
      .execute();
    if (rows.length === 0) return [];
    const presenters = await this.db
      .selectFrom('submission_presenter')
      .leftJoin('user_account', 'user_account.id', 'submission_presenter.user_id')
      .select(['submission_presenter.submission_id', 'submission_presenter.name', 'submission_presenter.email', 'submission_presenter.accepted_at', 'user_account.locale'])
      .where('submission_presenter.submission_id', 'in', rows.map((row) => row.submission_id))
      .orderBy('submission_presenter.position')
      .execute();
    const forum = dialect.decodeJson(this.edition.name) as LocalizedText;
    const publicUrl = this.context.config.publicUrl;
    return rows.flatMap((row) => {
      const title = dialect.decodeJson(row.title) as LocalizedText;
      const note = row.note === null ? null : (dialect.decodeJson(row.note) as LocalizedText);
      return presenters
        .filter((presenter) => presenter.submission_id === row.submission_id && presenter.accepted_at !== null)
        .map((presenter) => {
          const locale = mailLanguageFor(presenter.locale ?? row.language);
          const url = row.outcome === 'rejected' ? `${publicUrl}/editions/${this.edition.slug}` : `${publicUrl}/editions/${this.edition.slug}/call/submissions/${row.submission_id}`;
          const params = {
            displayName: presenter.name, title: readLocalized(title, locale).value, forum: readLocalized(forum, locale).value,
            note: note ? readLocalized(note, locale).value : '', url,
          };
          const rendered = renderMail(templateOf[row.outcome], locale, params);
          return {
            params,
            preview: { submissionId: row.submission_id, outcome: row.outcome, recipient: presenter.email, locale, subject: rendered.subject, body: rendered.textBody } satisfies DecisionMailPreview,
          };
        });
    });
  }
}
