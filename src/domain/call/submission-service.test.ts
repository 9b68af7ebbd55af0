import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorFor, editionRow, initiativeInput, makeAccount, makeEdition, openCall, sentSubmission } from '../../../tests/factories/call.js';
import { createTestApp, type TestApp } from '../../../tests/support/test-app.js';
import { testEngine } from '../../../tests/support/test-storage.js';
import { DomainError } from '../errors.js';
import { acceptInvitation, SubmissionService, type EditionRow } from './index.js';

async function pdfBytes(): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  document.addPage().drawText('Koopera: memoria 2017');
  return document.save();
}

async function rejection(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(() => null, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

describe(`proposals to a call, on ${testEngine}`, () => {
  let harness: TestApp;
  let edition: EditionRow;
  beforeAll(async () => {
    harness = await createTestApp({ UPLOAD_DIR: mkdtempSync(join(tmpdir(), 'convergence-uploads-')) });
    await makeEdition(harness.context, { slug: 'gsef-2018-bilbao' });
    edition = await editionRow(harness.context, 'gsef-2018-bilbao');
    await openCall(harness.context, edition);
  });
  afterAll(() => harness.close());

  it('a Spanish submitter drafts, invites a co-presenter, attaches a PDF, sends, and is thanked in Spanish', async () => {
    const { context } = harness;
    const userId = await makeAccount(context, 'itziar@koopera.example');
    await context.storage.db.updateTable('user_account').set({ locale: 'es' }).where('id', '=', userId).execute();
    const service = new SubmissionService(context, await actorFor(context, userId), edition);
    const draft = await service.create(initiativeInput());
    expect(draft).toMatchObject({ status: 'draft', version: 1, language: 'es' });
    const invited = await service.invite(draft.id, { name: 'Honoré Ouantchi', email: 'Honore@Example.org' });
    expect(invited.presenters.map((presenter) => [presenter.email, presenter.invitation])).toEqual([['itziar@koopera.example', 'none'], ['honore@example.org', 'pending']]);
    const withFile = await service.attachFile(draft.id, 'brochure', 'memoria.pdf', await pdfBytes());
    expect(withFile.files).toMatchObject([{ questionKey: 'brochure', fileName: 'memoria.pdf', mediaType: 'application/pdf' }]);
    expect((await service.readFile(draft.id, withFile.files[0]!.id)).bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const sent = await service.submit(draft.id);
    expect(sent.status).toBe('submitted');
    const mails = await context.storage.db.selectFrom('mail_outbox').select(['recipient', 'template', 'locale', 'subject', 'text_body']).orderBy('created_at').execute();
    const invitation = mails.find((mail) => mail.template === 'presenter-invitation')!;
    expect(invitation).toMatchObject({ recipient: 'honore@example.org', locale: 'es' });
    expect(mails.find((mail) => mail.template === 'submission-received')).toMatchObject({ recipient: 'itziar@koopera.example', locale: 'es', subject: 'Hemos recibido su propuesta: Koopera: reciclaje textil e inserción laboral' });

    const token = /invitations\/([\w-]+)/.exec(invitation.text_body)![1]!;
    const honoreId = await makeAccount(context, 'honore@example.org');
    const honore = await actorFor(context, honoreId);
    expect((await rejection(new SubmissionService(context, honore, edition).get(draft.id))).kind).toBe('not_found');
    await acceptInvitation(context, honore, token);
    expect((await new SubmissionService(context, honore, edition).get(draft.id)).presenters[1]).toMatchObject({ userId: honoreId, invitation: 'accepted' });
    expect((await rejection(acceptInvitation(context, honore, token))).kind).toBe('not_found');
  });

  it('sending an incomplete draft names every missing field, and the draft stays as it was', async () => {
    const userId = await makeAccount(harness.context, 'incomplete@example.org');
    const service = new SubmissionService(harness.context, await actorFor(harness.context, userId), edition);
    const draft = await service.create({ kind: 'initiative', language: 'fr', title: { original: 'fr', text: { fr: 'Monnaie locale' } } });
    const error = await rejection(service.submit(draft.id));
    expect(error.fields.map((field) => field.path)).toEqual(['summary', 'organisationName', 'country', 'answers.scale']);
    expect(await service.get(draft.id)).toMatchObject({ status: 'draft', title: { text: { fr: 'Monnaie locale' } } });
  });

  it('bad answers are named by field: an unknown question, a choice not offered, a text too long', async () => {
    const userId = await makeAccount(harness.context, 'bad-answers@example.org');
    const service = new SubmissionService(harness.context, await actorFor(harness.context, userId), edition);
    const error = await rejection(service.create(initiativeInput({ answers: { scale: 'planetary', budget: '3', partners: 'x'.repeat(2001) } })));
    expect(error.fields.map((field) => field.path).sort()).toEqual(['answers.budget', 'answers.partners', 'answers.scale']);
  });

  it('a save from a page opened before another save is refused, and the newer text is kept', async () => {
    const { userId, submission } = await sentSubmission(harness.context, edition, 'two-tabs@example.org');
    const service = new SubmissionService(harness.context, await actorFor(harness.context, userId), edition);
    const newer = await service.update(submission.id, { ...initiativeInput({ city: 'Getxo' }), version: submission.version });
    const error = await rejection(service.update(submission.id, { ...initiativeInput({ city: 'Donostia' }), version: submission.version }));
    expect(error).toMatchObject({ kind: 'conflict', fields: [{ path: 'version' }] });
    expect((await service.get(submission.id)).city).toBe(newer.city);
  });

  it('a file is judged by its content: an HTML page named .pdf is refused', async () => {
    const { userId, submission } = await sentSubmission(harness.context, edition, 'disguise@example.org');
    const service = new SubmissionService(harness.context, await actorFor(harness.context, userId), edition);
    const error = await rejection(service.attachFile(submission.id, 'brochure', 'memoria.pdf', new TextEncoder().encode('<html><script>alert(1)</script></html>')));
    expect(error.fields[0]?.path).toBe('file');
    expect((await service.get(submission.id)).files).toEqual([]);
  });

  it('another submitter never learns a draft exists, and nobody changes a proposal after the deadline', async () => {
    const { submission } = await sentSubmission(harness.context, edition, 'owner@example.org');
    const strangerId = await makeAccount(harness.context, 'stranger@example.org');
    const stranger = new SubmissionService(harness.context, await actorFor(harness.context, strangerId), edition);
    expect((await rejection(stranger.get(submission.id))).kind).toBe('not_found');
    expect((await stranger.listMine()).map((view) => view.id)).not.toContain(submission.id);

    const late = await createTestApp();
    try {
      await makeEdition(late.context, { slug: 'late-forum' });
      const lateEdition = await editionRow(late.context, 'late-forum');
      await openCall(late.context, lateEdition);
      const { userId, submission: lateSubmission } = await sentSubmission(late.context, lateEdition, 'late@example.org');
      late.clock.advance(40 * 86_400_000);
      const service = new SubmissionService(late.context, await actorFor(late.context, userId), lateEdition);
      expect((await rejection(service.update(lateSubmission.id, { ...initiativeInput(), version: lateSubmission.version }))).fields[0]?.path).toBe('deadline');
      expect((await rejection(service.create(initiativeInput()))).kind).toBe('conflict');
    } finally {
      await late.close();
    }
  });
});
