import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editionRow, makeAccount, makeEdition, makeReviewer, openCall, sentSubmission, setUpReview } from '../../../../tests/factories/call.js';
import { testPassword } from '../../../../tests/factories/forum.js';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app.js';
import { TestClient } from '../../../../tests/support/test-client.js';
import { testEngine } from '../../../../tests/support/test-storage.js';
import { systemActor } from '../../../domain/accounts/index.js';
import type { EditionRow } from '../../../domain/call/index.js';
import { ReviewBoard } from '../../../domain/review/index.js';


describe(`the call's pages for submitters and reviewers, on ${testEngine}`, () => {
  let harness: TestApp;
  let edition: EditionRow;
  const base = '/editions/gsef-2018-bilbao/call';

  async function signedIn(email: string, locale?: string): Promise<TestClient> {
    const client = new TestClient(harness.app);
    if (locale) client.cookies.set('cv_lang', locale);
    expect((await client.signIn(email, testPassword)).status).toBe(200);
    return client;
  }

  const proposalForm = (overrides: Record<string, string> = {}) => ({
    kind: 'initiative', language: 'es', title: 'Mercado social de Bilbao', summary: 'Red de economía social que organiza un mercado de consumo responsable.',
    organisationName: 'REAS Euskadi', organisationKind: 'network', city: 'Bilbao', country: 'ES', website: 'https://reaseuskadi.example', networks: 'RIPESS, REAS',
    answer_scale: 'local', answer_partners: '', gender: '', bio: '', version: '', intent: 'submit', ...overrides,
  });

  beforeAll(async () => {
    harness = await createTestApp({ UPLOAD_DIR: mkdtempSync(join(tmpdir(), 'convergence-uploads-')) });
    await makeEdition(harness.context, { slug: 'gsef-2018-bilbao' });
    edition = await editionRow(harness.context, 'gsef-2018-bilbao');
    await openCall(harness.context, edition);
    await setUpReview(harness.context, edition);
  });
  afterAll(() => harness.close());

  it('the call reads in Spanish with its deadline in the forum’s zone and the reader’s', async () => {
    const client = new TestClient(harness.app);
    client.cookies.set('cv_lang', 'es');
    client.cookies.set('cv_tz', 'America/Mexico_City');
    const page = await (await client.get(base)).text();
    expect(page).toContain('Convocatoria de propuestas');
    expect(page).toContain('1 de abril de 2026 a las 23:59 (Europe/Madrid)');
    expect(page).toContain('su hora: 1 de abril de 2026 a las 15:59 (America/Mexico_City)');
    expect(page).toContain('Inicie sesión para enviar una propuesta');
  });

  it('a refused send keeps every typed word in the page, names the fields, and saves the draft', async () => {
    await makeAccount(harness.context, 'ane@reas.example');
    const client = await signedIn('ane@reas.example', 'es');
    const response = await client.post(`${base}/submissions`, { form: proposalForm({ summary: '', answer_scale: '', title: 'Mercado social «Bilbao» & <b>compras</b>' }) });
    expect(response.status).toBe(400);
    const page = await response.text();
    expect(page).toContain('Su borrador está guardado');
    expect(page).toContain('Mercado social «Bilbao» &amp; &lt;b&gt;compras&lt;/b&gt;');
    expect(page).toContain('<code>summary</code>');
    expect(page).toContain('<code>answers.scale</code>');
    const stored = await harness.context.storage.db.selectFrom('submission').select(['status', 'title']).where('status', '=', 'draft').execute();
    expect(stored).toHaveLength(1);
  });

  it('a complete proposal is sent from the form, a co-presenter invited and a PDF attached; a stranger gets 404', async () => {
    await makeAccount(harness.context, 'jon@reas.example');
    const client = await signedIn('jon@reas.example', 'es');
    const response = await client.post(`${base}/submissions`, { form: proposalForm() });
    expect(response.status).toBe(303);
    const location = response.headers.get('location')!;
    expect(location).toMatch(/done=sent$/);
    const path = location.replace(/\?.*$/, '');
    expect(await (await client.get(location)).text()).toContain('Enviada: recibirá una confirmación por correo.');
    expect((await client.post(`${path}/presenters`, { form: { name: 'Marie Dupont', email: 'marie@example.fr', role: 'co_presenter' } })).status).toBe(303);
    const document = await PDFDocument.create();
    document.addPage();
    const upload = new FormData();
    upload.set('questionKey', 'brochure');
    upload.set('file', new File([(await document.save()) as BlobPart], 'folleto.pdf', { type: 'application/pdf' }));
    upload.set('_csrf', client.csrfToken!);
    expect((await client.post(`${path}/files`, { multipart: upload })).status).toBe(303);
    const page = await (await client.get(path)).text();
    expect(page).toContain('Marie Dupont (copresentador) — invitación enviada, aún no aceptada');
    expect(page).toContain('folleto.pdf');

    await makeAccount(harness.context, 'stranger@example.org');
    const stranger = await signedIn('stranger@example.org');
    expect((await stranger.get(path)).status).toBe(404);
    expect((await stranger.post(`${path}/presenters`, { form: { name: 'X', email: 'x@example.org' } })).status).toBe(404);
  });

  it('a robot that fills the hidden field is thanked and nothing is stored', async () => {
    await makeAccount(harness.context, 'robot@example.org');
    const client = await signedIn('robot@example.org');
    const before = (await harness.context.storage.db.selectFrom('submission').select('id').execute()).length;
    const response = await client.post(`${base}/submissions`, { form: proposalForm({ homepage: 'http://spam.example' }) });
    expect(response.status).toBe(303);
    expect((await harness.context.storage.db.selectFrom('submission').select('id').execute()).length).toBe(before);
  });

  it('the reviewer’s page hides who wrote the proposal, in the reader’s language, and keeps a refused review as typed', async () => {
    const { submission } = await sentSubmission(harness.context, edition, 'itziar@koopera.example', {
      summary: { original: 'es', text: { es: 'Koopera recicla ropa en Bilbao; más en https://koopera.org.' } },
    });
    const reviewerId = await makeReviewer(harness.context, edition, 'revisora@example.org');
    await new ReviewBoard(harness.context, systemActor, edition).assign([{ submissionId: submission.id, reviewerUserId: reviewerId }], 'manual');
    const client = await signedIn('revisora@example.org', 'es');
    const path = `/editions/gsef-2018-bilbao/reviews/${submission.id}`;
    const page = await (await client.get(path)).text();
    expect(page).toContain('Evaluación anónima');
    expect(page).toContain('[organización] recicla ropa en Bilbao; más en [enlace].');
    expect(page).not.toMatch(/koopera/i);
    const refused = await client.post(path, { form: { score_relevance: '4', comment: 'Muy pertinente', intent: 'submit' } });
    expect(refused.status).toBe(400);
    const again = await refused.text();
    expect(again).toContain('Muy pertinente');
    expect(again).toContain('<code>scores.impact</code>');
    expect((await client.post(path, { form: { score_relevance: '4', score_impact: '3', comment: 'Muy pertinente', intent: 'submit' } })).status).toBe(303);
    expect(await (await client.get(path)).text()).toContain('entregada');
    const participant = await signedIn('stranger@example.org');
    expect((await participant.get(path)).status).toBe(403);
  });
  it('a proposal written in Spanish may carry its own French and English translations', async () => {
    await makeAccount(harness.context, 'bilingue@example.org');
    const client = await signedIn('bilingue@example.org', 'es');
    const response = await client.post(`${base}/submissions`, { form: proposalForm({ intent: 'save', title_fr: 'Marché social de Bilbao', summary_en: 'A social economy network running a market.' }) });
    expect(response.status).toBe(303);
    const id = response.headers.get('location')!.replace(/\?.*$/, '').split('/').pop()!;
    const stored = await harness.context.storage.db.selectFrom('submission').select(['title', 'summary']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(harness.context.storage.dialect.decodeJson(stored.title)).toEqual({ original: 'es', text: { es: 'Mercado social de Bilbao', fr: 'Marché social de Bilbao' } });
    expect((harness.context.storage.dialect.decodeJson(stored.summary) as { text: Record<string, string> }).text.en).toBe('A social economy network running a market.');
    expect(await (await client.get(`${base}/submissions/${id}`)).text()).toContain('value="Marché social de Bilbao"');
  });
});
