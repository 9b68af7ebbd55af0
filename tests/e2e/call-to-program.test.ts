import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config/index.js';
import { systemClock } from '../../src/db/clock.js';
import { systemActor } from '../../src/domain/accounts/index.js';
import type { AppContext } from '../../src/domain/context.js';
import { ReviewerDesk, saveReviewSettings } from '../../src/domain/review/index.js';
import { actorFor, editionRow, makeAccount, makeEdition, makeReviewer, sentSubmission, trilingual } from '../factories/call.js';
import { testPassword } from '../factories/forum.js';
import { seriousViolations } from '../support/axe.js';
import { browserAvailable, launchBrowser } from '../support/browser.js';
import { startServerProcess, type ServerProcess } from '../support/server-process.js';
import { readableMail, startSmtpSink, type SmtpSink } from '../support/smtp-sink.js';
import { createTestStorage, testEngine, type TestStorage } from '../support/test-storage.js';

const slug = 'gsef-2027-call';
const manage = `/editions/${slug}/manage`;

describe.runIf(browserAvailable())(`from the call to the program in a real browser, on ${testEngine}`, () => {
  let storage: TestStorage;
  let server: ServerProcess;
  let browser: Browser;
  let sink: SmtpSink;
  let context: AppContext;

  beforeAll(async () => {
    storage = await createTestStorage({ shared: true });
    sink = await startSmtpSink();
    const uploads = mkdtempSync(join(tmpdir(), 'convergence-e2e-uploads-'));
    server = await startServerProcess({ DATABASE_URL: storage.url, CONVERGENCE_ENV: 'development', DEMO: 'off', SMTP_URL: sink.url, UPLOAD_DIR: uploads }, 120_000);
    browser = await launchBrowser();
    context = { storage, clock: systemClock, config: readConfig({ DATABASE_URL: storage.url, CONVERGENCE_ENV: 'test', UPLOAD_DIR: uploads }) };
    const edition = await makeEdition(context, { slug, startsOn: '2027-10-01', endsOn: '2027-10-03' });
    await makeAccount(context, 'organiser@example.org', { editionId: edition.id, role: 'organiser' });
    const ane = await makeAccount(context, 'ane@koopera.example');
    await storage.db.updateTable('user_account').set({ locale: 'es', display_name: 'Ane Urkiza' }).where('id', '=', ane).execute();
    await makeAccount(context, 'mikel@example.org');
    await makeAccount(context, 'moderator@example.org');
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await sink?.close();
    await storage?.close();
  });

  async function signedIn(email: string): Promise<{ browserContext: BrowserContext; page: Page }> {
    const browserContext = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/Madrid', bypassCSP: true });
    const page = await browserContext.newPage();
    await page.goto(`${server.url}/sign-in`);
    await page.fill('input[name=email]', email);
    await page.fill('input[name=password]', testPassword);
    await Promise.all([page.waitForURL((url) => !url.pathname.startsWith('/sign-in')), page.locator('form:has(input[name=password]) button[type=submit]').click()]);
    return { browserContext, page };
  }

  async function mailTo(recipient: string, template: RegExp): Promise<string> {
    for (let attempt = 0; attempt < 60; attempt++) {
      const found = sink.received.find((mail) => mail.to.includes(recipient) && template.test(readableMail(mail.raw)));
      if (found) return readableMail(found.raw);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    throw new Error(`no mail to ${recipient} matching ${template}; received: ${sink.received.map((mail) => mail.to.join(',')).join(' | ')}`);
  }

  it('opens a call, takes a Spanish proposal with a co-presenter, reviews it anonymously, catches a conflict, selects under a regional quota, groups, sends decisions, and the speaker confirms', async () => {
    // The organiser opens the call, the deadline typed in the forum's own zone.
    const organiser = await signedIn('organiser@example.org');
    await organiser.page.goto(`${server.url}${manage}/call`);
    await organiser.page.selectOption('select[name=status]', 'open');
    await organiser.page.fill('input[name=deadline]', '2027-03-31T23:59');
    await organiser.page.check('input[name=submissionKinds][value=initiative]');
    await organiser.page.fill('input[name="questions.0.key"]', 'scale');
    await organiser.page.selectOption('select[name="questions.0.kind"]', 'text');
    await organiser.page.fill('input[name="questions.0.label.fr"]', 'Échelle');
    await organiser.page.fill('input[name="questions.0.label.es"]', 'Escala');
    await organiser.page.fill('input[name="questions.0.label.en"]', 'Scale');
    await organiser.page.check('input[name="questions.0.required"]');
    await organiser.page.check('input[name="questions.0.forKinds"][value=initiative]');
    await organiser.page.getByRole('button', { name: 'Save the call' }).click();
    await organiser.page.waitForLoadState();
    expect(await organiser.page.locator('main').textContent()).toContain('The call is saved.');
    const stored = await storage.db.selectFrom('call_for_proposals').select(['status', 'deadline_at']).executeTakeFirstOrThrow();
    expect(stored).toEqual({ status: 'open', deadline_at: '2027-03-31T21:59:00.000Z' });

    // A Spanish submitter writes, is refused once without losing a word, sends, and invites a co-presenter.
    const ane = await signedIn('ane@koopera.example');
    await ane.page.goto(`${server.url}/editions/${slug}/call`);
    expect(await ane.page.locator('main').textContent()).toContain('Convocatoria de propuestas');
    await ane.page.getByRole('link', { name: 'Nueva propuesta' }).click();
    await ane.page.selectOption('select[name=language]', 'es');
    await ane.page.fill('input[name=title]', 'Koopera: reciclaje textil e inserción laboral');
    await ane.page.fill('input[name=organisationName]', 'Koopera');
    await ane.page.selectOption('select[name=organisationKind]', 'cooperative');
    await ane.page.fill('input[name=city]', 'Bilbao');
    await ane.page.selectOption('select[name=country]', 'ES');
    await ane.page.fill('input[name=answer_scale]', 'Local y regional');
    await ane.page.getByRole('button', { name: 'Enviar la propuesta' }).click();
    await ane.page.waitForLoadState();
    expect(await ane.page.locator('[role=alert]').textContent()).toContain('summary');
    expect(await seriousViolations(ane.page)).toEqual([]);
    expect(await ane.page.inputValue('input[name=title]')).toBe('Koopera: reciclaje textil e inserción laboral');
    await ane.page.fill('textarea[name=summary]', 'Koopera, cooperativa de Bilbao, recoge ropa usada y da empleo a personas en riesgo de exclusión.');
    await ane.page.getByRole('button', { name: 'Enviar la propuesta' }).click();
    await ane.page.waitForURL(/done=sent/);
    const proposalUrl = ane.page.url().replace(/\?.*$/, '');
    expect(await mailTo('ane@koopera.example', /Hemos recibido su propuesta/)).toContain('Koopera: reciclaje textil');
    await ane.page.fill('input[name=name]', 'Mikel Etxeberria');
    await ane.page.fill('input[name=email]', 'mikel@example.org');
    await ane.page.getByRole('button', { name: 'Enviar la invitación' }).click();
    await ane.page.waitForURL(/done=invited/);
    const invitation = await mailTo('mikel@example.org', /invitations\//);
    const token = /invitations\/([\w-]+)/.exec(invitation)![1]!;
    const mikel = await signedIn('mikel@example.org');
    await mikel.page.goto(`${server.url}/invitations/${token}`);
    await mikel.page.getByRole('button', { name: 'Accept the invitation' }).click();
    await mikel.page.waitForURL(/done=accepted/);
    expect(await mikel.page.locator('main').textContent()).toContain('Koopera: reciclaje textil');

    // Other proposals from Africa, Europe and the Americas, and the review set up: anonymous, weighted.
    const edition = await editionRow(context, slug);
    await saveReviewSettings(context, systemActor, edition, {
      anonymous: true, reviewsPerSubmission: 1,
      criteria: [{ key: 'relevance', label: trilingual('Relevance to the SSE', 'Pertinence pour l’ESS', 'Pertinencia para la ESS'), weight: 2 }, { key: 'impact', label: trilingual('Local impact', 'Impact local', 'Impacto local'), weight: 1 }],
    });
    const others = [
      { email: 'dakar@example.sn', country: 'SN', title: 'Finance solidaire à Dakar', score: 3 },
      { email: 'rabat@example.ma', country: 'MA', title: 'Coopératives féminines d’argan', score: 2 },
      { email: 'lyon@example.fr', country: 'FR', title: 'Monnaie locale lyonnaise', score: 4 },
      { email: 'quebec@example.ca', country: 'CA', title: 'Habitation coopérative à Montréal', score: 4 },
    ];
    for (const other of others) {
      await sentSubmission(context, edition, other.email, {
        language: 'fr', country: other.country, organisationName: `Organisation ${other.country}`, answers: { scale: 'locale' },
        title: { original: 'fr', text: { fr: other.title } }, summary: { original: 'fr', text: { fr: `${other.title} : une initiative de l’économie sociale et solidaire.` } },
      });
    }
    const reviewerId = await makeReviewer(context, edition, 'reviewer@example.org');
    const ikerId = await makeReviewer(context, edition, 'iker@koopera.example', { organisationName: 'KOOPERA' });

    // The organiser detects the conflict, then applies the suggested assignments.
    await organiser.page.goto(`${server.url}${manage}/review`);
    await organiser.page.getByRole('button', { name: 'Detect conflicts' }).click();
    await organiser.page.waitForLoadState();
    const conflicts = await organiser.page.locator('main').textContent();
    expect(conflicts).toContain('iker@koopera.example');
    expect(conflicts).toContain('same organisation');
    await organiser.page.getByRole('button', { name: 'Suggest assignments' }).click();
    await organiser.page.waitForLoadState();
    await organiser.page.getByRole('button', { name: /^Apply/ }).click();
    await organiser.page.waitForLoadState();
    const assigned = await storage.db.selectFrom('review_assignment').innerJoin('submission', 'submission.id', 'review_assignment.submission_id')
      .select(['review_assignment.reviewer_user_id', 'submission.country']).execute();
    expect(assigned).toHaveLength(5);
    expect(assigned.filter((row) => row.country === 'ES').map((row) => row.reviewer_user_id)).toEqual([reviewerId]);

    // The conflicted reviewer sees nothing; the other reviews without learning who wrote it.
    const iker = await signedIn('iker@koopera.example');
    await iker.page.goto(`${server.url}/editions/${slug}/reviews`);
    expect(await iker.page.locator('main').textContent()).not.toContain('reciclaje textil');
    const reviewer = await signedIn('reviewer@example.org');
    await reviewer.page.goto(`${server.url}/editions/${slug}/reviews`);
    await reviewer.page.getByRole('link', { name: /reciclaje textil/ }).click();
    const shown = await reviewer.page.locator('main').textContent();
    expect(shown).not.toMatch(/Koopera|Ane|Urkiza|Mikel/);
    expect(shown).toContain('[organisation]');
    expect(await seriousViolations(reviewer.page)).toEqual([]);
    await reviewer.page.check('input[name=score_relevance][value="5"]');
    await reviewer.page.check('input[name=score_impact][value="5"]');
    await reviewer.page.getByRole('button', { name: 'Submit the review' }).click();
    await reviewer.page.waitForLoadState();
    expect(await reviewer.page.locator('main').textContent()).toContain('Your review — submitted');
    for (const userId of [reviewerId, ikerId]) {
      const desk = new ReviewerDesk(context, await actorFor(context, userId), edition);
      for (const entry of await desk.list()) {
        const other = others.find((candidate) => entry.proposal.title.text.fr === candidate.title);
        if (other) await desk.save(entry.proposal.id, { scores: { relevance: other.score, impact: other.score }, submit: true });
      }
    }

    // Three places, at least two from Africa: the best French and Canadian proposals give way.
    await organiser.page.goto(`${server.url}${manage}/selection?places=3`);
    await organiser.page.selectOption('select[name="targets.0.dimension"]', 'region');
    await organiser.page.fill('input[name="targets.0.value"]', 'africa');
    await organiser.page.fill('input[name="targets.0.min"]', '2');
    await organiser.page.selectOption('select[name="targets.0.unit"]', 'count');
    await organiser.page.getByRole('button', { name: 'Save the targets' }).click();
    await organiser.page.waitForLoadState();
    await organiser.page.getByRole('button', { name: 'Suggest a selection' }).click();
    await organiser.page.waitForLoadState();
    expect(await organiser.page.locator('main').textContent()).toContain('Every target is met.');
    await organiser.page.getByRole('button', { name: 'Apply this selection' }).click();
    await organiser.page.waitForLoadState();
    const accepted = await storage.db.selectFrom('selection_decision').innerJoin('submission', 'submission.id', 'selection_decision.submission_id')
      .select('submission.country').where('selection_decision.outcome', '=', 'accepted').execute();
    expect(accepted.map((row) => row.country).sort()).toEqual(['ES', 'MA', 'SN']);

    // One workshop of the three, with its moderator; then the decisions go out, each in its reader's language.
    await organiser.page.getByRole('button', { name: 'Suggest workshops' }).click();
    await organiser.page.waitForLoadState();
    await organiser.page.locator('input[type=email][name$=".moderatorEmail"]').first().fill('moderator@example.org');
    await organiser.page.getByRole('button', { name: /^Create/ }).click();
    await organiser.page.waitForLoadState();
    expect(await organiser.page.locator('main').textContent()).toMatch(/workshops? created/);
    await organiser.page.goto(`${server.url}${manage}/selection/mails`);
    expect(await organiser.page.locator('main').textContent()).toContain('Aceptada: Koopera');
    await organiser.page.getByRole('button', { name: /^Send 5 decisions/ }).click();
    await organiser.page.waitForLoadState();
    expect(await mailTo('ane@koopera.example', /seleccionada para el/)).toContain('Koopera: reciclaje textil');
    expect(await mailTo('lyon@example.fr', /could not be selected/)).toContain('Monnaie locale lyonnaise');

    // The speaker confirms, and is a speaker of her workshop in the program.
    await ane.page.goto(proposalUrl);
    await ane.page.getByRole('button', { name: 'Confirmo que la presentaré' }).click();
    await ane.page.waitForURL(/done=confirmed/);
    expect(await ane.page.locator('main').textContent()).toContain('ahora es ponente del programa');
    expect(await seriousViolations(ane.page)).toEqual([]);
    const roles = await storage.db.selectFrom('session_person_role').innerJoin('person', 'person.id', 'session_person_role.person_id')
      .innerJoin('session', 'session.id', 'session_person_role.session_id').select(['person.email', 'session_person_role.role', 'session.format']).execute();
    expect(roles).toContainEqual({ email: 'ane@koopera.example', role: 'speaker', format: 'workshop' });
    expect(roles).toContainEqual({ email: 'moderator@example.org', role: 'moderator', format: 'workshop' });

    // As a speaker now, she tells the organisers when she can take part, in her own zone.
    await ane.page.getByRole('link', { name: /Indicar a la organización cuándo puede participar/ }).click();
    await ane.page.getByRole('heading', { name: 'Mi disponibilidad' }).waitFor();
    await ane.page.getByRole('button', { name: 'Añadir la franja' }).click();
    await ane.page.waitForLoadState();
    expect(await seriousViolations(ane.page)).toEqual([]);
    const windows = await storage.db.selectFrom('availability_window').innerJoin('person', 'person.id', 'availability_window.person_id')
      .select(['person.email', 'availability_window.kind']).execute();
    expect(windows).toEqual([{ email: 'ane@koopera.example', kind: 'available' }]);
    for (const session of [organiser, ane, mikel, iker, reviewer]) await session.browserContext.close();
  }, 300_000);
});
