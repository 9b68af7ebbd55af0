import { instant } from '../../db/clock.js';
import { encodeJson, type Db } from '../../db/database.js';
import { newId } from '../../db/ids.js';
import type { Actor } from '../accounts/actor.js';
import { newSecretToken, tokenDigest } from '../accounts/tokens.js';
import { recordChange } from '../audit/index.js';
import type { AppContext } from '../context.js';
import { canManageEdition } from '../edition/rules.js';
import { conflict, DomainError, forbidden, invalid, notFound } from '../errors.js';
import { mailLanguageFor, queueMail } from '../mail/index.js';
import { readLocalized } from '../text/localized-text.js';
import { parseInput } from '../validation.js';
import { describeDeadline } from './call-deadline.js';
import { invitationInputSchema, submissionInputSchema, submissionUpdateSchema, type InvitationInput, type SubmissionInput, type SubmissionUpdate } from './call-schemas.js';
import { CallService, type CallView, type EditionRow } from './call-service.js';
import { canEditSubmission, canReadSubmission } from './rules.js';
import { answerProblems, completenessProblems } from './submission-completeness.js';
import { acceptedPresenterUserIds, loadSubmissionViews, type SubmissionView } from './submission-view.js';
import { defaultUploadPolicy, inspectUpload, UploadStore } from './uploads/index.js';

/**
 * A submitter's proposals to an edition's call: drafts, co-presenters, files, sending. Every method
 * checks who asks; someone who may not read a submission is told it does not exist.
 */
export class SubmissionService {
  constructor(
    private readonly context: AppContext,
    private readonly actor: Actor,
    private readonly edition: EditionRow,
  ) {}

  private get db(): Db {
    return this.context.storage.db;
  }

  async listMine(): Promise<SubmissionView[]> {
    const userId = this.requireUser();
    const owned = this.db.selectFrom('submission').select('id').where('edition_id', '=', this.edition.id).where('owner_user_id', '=', userId);
    const presented = this.db
      .selectFrom('submission_presenter')
      .innerJoin('submission', 'submission.id', 'submission_presenter.submission_id')
      .select('submission.id')
      .where('submission.edition_id', '=', this.edition.id)
      .where('submission_presenter.user_id', '=', userId)
      .where('submission_presenter.accepted_at', 'is not', null);
    const ids = (await owned.union(presented).execute()).map((row) => row.id);
    const views = await loadSubmissionViews(this.db, this.context.storage.dialect, ids);
    return views.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }

  /** Every sent submission (and drafts, when asked), for organisers. */
  async listAll(options: { includeDrafts?: boolean } = {}): Promise<SubmissionView[]> {
    if (!canManageEdition(this.actor, this.edition.id)) throw forbidden();
    let query = this.db.selectFrom('submission').select('id').where('edition_id', '=', this.edition.id).orderBy('submitted_at').orderBy('id');
    if (!options.includeDrafts) query = query.where('status', '=', 'submitted');
    const ids = (await query.execute()).map((row) => row.id);
    return loadSubmissionViews(this.db, this.context.storage.dialect, ids);
  }

  async get(submissionId: string): Promise<SubmissionView> {
    const [view] = await loadSubmissionViews(this.db, this.context.storage.dialect, [submissionId]);
    if (!view || view.editionId !== this.edition.id || !canReadSubmission(this.actor, this.accessFacts(view))) throw notFound('submission');
    return view;
  }

  async create(raw: SubmissionInput): Promise<SubmissionView> {
    const userId = this.requireUser();
    const call = await this.openCall();
    const input = parseInput(submissionInputSchema, raw);
    const problems = answerProblems(call, input.kind, input.answers, input.themes, input.sdgs);
    if (problems.length > 0) throw invalid(problems);
    const user = await this.db.selectFrom('user_account').select(['display_name', 'email']).where('id', '=', userId).executeTakeFirstOrThrow();
    const id = newId();
    const now = instant(this.context.clock.now());
    await this.db.transaction().execute(async (transaction) => {
      await transaction.insertInto('submission').values({ id, edition_id: this.edition.id, call_id: call.id, status: 'draft', owner_user_id: userId, version: 1, submitted_at: null, created_at: now, ...this.columns(input, now) }).execute();
      await transaction.insertInto('submission_presenter').values({
        id: newId(), submission_id: id, user_id: userId, name: user.display_name, email: user.email, role: 'submitter', gender: input.gender,
        bio: input.bio ? encodeJson(input.bio) : null, invitation_token_hash: null, invited_at: null, accepted_at: now, confirmed_at: null, position: 0,
      }).execute();
    });
    return this.get(id);
  }

