import { instant } from '../../db/clock.js';
import { encodeJson } from '../../db/database.js';
import { newId } from '../../db/ids.js';
import type { Actor } from '../accounts/actor.js';
import { recordChange } from '../audit/index.js';
import type { AppContext } from '../context.js';
import { canManageEdition } from '../edition/rules.js';
import type { EditionRow } from '../edition/organiser-service.js';
import { forbidden, notFound } from '../errors.js';
import type { LocalizedText } from '../text/localized-text.js';
import { parseInput } from '../validation.js';
import { deadlineInstant } from './call-deadline.js';
import { callInputSchema, type CallInput } from './call-schemas.js';
import { canSeeCall } from './rules.js';
import type { CallStatus, QuestionKind, SubmissionKind } from './tables.js';

export type { EditionRow };

export interface CallQuestionView {
  key: string;
  kind: QuestionKind;
  label: LocalizedText;
  help: LocalizedText | null;
  choices: { value: string; label: LocalizedText }[] | null;
  required: boolean;
  forKinds: SubmissionKind[];
  maxLength: number | null;
}

export interface CallView {
  id: string;
  editionId: string;
  editionSlug: string;
  editionName: LocalizedText;
  timeZone: string;
  status: CallStatus;
  intro: LocalizedText | null;
  deadline: string;
  /** Open and before its deadline: submissions may be created and changed. */
  acceptsChanges: boolean;
  submissionKinds: SubmissionKind[];
  sdgs: number[];
  themes: { id: string; code: string; name: LocalizedText }[];
  questions: CallQuestionView[];
}

/** The edition's call for proposals: organisers write it, everybody reads it once it is open. */
export class CallService {
  constructor(
    private readonly context: AppContext,
    private readonly actor: Actor,
    private readonly edition: EditionRow,
  ) {}

  async get(): Promise<CallView> {
    const view = await this.find();
    if (!view || !canSeeCall(this.actor, this.edition.id, view.status)) throw notFound('call');
    return view;
  }

  /** Creates or replaces the call and its questions; questions keep their identity by key. */
  async save(raw: CallInput): Promise<CallView> {
    if (!canManageEdition(this.actor, this.edition.id)) throw forbidden();
    const input = parseInput(callInputSchema, raw);
    const deadline = deadlineInstant(input.deadline, this.edition.time_zone);
    const { db } = this.context.storage;
    const before = await this.find();
    const now = instant(this.context.clock.now());
    await db.transaction().execute(async (transaction) => {
      const callId = before?.id ?? newId();
      const columns = {
        status: input.status, intro: input.intro ? encodeJson(input.intro) : null, deadline_at: deadline,
        submission_kinds: encodeJson(input.submissionKinds), sdgs: encodeJson([...new Set(input.sdgs)].sort((a, b) => a - b)), updated_at: now,
      };
      if (before) await transaction.updateTable('call_for_proposals').set(columns).where('id', '=', callId).execute();
      else await transaction.insertInto('call_for_proposals').values({ id: callId, edition_id: this.edition.id, created_at: now, ...columns }).execute();
      await transaction.deleteFrom('call_question').where('call_id', '=', callId).execute();
      if (input.questions.length > 0) {
        await transaction
          .insertInto('call_question')
          .values(input.questions.map((question, position) => ({
            id: newId(), call_id: callId, key: question.key, kind: question.kind, label: encodeJson(question.label),
            help: question.help ? encodeJson(question.help) : null, choices: question.choices ? encodeJson(question.choices) : null,
            required: question.required, for_kinds: encodeJson(question.forKinds), max_length: question.maxLength, position,
          })))
          .execute();
      }
      await recordChange(transaction, this.context.clock, this.actor, {
        editionId: this.edition.id, action: before ? 'update' : 'create', entityType: 'call_for_proposals', entityId: callId, before: before ?? null, after: input,
      });
    });
    return (await this.find())!;
  }

  async find(): Promise<CallView | null> {
    const { db, dialect } = this.context.storage;
    const call = await db.selectFrom('call_for_proposals').selectAll().where('edition_id', '=', this.edition.id).executeTakeFirst();
    if (!call) return null;
    const [questions, themes] = await Promise.all([
      db.selectFrom('call_question').selectAll().where('call_id', '=', call.id).orderBy('position').execute(),
      db.selectFrom('theme').select(['id', 'code', 'name']).where('edition_id', '=', this.edition.id).orderBy('code').execute(),
    ]);
    const json = <T>(value: unknown) => dialect.decodeJson(value) as T;
    return {
      id: call.id, editionId: this.edition.id, editionSlug: this.edition.slug, editionName: json<LocalizedText>(this.edition.name), timeZone: this.edition.time_zone,
      status: call.status, intro: call.intro === null ? null : json<LocalizedText>(call.intro), deadline: call.deadline_at,
      acceptsChanges: call.status === 'open' && this.context.clock.now().toISOString() < call.deadline_at,
      submissionKinds: json<SubmissionKind[]>(call.submission_kinds), sdgs: json<number[]>(call.sdgs),
      themes: themes.map((theme) => ({ id: theme.id, code: theme.code, name: json<LocalizedText>(theme.name) })),
      questions: questions.map((question) => ({
        key: question.key, kind: question.kind, label: json<LocalizedText>(question.label), help: question.help === null ? null : json<LocalizedText>(question.help),
        choices: question.choices === null ? null : json<CallQuestionView['choices']>(question.choices), required: dialect.decodeBoolean(question.required),
        forKinds: json<SubmissionKind[]>(question.for_kinds), maxLength: question.max_length,
      })),
    };
  }
}
