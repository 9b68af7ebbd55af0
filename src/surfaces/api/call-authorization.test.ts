import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorFor, editionRow, initiativeInput, makeAccount, makeEdition, makeReviewer, openCall, sentSubmission, setUpReview } from '../../../tests/factories/call.js';
import { testPassword } from '../../../tests/factories/forum.js';
import { createTestApp, type TestApp } from '../../../tests/support/test-app.js';
import { TestClient } from '../../../tests/support/test-client.js';
import { testEngine } from '../../../tests/support/test-storage.js';
import { grantEditionRole, systemActor } from '../../domain/accounts/index.js';
import { acceptInvitation, SubmissionService } from '../../domain/call/index.js';
import { ReviewBoard, ReviewerDesk } from '../../domain/review/index.js';

const personas = ['anonymous', 'submitter', 'coPresenter', 'otherSubmitter', 'reviewer', 'conflictedReviewer', 'otherForumReviewer', 'speaker', 'otherOrganiser', 'organiser'] as const;
type Persona = (typeof personas)[number];

/** Words only the people allowed may ever read: a draft's title, a review's comment. */
const secrets = ['Cooperativa secreta de vivienda', 'Comentario confidencial del jurado', 'memoria-secreta.pdf'];

interface Probe {
  method: 'GET' | 'POST' | 'PUT';
  path: () => string;
  json?: unknown;
  allowed: Persona[];
  /** The rightful people of a write, left out so the probe changes nothing the next one reads. */
  skip?: Persona[];
}