  /** Saves a new version; a save from a page loaded before another save is refused with 409, so nothing is overwritten unseen. */
  async update(submissionId: string, raw: SubmissionUpdate): Promise<SubmissionView> {
    const current = await this.editable(submissionId);
    const call = await this.openCall();
    const input = parseInput(submissionUpdateSchema, raw);
    if (input.kind !== current.kind) throw invalid([{ path: 'kind', message: 'the kind of a proposal cannot change; start a new one' }]);
    const problems = answerProblems(call, input.kind, input.answers, input.themes, input.sdgs);
    if (problems.length > 0) throw invalid(problems);
    const now = instant(this.context.clock.now());
    await this.db.transaction().execute(async (transaction) => {
      const result = await transaction
        .updateTable('submission')
        .set({ ...this.columns(input, now), version: current.version + 1 })
        .where('id', '=', submissionId)
        .where('version', '=', input.version)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) === 0) throw conflict('this proposal was changed elsewhere since you opened it; reload it and apply your changes again', 'version');
      if (this.actor.user) {
        await transaction
          .updateTable('submission_presenter')
          .set({ gender: input.gender, bio: input.bio ? encodeJson(input.bio) : null })
          .where('submission_id', '=', submissionId)
          .where('user_id', '=', this.actor.user.id)
          .execute();
      }
    });
    return this.get(submissionId);
  }

  /** Sends a complete draft and confirms it by mail in the submitter's language. */
  async submit(submissionId: string): Promise<SubmissionView> {
    const current = await this.editable(submissionId);
    const call = await this.openCall();
    const problems = completenessProblems(call, current);
    if (problems.length > 0) throw invalid(problems);
    if (current.status === 'submitted') return current;
    const owner = await this.db.selectFrom('user_account').select(['display_name', 'email', 'locale']).where('id', '=', current.ownerUserId).executeTakeFirstOrThrow();
    const now = instant(this.context.clock.now());
    const language = mailLanguageFor(owner.locale);
    await this.db.transaction().execute(async (transaction) => {
      await transaction.updateTable('submission').set({ status: 'submitted', submitted_at: now, updated_at: now, version: current.version + 1 }).where('id', '=', submissionId).execute();
      await queueMail(transaction, this.context.clock, {
        recipient: owner.email, locale: language, template: 'submission-received',
        params: {
          displayName: owner.display_name, title: readLocalized(current.title, language).value, forum: readLocalized(call.editionName, language).value,
          deadline: describeDeadline(call.deadline, language, this.edition.time_zone), url: this.submissionUrl(submissionId),
        },
      });
      await recordChange(transaction, this.context.clock, this.actor, { editionId: this.edition.id, action: 'update', entityType: 'submission', entityId: submissionId, before: { status: current.status }, after: { status: 'submitted' } });
    });
    return this.get(submissionId);
  }

  async withdraw(submissionId: string): Promise<SubmissionView> {
    const current = await this.editable(submissionId);
    const now = instant(this.context.clock.now());
    await this.db.updateTable('submission').set({ status: 'withdrawn', updated_at: now, version: current.version + 1 }).where('id', '=', submissionId).execute();
    return this.get(submissionId);
  }

  /** Invites a co-presenter (or, for a partner's workshop, a speaker) by mail; the link binds them once they sign in. */
  async invite(submissionId: string, raw: InvitationInput): Promise<SubmissionView> {
    const current = await this.editable(submissionId);
    const call = await this.openCall();
    const input = parseInput(invitationInputSchema, raw);
    if (current.presenters.some((presenter) => presenter.email === input.email)) throw conflict('this person is already a presenter of the proposal', 'email');
    if (current.presenters.length >= 12) throw invalid([{ path: 'email', message: 'a proposal has at most 12 presenters' }]);
    const token = newSecretToken();
    const now = instant(this.context.clock.now());
    const inviter = current.presenters.find((presenter) => presenter.userId === this.actor.user?.id)?.name ?? this.actor.user!.displayName;
    const language = mailLanguageFor(input.locale ?? current.language);
    await this.db.transaction().execute(async (transaction) => {
      await transaction.insertInto('submission_presenter').values({
        id: newId(), submission_id: submissionId, user_id: null, name: input.name, email: input.email, role: input.role, gender: null, bio: null,
        invitation_token_hash: tokenDigest(token), invited_at: now, accepted_at: null, confirmed_at: null, position: current.presenters.length,
      }).execute();
      await queueMail(transaction, this.context.clock, {
        recipient: input.email, locale: language, template: 'presenter-invitation',
        params: { name: input.name, inviter, title: readLocalized(current.title, language).value, forum: readLocalized(call.editionName, language).value, url: `${this.context.config.publicUrl}/invitations/${token}` },
      });
    });
    return this.get(submissionId);
  }

  async attachFile(submissionId: string, questionKey: string, fileName: string, bytes: Uint8Array): Promise<SubmissionView> {
    const current = await this.editable(submissionId);
    const call = await this.openCall();
    const question = call.questions.find((candidate) => candidate.key === questionKey && candidate.kind === 'file' && candidate.forKinds.includes(current.kind));
    if (!question) throw invalid([{ path: 'questionKey', message: `"${questionKey}" is not a file question of this call` }]);
    const inspected = await inspectUpload(fileName, bytes, defaultUploadPolicy);
    const store = new UploadStore(this.context.config.uploadDirectory);
    const storageKey = await store.put(bytes);
    const safeName = fileName.replace(/[\\/\u0000-\u001f]/g, '_').slice(-200) || `file.${inspected.extension}`;
    const replaced = await this.db.selectFrom('submission_file').select(['id', 'storage_key']).where('submission_id', '=', submissionId).where('question_key', '=', questionKey).execute();
    try {
      await this.db.transaction().execute(async (transaction) => {
        await transaction.deleteFrom('submission_file').where('submission_id', '=', submissionId).where('question_key', '=', questionKey).execute();
        await transaction.insertInto('submission_file').values({
          id: newId(), submission_id: submissionId, question_key: questionKey, file_name: safeName, media_type: inspected.mediaType, size: inspected.size,
          sha256: inspected.sha256, storage_key: storageKey, created_at: instant(this.context.clock.now()),
        }).execute();
        await transaction.updateTable('submission').set({ version: current.version + 1, updated_at: instant(this.context.clock.now()) }).where('id', '=', submissionId).execute();
      });
    } catch (error) {
      await store.delete(storageKey);
      throw error;
    }
    for (const old of replaced) await store.delete(old.storage_key).catch(() => undefined);
    return this.get(submissionId);
  }

  /** A file's bytes, for whoever may read the submission. */
  async readFile(submissionId: string, fileId: string): Promise<{ fileName: string; mediaType: string; bytes: Buffer }> {
    await this.get(submissionId);
    const file = await this.db.selectFrom('submission_file').selectAll().where('id', '=', fileId).where('submission_id', '=', submissionId).executeTakeFirst();
    if (!file) throw notFound('file');
    return { fileName: file.file_name, mediaType: file.media_type, bytes: await new UploadStore(this.context.config.uploadDirectory).get(file.storage_key) };
  }

  private columns(input: ReturnType<typeof submissionInputSchema.parse>, now: string) {
    return {
      kind: input.kind, language: input.language, title: encodeJson(input.title), summary: input.summary ? encodeJson(input.summary) : null,
      organisation_name: input.organisationName || null, organisation_kind: input.organisationKind, city: input.city || null, country: input.country,
      website: input.website, networks: encodeJson([...new Set(input.networks)]), themes: encodeJson([...new Set(input.themes)]), sdgs: encodeJson([...new Set(input.sdgs)].sort((a, b) => a - b)),
      answers: encodeJson(Object.fromEntries(Object.entries(input.answers).filter(([, value]) => value !== ''))), updated_at: now,
    };
  }

  private requireUser(): string {
    if (!this.actor.user) throw new DomainError('unauthenticated', 'sign in to submit a proposal');
    return this.actor.user.id;
  }

  private accessFacts(view: SubmissionView) {
    return { editionId: view.editionId, ownerUserId: view.ownerUserId, presenterUserIds: acceptedPresenterUserIds(view) };
  }

  private async editable(submissionId: string): Promise<SubmissionView> {
    this.requireUser();
    const view = await this.get(submissionId);
    if (!canEditSubmission(this.actor, this.accessFacts(view))) throw forbidden('only the people behind a proposal change it');
    if (view.status === 'withdrawn') throw conflict('this proposal was withdrawn', 'status');
    return view;
  }

  private async openCall(): Promise<CallView> {
    const call = await new CallService(this.context, this.actor, this.edition).find();
    if (!call || call.status === 'draft') throw notFound('call');
    if (!call.acceptsChanges) throw conflict(`the call closed on ${call.deadline}; proposals can no longer be changed`, 'deadline');
    return call;
  }

  private submissionUrl(submissionId: string): string {
    return `${this.context.config.publicUrl}/editions/${this.edition.slug}/call/submissions/${submissionId}`;
  }
}

