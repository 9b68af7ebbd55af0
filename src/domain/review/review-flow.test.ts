import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorFor, editionRow, makeEdition, makeReviewer, openCall, sentSubmission, setUpReview } from '../../../tests/factories/call.js';
import { createTestApp, type TestApp } from '../../../tests/support/test-app.js';
import { testEngine } from '../../../tests/support/test-storage.js';
import { anonymousActor, systemActor } from '../accounts/index.js';
import type { EditionRow } from '../call/index.js';
import { SubmissionService } from '../call/index.js';
import { ReviewBoard, ReviewerDesk, saveReviewSettings } from './index.js';

describe(`the review, on ${testEngine}`, () => {
  let harness: TestApp;
  let edition: EditionRow;
  let koopera: string;
  let sofiaId: string;
  let marcId: string;
  let lucieId: string;
  let board: ReviewBoard;

  beforeAll(async () => {
    harness = await createTestApp();
    const { context } = harness;
    await makeEdition(context, { slug: 'gsef-2018-bilbao' });
    edition = await editionRow(context, 'gsef-2018-bilbao');
    await openCall(context, edition);
    await setUpReview(context, edition);
    koopera = (await sentSubmission(context, edition, 'itziar@koopera.example', {
      summary: { original: 'es', text: { es: 'Itziar Etxeberria presenta Koopera (https://koopera.org), la cooperativa de Bilbao que recicla ropa.' } },
    })).submission.id;
    const submitter = (await context.storage.db.selectFrom('submission').select('owner_user_id').where('id', '=', koopera).executeTakeFirstOrThrow()).owner_user_id;
    await context.storage.db.updateTable('user_account').set({ display_name: 'Itziar Etxeberria' }).where('id', '=', submitter).execute();
    await context.storage.db.updateTable('submission_presenter').set({ name: 'Itziar Etxeberria' }).where('submission_id', '=', koopera).execute();
    sofiaId = await makeReviewer(context, edition, 'sofia@ripess.example', { languages: ['es', 'fr'] });
    marcId = await makeReviewer(context, edition, 'marc@koopera.example', { languages: ['es'], organisationName: 'KOOPERA' });
    lucieId = await makeReviewer(context, edition, 'lucie@example.org', { languages: ['fr', 'en'] });
    board = new ReviewBoard(context, systemActor, edition);
  });
  afterAll(() => harness.close());

  it('a reviewer from the proposal’s own organisation is detected and never assigned', async () => {
    const found = await board.detectConflicts();
    expect(found.detected).toBeGreaterThanOrEqual(1);
    expect((await board.listConflicts()).map((entry) => [entry.reviewerEmail, entry.reasons[0]?.code])).toContainEqual(['marc@koopera.example', 'same_organisation']);
    await expect(board.assign([{ submissionId: koopera, reviewerUserId: marcId }], 'manual')).rejects.toMatchObject({ kind: 'conflict' });
    const suggestion = await board.suggestAssignments();
    expect(suggestion.assignments.map((pair) => pair.userId)).toEqual([sofiaId]);
    expect(suggestion.shortfalls).toEqual([expect.objectContaining({ submissionId: koopera, missing: 1 })]);
    await board.assign(suggestion.assignments.map((pair) => ({ submissionId: pair.submissionId, reviewerUserId: pair.userId })), 'suggested');
    const marc = new ReviewerDesk(harness.context, await actorFor(harness.context, marcId), edition);
    expect(await marc.list()).toEqual([]);
    await expect(marc.get(koopera)).rejects.toMatchObject({ kind: 'not_found' });
  });

  it('an anonymous review hides the names, organisation and links, even inside the description', async () => {
    const sofia = new ReviewerDesk(harness.context, await actorFor(harness.context, sofiaId), edition);
    const entry = await sofia.get(koopera);
    const shown = JSON.stringify(entry.proposal);
    expect(shown).not.toMatch(/Itziar|Etxeberria|koopera/i);
    expect(entry.proposal.summary?.text.es).toContain('[organisation]');
    expect(entry.proposal).toMatchObject({ anonymous: true, country: 'ES', organisationKind: 'cooperative', presenters: [] });
  });

  it('other reviewers’ scores stay hidden until the reviewer submits their own; the score is weighted', async () => {
    await board.assign([{ submissionId: koopera, reviewerUserId: lucieId }], 'manual');
    const sofia = new ReviewerDesk(harness.context, await actorFor(harness.context, sofiaId), edition);
    const lucie = new ReviewerDesk(harness.context, await actorFor(harness.context, lucieId), edition);
    await lucie.save(koopera, { scores: { relevance: 5, impact: 2 }, comment: 'Très pertinent', submit: true });
    const before = await sofia.get(koopera);
    expect(before.others).toBeNull();
    await expect(sofia.save(koopera, { scores: { relevance: 4 }, submit: true })).rejects.toMatchObject({ fields: [{ path: 'scores.impact' }] });
    const after = await sofia.save(koopera, { scores: { relevance: 4, impact: 1 }, comment: 'Bien', submit: true });
    expect(after.own).toMatchObject({ status: 'submitted', weightedScore: 3 });
    expect(after.others).toEqual([{ scores: { relevance: 5, impact: 2 }, comment: 'Très pertinent', weightedScore: 4 }]);
    expect((await board.ranking())[0]).toMatchObject({ submissionId: koopera, score: 3.5, reviewCount: 2 });
  });

  it('a declared conflict takes the proposal off the reviewer’s desk at once, review included', async () => {
    const { submission } = await sentSubmission(harness.context, edition, 'other@example.org', { title: { original: 'es', text: { es: 'Moneda social' } } });
    await board.assign([{ submissionId: submission.id, reviewerUserId: sofiaId }], 'manual');
    const sofia = new ReviewerDesk(harness.context, await actorFor(harness.context, sofiaId), edition);
    await sofia.save(submission.id, { scores: { relevance: 2 } });
    await sofia.declareConflict(submission.id, { reason: 'I advised this project' });
    expect((await sofia.list()).map((entry) => entry.proposal.id)).not.toContain(submission.id);
    await expect(sofia.get(submission.id)).rejects.toMatchObject({ kind: 'not_found' });
    expect(await harness.context.storage.db.selectFrom('review').select('id').where('submission_id', '=', submission.id).execute()).toEqual([]);
  });

  it('outside every review phase, a review cannot be saved', async () => {
    await saveReviewSettings(harness.context, systemActor, edition, {
      anonymous: true, criteria: [{ key: 'relevance', label: { original: 'en', text: { en: 'Relevance' } }, weight: 1 }],
      phases: [{ name: { original: 'en', text: { en: 'First round' } }, startsAt: '2026-05-01T00:00:00Z', endsAt: '2026-05-15T00:00:00Z' }],
    });
    const sofia = new ReviewerDesk(harness.context, await actorFor(harness.context, sofiaId), edition);
    await expect(sofia.save(koopera, { scores: { relevance: 3 } })).rejects.toMatchObject({ kind: 'conflict', fields: [{ path: 'phase' }] });
  });

  it('a submitter or a reviewer of another forum has no desk here', async () => {
    const submitter = await actorFor(harness.context, (await sentSubmission(harness.context, edition, 'curious@example.org')).userId);
    expect(() => new ReviewerDesk(harness.context, submitter, edition)).toThrow(expect.objectContaining({ kind: 'forbidden' }));
    await makeEdition(harness.context, { slug: 'gsef-2021-mexico' });
    const other = await editionRow(harness.context, 'gsef-2021-mexico');
    const elsewhere = await makeReviewer(harness.context, other, 'elsewhere@example.org');
    expect(() => new ReviewerDesk(harness.context, anonymousActor, edition)).toThrow(expect.objectContaining({ kind: 'unauthenticated' }));
    const actor = await actorFor(harness.context, elsewhere);
    expect(() => new ReviewerDesk(harness.context, actor, edition)).toThrow(expect.objectContaining({ kind: 'forbidden' }));
    expect(() => new ReviewBoard(harness.context, actor, edition)).toThrow(expect.objectContaining({ kind: 'forbidden' }));
    await expect(new SubmissionService(harness.context, actor, edition).get(koopera)).rejects.toMatchObject({ kind: 'not_found' });
  });
});