describe(`call, review and selection routes tried by the wrong person, on ${testEngine}`, () => {
  let harness: TestApp;
  const clients = {} as Record<Persona, TestClient>;
  const ids = { draft: '', sent: '', file: '' };

  beforeAll(async () => {
    harness = await createTestApp({ UPLOAD_DIR: mkdtempSync(join(tmpdir(), 'convergence-uploads-')) });
    const { context } = harness;
    await makeEdition(context, { slug: 'gsef-2018-bilbao' });
    await makeEdition(context, { slug: 'gsef-2021-mexico', timeZone: 'America/Mexico_City' });
    const edition = await editionRow(context, 'gsef-2018-bilbao');
    const other = await editionRow(context, 'gsef-2021-mexico');
    await openCall(context, edition);
    await setUpReview(context, edition);

    const submitterId = await makeAccount(context, 'submitter@koopera.example');
    const submitter = new SubmissionService(context, await actorFor(context, submitterId), edition);
    const draft = await submitter.create(initiativeInput({ title: { original: 'es', text: { es: 'Cooperativa secreta de vivienda' } } }));
    const document = await PDFDocument.create();
    document.addPage();
    ids.file = (await submitter.attachFile(draft.id, 'brochure', 'memoria-secreta.pdf', await document.save())).files[0]!.id;
    ids.draft = draft.id;
    const invited = await submitter.invite(draft.id, { name: 'Co Presenter', email: 'co@example.org' });
    void invited;
    const token = /invitations\/([\w-]+)/.exec((await context.storage.db.selectFrom('mail_outbox').select('text_body').where('template', '=', 'presenter-invitation').executeTakeFirstOrThrow()).text_body)![1]!;
    const coId = await makeAccount(context, 'co@example.org');
    await acceptInvitation(context, await actorFor(context, coId), token);
    await submitter.submit(draft.id);
    ids.sent = draft.id;
    await sentSubmission(context, edition, 'other-submitter@example.org');

    const reviewerId = await makeReviewer(context, edition, 'reviewer@example.org');
    await makeReviewer(context, edition, 'conflicted@koopera.example', { organisationName: 'Koopera' });
    await makeReviewer(context, other, 'mexico-reviewer@example.org');
    const board = new ReviewBoard(context, systemActor, edition);
    await board.detectConflicts();
    await board.assign([{ submissionId: ids.sent, reviewerUserId: reviewerId }], 'manual');
    await new ReviewerDesk(context, await actorFor(context, reviewerId), edition).save(ids.sent, { scores: { relevance: 4, impact: 3 }, comment: 'Comentario confidencial del jurado', submit: true });

    await makeAccount(context, 'speaker@example.org', { editionId: edition.id, role: 'speaker' });
    await makeAccount(context, 'organiser@example.org', { editionId: edition.id, role: 'organiser' });
    await makeAccount(context, 'other-organiser@example.org', { editionId: other.id, role: 'organiser' });
    await grantEditionRole(context, systemActor, other.id, { email: 'mexico-reviewer@example.org', role: 'reviewer' });

    const emails: Record<Exclude<Persona, 'anonymous'>, string> = {
      submitter: 'submitter@koopera.example', coPresenter: 'co@example.org', otherSubmitter: 'other-submitter@example.org', reviewer: 'reviewer@example.org',
      conflictedReviewer: 'conflicted@koopera.example', otherForumReviewer: 'mexico-reviewer@example.org', speaker: 'speaker@example.org',
      otherOrganiser: 'other-organiser@example.org', organiser: 'organiser@example.org',
    };
    for (const [persona, email] of Object.entries(emails)) {
      clients[persona as Persona] = new TestClient(harness.app);
      expect((await clients[persona as Persona].signIn(email, testPassword)).status).toBe(200);
    }
    clients.anonymous = new TestClient(harness.app);
  });
  afterAll(() => harness.close());

  const forum = '/api/v1/editions/gsef-2018-bilbao';
  const ownPeople: Persona[] = ['submitter', 'coPresenter'];
  const probes: Probe[] = [
    { method: 'GET', path: () => `${forum}/submissions/${ids.sent}`, allowed: [...ownPeople, 'organiser'] },
    { method: 'GET', path: () => `${forum}/submissions/${ids.sent}/files/${ids.file}`, allowed: [...ownPeople, 'organiser'] },
    { method: 'PUT', path: () => `${forum}/submissions/${ids.sent}`, json: { ...initiativeInput({ title: { original: 'es', text: { es: 'Hijacked' } } }), version: 1 }, allowed: [], skip: ownPeople },
    { method: 'POST', path: () => `${forum}/submissions/${ids.sent}/presenters`, json: { name: 'Intruder', email: 'intruder@example.org' }, allowed: [], skip: ownPeople },
    { method: 'POST', path: () => `${forum}/submissions/${ids.sent}/withdraw`, allowed: [], skip: ownPeople },
    { method: 'POST', path: () => `${forum}/submissions/${ids.sent}/confirm`, allowed: [], skip: ownPeople },
    { method: 'GET', path: () => `${forum}/call/submissions`, allowed: ['organiser'] },
    { method: 'GET', path: () => `${forum}/review/settings`, allowed: ['organiser'] },
    { method: 'PUT', path: () => `${forum}/review/settings`, json: { anonymous: false, criteria: [{ key: 'x', label: { original: 'en', text: { en: 'X' } }, weight: 1 }] }, allowed: [], skip: ['organiser'] },
    { method: 'GET', path: () => `${forum}/review/reviewers`, allowed: ['organiser'] },
    { method: 'GET', path: () => `${forum}/review/conflicts`, allowed: ['organiser'] },
    { method: 'GET', path: () => `${forum}/review/assignments`, allowed: ['organiser'] },
    { method: 'POST', path: () => `${forum}/review/assignments/suggestion`, allowed: ['organiser'] },
    { method: 'GET', path: () => `${forum}/review/ranking`, allowed: ['organiser'] },
    { method: 'GET', path: () => `${forum}/reviews`, allowed: ['reviewer', 'conflictedReviewer'] },
    { method: 'GET', path: () => `${forum}/reviews/${ids.sent}`, allowed: ['reviewer'] },
    { method: 'PUT', path: () => `${forum}/reviews/${ids.sent}`, json: { scores: { relevance: 0, impact: 0 }, comment: 'sabotage' }, allowed: [], skip: ['reviewer'] },
    { method: 'POST', path: () => `${forum}/reviews/${ids.sent}/conflict`, json: { reason: 'none really' }, allowed: [], skip: ['reviewer'] },
    { method: 'GET', path: () => `${forum}/selection`, allowed: ['organiser'] },
    { method: 'GET', path: () => `${forum}/selection/targets`, allowed: ['organiser'] },
    { method: 'GET', path: () => `${forum}/selection/mails`, allowed: ['organiser'] },
    { method: 'GET', path: () => `${forum}/selection/groups`, allowed: ['organiser'] },
    { method: 'POST', path: () => `${forum}/selection/mails`, allowed: [], skip: ['organiser'] },
    { method: 'GET', path: () => `${forum}/selection/exports/submissions.csv`, allowed: ['organiser'] },
    { method: 'GET', path: () => `${forum}/selection/exports/reviews.csv`, allowed: ['organiser'] },
    { method: 'GET', path: () => `${forum}/selection/exports/call.xlsx`, allowed: ['organiser'] },
  ];

  it.each(probes.map((probe) => [`${probe.method} ${probe.path().replace(/[0-9A-Z]{26}/g, ':id')}`, probe] as const))('%s', async (_name, probe) => {
    for (const persona of personas) {
      if (probe.skip?.includes(persona)) continue;
      const response = await clients[persona].request(probe.method, probe.path(), probe.json === undefined ? {} : { json: probe.json });
      const body = await response.text();
      if (probe.allowed.includes(persona)) {
        expect(response.status, `${persona} ${probe.method} ${probe.path()}`).toBeLessThan(300);
      } else {
        expect([401, 403, 404], `${persona} ${probe.method} ${probe.path()}: ${response.status} ${body.slice(0, 200)}`).toContain(response.status);
        for (const secret of secrets) expect(body, `${persona} ${probe.method} ${probe.path()}`).not.toContain(secret);
      }
    }
  });

  it('a conflicted reviewer’s desk is empty: no title, no count, no trace of the proposal', async () => {
    const response = await clients.conflictedReviewer.get(`${forum}/reviews`);
    expect(await response.json()).toEqual([]);
    const reviewer = await (await clients.reviewer.get(`${forum}/reviews`)).json() as { proposal: { id: string; anonymous: boolean; presenters: unknown[] } }[];
    expect(reviewer.map((entry) => entry.proposal.id)).toEqual([ids.sent]);
    expect(reviewer[0]!.proposal.presenters).toEqual([]);
  });

  it('public search finds neither proposals nor reviews', async () => {
    for (const persona of ['anonymous', 'reviewer', 'conflictedReviewer', 'speaker'] as const) {
      for (const words of ['Cooperativa secreta', 'Comentario confidencial']) {
        const body = await (await clients[persona].get(`/api/v1/search?q=${encodeURIComponent(words)}`)).text();
        for (const secret of secrets) expect(body).not.toContain(secret);
      }
    }
  });

  it('a forged form post without the CSRF token changes nothing', async () => {
    const response = await clients.submitter.request('POST', `${forum}/submissions/${ids.sent}/withdraw`, { withoutCsrf: true });
    expect(response.status).toBe(403);
    expect((await (await clients.submitter.get(`${forum}/submissions/${ids.sent}`)).json()).status).toBe('submitted');
  });
});