/** Binds an invitation link to the signed-in account. */
export async function acceptInvitation(context: AppContext, actor: Actor, token: string): Promise<{ submissionId: string; editionSlug: string }> {
  if (!actor.user) throw new DomainError('unauthenticated', 'sign in to accept the invitation');
  const { db } = context.storage;
  const presenter = await db
    .selectFrom('submission_presenter')
    .innerJoin('submission', 'submission.id', 'submission_presenter.submission_id')
    .innerJoin('edition', 'edition.id', 'submission.edition_id')
    .select(['submission_presenter.id', 'submission_presenter.submission_id', 'submission.owner_user_id', 'edition.slug'])
    .where('submission_presenter.invitation_token_hash', '=', tokenDigest(token))
    .executeTakeFirst();
  if (!presenter) throw notFound('invitation');
  if (presenter.owner_user_id === actor.user.id) throw conflict('you submitted this proposal yourself', 'token');
  const already = await db.selectFrom('submission_presenter').select('id').where('submission_id', '=', presenter.submission_id).where('user_id', '=', actor.user.id).executeTakeFirst();
  if (already) throw conflict('you already present this proposal', 'token');
  await db
    .updateTable('submission_presenter')
    .set({ user_id: actor.user.id, accepted_at: instant(context.clock.now()), invitation_token_hash: null })
    .where('id', '=', presenter.id)
    .execute();
  return { submissionId: presenter.submission_id, editionSlug: presenter.slug };
}
