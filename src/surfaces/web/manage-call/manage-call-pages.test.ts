import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editionRow, makeAccount, makeEdition, makeReviewer, openCall, sentSubmission, setUpReview } from '../../../../tests/factories/call.js';
import { testPassword } from '../../../../tests/factories/forum.js';
import { seriousViolations } from '../../../../tests/support/axe.js';
import { browserAvailable, launchBrowser } from '../../../../tests/support/browser.js';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app.js';
import { TestClient } from '../../../../tests/support/test-client.js';
import { testEngine } from '../../../../tests/support/test-storage.js';
import type { EditionRow } from '../../../domain/call/index.js';

type Fields = [string, string][];

const decode = (text: string) => text.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const attribute = (tag: string, name: string): string | null => {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return match ? decode(match[1]!) : null;
};

/** What a browser would send from the page's form posting to `action`: its inputs, ticked boxes, texts and chosen options. */
function formFields(html: string, action: string): Fields {
  const start = html.indexOf(`action="${action}"`);
  if (start < 0) throw new Error(`no form posting to ${action}`);
  const form = html.slice(start, html.indexOf('</form>', start));
  const fields: Fields = [];
  for (const tag of form.match(/<input[^>]*>/g) ?? []) {
    const name = attribute(tag, 'name');
    const type = attribute(tag, 'type') ?? 'text';
    if (!name || ((type === 'checkbox' || type === 'radio') && attribute(tag, 'checked') === null)) continue;
    fields.push([name, attribute(tag, 'value') ?? (type === 'checkbox' ? 'on' : '')]);
  }
  for (const match of form.matchAll(/<textarea([^>]*)>([^<]*)<\/textarea>/g)) fields.push([attribute(match[1]!, 'name')!, decode(match[2]!)]);
  for (const match of form.matchAll(/<select([^>]*)>([\s\S]*?)<\/select>/g)) {
    const options = [...match[2]!.matchAll(/<option([^>]*)>/g)].map((option) => option[1]!);
    const chosen = options.find((option) => attribute(option, 'selected') !== null) ?? options[0];
    fields.push([attribute(match[1]!, 'name')!, chosen ? attribute(chosen, 'value') ?? '' : '']);
  }
  return fields;
}

/** Posts a form as a browser does, with repeated names (checkboxes, hidden lists) and the CSRF token. */
async function postForm(client: TestClient, path: string, fields: Fields): Promise<Response> {
  if (!client.csrfToken) await client.get('/api/v1/session');
  const body = new URLSearchParams([...fields.filter(([name]) => name !== '_csrf'), ['_csrf', client.csrfToken!]]);
  return client.post(path, { body: body.toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' }, withoutCsrf: true });
}

const replaced = (fields: Fields, changes: Record<string, string>): Fields => [
  ...fields.filter(([name]) => !(name in changes)),
  ...Object.entries(changes),
];

describe(`the organisers' pages of the call, the review and the selection, on ${testEngine}`, () => {
  let harness: TestApp;
  let organiser: TestClient;
  const pages: string[] = [];

  const signedIn = async (email: string) => {
    const client = new TestClient(harness.app);
    expect((await client.signIn(email, testPassword)).status).toBe(200);
    return client;
  };
  const html = async (client: TestClient, path: string, status = 200) => {
    const response = await client.get(path);
    expect(response.status, path).toBe(status);
    return response.text();
  };
  const forum = async (slug: string, options: { status?: 'draft' | 'published' } = {}) => {
    const edition = await makeEdition(harness.context, { slug, ...(options.status ? { status: options.status } : {}) });
    await makeAccount(harness.context, `secretariat@${slug}.org`, { editionId: edition.id, role: 'organiser' });
    return { edition: await editionRow(harness.context, slug), organiser: await signedIn(`secretariat@${slug}.org`) };
  };

  beforeAll(async () => {
    harness = await createTestApp();
  });
  afterAll(() => harness.close());

  describe('the call editor', () => {
    let edition: EditionRow;
    const path = '/editions/call-2026/manage/call';

    beforeAll(async () => {
      ({ edition, organiser } = await forum('call-2026'));
    });

    it('an organiser saves the call through the form, the deadline typed in the forum’s zone stored as the right instant', async () => {
      const page = await html(organiser, path);
      expect(page).toContain('Europe/Madrid (UTC+1)');
      expect(page).toContain('This forum has no call yet');
      const fields = replaced(formFields(page, path), {
        status: 'open', deadline: '2026-04-15T18:00', 'intro.fr': 'Présentez votre initiative', 'intro.es': 'Presente su iniciativa', 'intro.en': 'Tell us about your initiative',
        'questions.0.key': 'scale', 'questions.0.kind': 'choice', 'questions.0.label.fr': 'Échelle', 'questions.0.label.es': 'Escala', 'questions.0.label.en': 'Scale',
        'questions.0.choices': 'local = Locale | Local | Local\nnational = Nationale | Nacional | National', 'questions.0.required': 'on', 'questions.0.maxLength': '',
      });
      const response = await postForm(organiser, path, [...fields, ['submissionKinds', 'workshop'], ['questions.0.forKinds', 'workshop']]);
      expect(response.status).toBe(303);
      expect(response.headers.get('location')).toBe(`${path}?done=saved`);

      const call = await harness.storage.db.selectFrom('call_for_proposals').selectAll().where('edition_id', '=', edition.id).executeTakeFirstOrThrow();
      // 18:00 in Madrid on 15 April 2026 is summer time, UTC+2.
      expect(call.deadline_at).toBe('2026-04-15T16:00:00.000Z');
      expect(call.status).toBe('open');
      const question = await harness.storage.db.selectFrom('call_question').selectAll().where('call_id', '=', call.id).executeTakeFirstOrThrow();
      expect(question.key).toBe('scale');
      expect(harness.storage.dialect.decodeJson(question.choices)).toEqual([
        { value: 'local', label: { original: 'en', text: { fr: 'Locale', es: 'Local', en: 'Local' } } },
        { value: 'national', label: { original: 'en', text: { fr: 'Nationale', es: 'Nacional', en: 'National' } } },
      ]);
      expect(harness.storage.dialect.decodeJson(question.for_kinds)).toEqual(['initiative', 'workshop']);

      const saved = await html(organiser, `${path}?done=saved`);
      expect(saved).toContain('The call is saved.');
      expect(saved).toContain('value="2026-04-15T18:00"');
      expect(saved).toContain('Saved deadline: April 15, 2026');
      expect(saved).toContain('national = Nationale | Nacional | National');
      pages.push(saved);
    });

    it('a refused form answers 400 with everything typed still in it and the faulty field named, and saves nothing', async () => {
      const fields = replaced(formFields(await html(organiser, path), path), {
        'questions.1.key': 'budget', 'questions.1.kind': 'long_text', 'questions.1.label.fr': 'Budget annuel', 'questions.1.label.es': '', 'questions.1.label.en': 'Yearly budget',
        'questions.1.maxLength': '500', 'intro.en': 'Tell us, in a few lines, about your initiative',
      });
      const response = await postForm(organiser, path, fields);
      expect(response.status).toBe(400);
      const page = await response.text();
      expect(page).toContain('value="Budget annuel"');
      expect(page).toContain('value="Yearly budget"');
      expect(page).toContain('Tell us, in a few lines, about your initiative');
      expect(page).toContain('value="500"');
      expect(page).toContain('<a href="#questions-1-label-es">Question 2 (budget) · Label</a>: Write it in French, Spanish and English; missing: Spanish.');
      expect(page).toMatch(/id="questions-1-label-es" name="questions\.1\.label\.es" lang="es" aria-invalid="true"/);
      const questions = await harness.storage.db.selectFrom('call_question').select('key').execute();
      expect(questions.map((question) => question.key)).toEqual(['scale']);
      pages.push(page);
    });

    it('a question whose key is emptied is removed', async () => {
      const fields = replaced(formFields(await html(organiser, path), path), { 'questions.0.key': '' });
      expect((await postForm(organiser, path, fields)).status).toBe(303);
      expect(await harness.storage.db.selectFrom('call_question').select('key').execute()).toEqual([]);
    });
  });

  describe('the review', () => {
    let edition: EditionRow;
    const path = '/editions/review-2026/manage/review';
    let koopera: string;
    let aneUserId: string;

    beforeAll(async () => {
      ({ edition, organiser } = await forum('review-2026'));
      await openCall(harness.context, edition);
      await setUpReview(harness.context, edition);
      koopera = (await sentSubmission(harness.context, edition, 'koopera@example.org')).submission.id;
      await sentSubmission(harness.context, edition, 'paris@example.org', { language: 'fr', title: { original: 'fr', text: { fr: 'Une épicerie solidaire à Paris' } }, organisationName: 'Épicerie du quartier', city: 'Paris', country: 'FR' });
      await sentSubmission(harness.context, edition, 'seoul@example.org', { language: 'en', title: { original: 'en', text: { en: 'Seoul social economy centre' } }, organisationName: 'SSEC', city: 'Seoul', country: 'KR' });
      aneUserId = await makeReviewer(harness.context, edition, 'ane@koopera.org', { organisationName: 'Koopera' });
      await makeReviewer(harness.context, edition, 'marie@example.org');
      await makeReviewer(harness.context, edition, 'kim@example.org');
    });

    it('detects a conflict of interest, says how many, and lists it with its reason', async () => {
      const response = await postForm(organiser, `${path}/conflicts`, formFields(await html(organiser, path), `${path}/conflicts`));
      expect(response.status).toBe(303);
      const page = await html(organiser, response.headers.get('location')!.replace(/#.*$/, ''));
      expect(page).toContain('1 conflict found; 0 assignments withdrawn.');
      expect(page).toMatch(/<th scope="row">ane@koopera\.org<\/th><td><span lang="es">Koopera: reciclaje textil e inserción laboral.*?<\/td><td>detected<\/td><td><ul><li>same organisation/);
    });

    it('suggests assignments without the conflicted pair, and applies them with one button', async () => {
      const response = await postForm(organiser, `${path}/assignments/suggestion`, formFields(await html(organiser, path), `${path}/assignments/suggestion`));
      expect(response.status).toBe(200);
      const page = await response.text();
      expect(page).toContain('6 new assignments suggested; every proposal has enough reviewers.');
      const fields = formFields(page, `${path}/assignments`);
      const pairs = fields.filter(([name]) => name === 'pair').map(([, value]) => value);
      expect(pairs).toHaveLength(6);
      expect(pairs).not.toContain(`${koopera}:${aneUserId}`);
      pages.push(page);

      const applied = await postForm(organiser, `${path}/assignments`, fields);
      expect(applied.status).toBe(303);
      expect(applied.headers.get('location')).toBe(`${path}?done=assigned&count=6#assignments`);
      const stored = await harness.storage.db.selectFrom('review_assignment').select(['source']).where('edition_id', '=', edition.id).execute();
      expect(stored).toHaveLength(6);
      expect(new Set(stored.map((row) => row.source))).toEqual(new Set(['suggested']));
      const after = await html(organiser, `${path}?done=assigned&count=6`);
      expect(after).toContain('6 assignments made.');
      expect(after).toContain('<caption>6 assignments</caption>');
      pages.push(after);
    });

    it('saves the settings with review phases typed in the forum’s zone', async () => {
      const fields = replaced(formFields(await html(organiser, path), `${path}/settings`), {
        conflictSameCountry: 'on', reviewsPerSubmission: '3', 'phases.0.name.en': 'First reading', 'phases.0.startsAt': '2026-04-20T09:00', 'phases.0.endsAt': '2026-05-10T18:00',
      });
      expect((await postForm(organiser, `${path}/settings`, fields)).status).toBe(303);
      const phase = await harness.storage.db.selectFrom('review_phase').selectAll().where('edition_id', '=', edition.id).executeTakeFirstOrThrow();
      expect([phase.starts_at, phase.ends_at]).toEqual(['2026-04-20T07:00:00.000Z', '2026-05-10T16:00:00.000Z']);
      const settings = await harness.storage.db.selectFrom('review_settings').selectAll().where('edition_id', '=', edition.id).executeTakeFirstOrThrow();
      expect(harness.storage.dialect.decodeBoolean(settings.conflict_same_country)).toBe(true);
      expect(await html(organiser, path)).toContain('value="2026-04-20T09:00"');
    });

    it('refuses a reviewer without an account, keeping what was typed', async () => {
      const fields = replaced(formFields(await html(organiser, path), `${path}/reviewers`), { email: 'nobody@example.org', city: 'Dakar', networks: 'RIPESS, GSEF' });
      const response = await postForm(organiser, `${path}/reviewers`, [...fields, ['languages', 'fr']]);
      expect(response.status).toBe(400);
      const page = await response.text();
      expect(page).toContain('No account has this address; ask the person to sign up first.');
      expect(page).toContain('value="nobody@example.org"');
      expect(page).toContain('value="RIPESS, GSEF"');
    });
  });

  describe('the selection', () => {
    let edition: EditionRow;
    const path = '/editions/select-2026/manage/selection';
    const ids: Record<string, string> = {};

    beforeAll(async () => {
      ({ edition, organiser } = await forum('select-2026'));
      await openCall(harness.context, edition);
      const proposals = [
        ['bilbao', 'es', 'Koopera: reciclaje textil', 'ES'], ['madrid', 'es', 'Mercado social de Madrid', 'ES'], ['lyon', 'fr', 'Coopérative de Lyon', 'FR'],
        ['dakar', 'fr', 'Mutuelle de santé de Dakar', 'SN'], ['nairobi', 'en', 'Nairobi women’s savings group', 'KE'], ['quebec', 'fr', 'Chantier de l’économie sociale', 'CA'],
      ] as const;
      for (const [key, language, title, country] of proposals) {
        ids[key] = (await sentSubmission(harness.context, edition, `${key}@example.org`, { language, title: { original: language, text: { [language]: title } }, organisationName: `${title} org`, city: key, country })).submission.id;
      }
    });

    it('accepts a proposal with its row’s button, and the live balance shows it', async () => {
      const page = await html(organiser, `${path}?places=3`);
      expect(page).toContain('0 accepted for 3 places, out of 6 proposals sent.');
      const action = `${path.replace('?places=3', '')}/decisions/${ids.dakar}`;
      const response = await postForm(organiser, action, [...formFields(page, action), ['outcome', 'accepted']]);
      expect(response.status).toBe(303);
      expect(response.headers.get('location')).toBe(`${path}?places=3&done=decided#proposal-${ids.dakar}`);
      const after = await html(organiser, `${path}?places=3&done=decided`);
      expect(after).toContain('1 accepted for 3 places, out of 6 proposals sent.');
      expect(after).toMatch(new RegExp(`<tr id="proposal-${ids.dakar}">.*?<td>accepted</td>`));
      expect(after).toContain('<th scope="row">Africa</th><td>1</td><td>100%</td><td>2</td><td>33.3%</td>');
      expect(after).toContain('<th scope="row">Senegal</th><td>1</td><td>100%</td>');
    });

    it('suggests a selection under a regional target, says why an impossible one is unmet, and applies it', async () => {
      const targets = replaced(formFields(await html(organiser, `${path}?places=3`), `${path}/targets`), {
        'targets.0.dimension': 'region', 'targets.0.value': 'africa', 'targets.0.min': '2', 'targets.0.max': '', 'targets.0.unit': 'count',
      });
      const extra: Fields = [['targets.1.dimension', 'region'], ['targets.1.value', 'oceania'], ['targets.1.min', '1'], ['targets.1.max', ''], ['targets.1.unit', 'count']];
      expect((await postForm(organiser, `${path}/targets`, [...targets, ...extra])).status).toBe(303);
      const page = await html(organiser, `${path}?places=3&done=targets`);
      expect(page).toContain('Region · Africa: at least 2');

      const response = await postForm(organiser, `${path}/suggestion`, formFields(page, `${path}/suggestion`));
      expect(response.status).toBe(200);
      const suggested = await response.text();
      expect(suggested).toContain('3 proposals chosen');
      expect(suggested).toContain('Some targets cannot be met; see why below.');
      expect(suggested).toContain('Too few proposals: 0 available where 1 are needed.');
      const chosen = formFields(suggested, `${path}/apply`).filter(([name]) => name === 'selectedIds').map(([, id]) => id);
      expect(chosen).toHaveLength(3);
      expect(chosen).toEqual(expect.arrayContaining([ids.dakar, ids.nairobi]));
      expect(suggested).toContain('Nairobi women’s savings group');
      pages.push(suggested);

      const applied = await postForm(organiser, `${path}/apply`, formFields(suggested, `${path}/apply`));
      expect(applied.status).toBe(303);
      const decisions = await harness.storage.db.selectFrom('selection_decision').select(['submission_id', 'outcome', 'state']).where('edition_id', '=', edition.id).execute();
      expect(decisions.filter((row) => row.outcome === 'accepted').map((row) => row.submission_id).sort()).toEqual([...chosen].sort());
      expect(decisions.filter((row) => row.outcome === 'rejected')).toHaveLength(3);
      expect(await html(organiser, `${path}?places=3&done=applied`)).toContain('The selection is applied as draft decisions.');
    });

    it('groups the accepted initiatives into workshops with a title and a moderator', async () => {
      const page = await html(organiser, `${path}?places=3`);
      const response = await postForm(organiser, `${path}/groups/suggestion`, replaced(formFields(page, `${path}/groups/suggestion`), { minSize: '3', maxSize: '3' }));
      expect(response.status).toBe(200);
      const suggested = await response.text();
      expect(suggested).toContain('1 workshop suggested.');
      const fields = replaced(formFields(suggested, `${path}/groups`), { 'groups.0.title.en': 'Solidarity finance', 'groups.0.moderatorEmail': 'secretariat@select-2026.org' });
      expect(fields.filter(([name]) => name === 'groups.0.submissionIds')).toHaveLength(3);
      const created = await postForm(organiser, `${path}/groups`, fields);
      expect(created.status).toBe(303);
      const after = await html(organiser, `${path}?places=3&done=groups&count=1`);
      expect(after).toContain('1 workshop created as drafts of the program.');
      expect(after).toMatch(/Solidarity finance.*moderated by secretariat/);
    });

    it('shows every decision mail before sending, then sends them all with one button', async () => {
      const mailsPath = `${path}/mails`;
      const preview = await html(organiser, mailsPath);
      expect(preview).toContain('Send 6 decisions (6 mails)');
      expect(preview).toContain('<dd>dakar@example.org</dd>');
      expect(preview).toMatch(/<pre class="mail" lang="(fr|es|en)">/);
      pages.push(preview);
      const response = await postForm(organiser, mailsPath, formFields(preview, mailsPath));
      expect(response.status).toBe(303);
      expect(await html(organiser, response.headers.get('location')!)).toContain('6 decisions sent in 6 mails.');
      const states = await harness.storage.db.selectFrom('selection_decision').select('state').where('edition_id', '=', edition.id).execute();
      expect(new Set(states.map((row) => row.state))).toEqual(new Set(['sent']));
    });

    it('links the four spreadsheets in the reader’s language', async () => {
      const page = await html(organiser, path);
      for (const file of ['submissions.csv', 'reviews.csv', 'decisions.csv', 'call.xlsx']) {
        expect(page).toContain(`href="/api/v1/editions/select-2026/selection/exports/${file}?language=en"`);
      }
      expect((await organiser.get('/api/v1/editions/select-2026/selection/exports/decisions.csv?language=en')).status).toBe(200);
    });
  });

  describe('who may use these pages', () => {
    const base = '/editions/guarded-2026/manage';
    const gets = [`${base}/call`, `${base}/review`, `${base}/selection`, `${base}/selection/mails`];
    const posts = [
      `${base}/call`, `${base}/review/settings`, `${base}/review/reviewers`, `${base}/review/conflicts`, `${base}/review/assignments/suggestion`, `${base}/review/assignments`,
      `${base}/review/assignments/remove`, `${base}/selection/targets`, `${base}/selection/decisions/01ABC`, `${base}/selection/suggestion`, `${base}/selection/apply`,
      `${base}/selection/groups/suggestion`, `${base}/selection/groups`, `${base}/selection/mails`,
    ];

    let guarded: EditionRow;

    beforeAll(async () => {
      const { edition } = await forum('guarded-2026');
      guarded = edition;
      await openCall(harness.context, edition);
      await makeAccount(harness.context, 'participant@example.org');
      await makeReviewer(harness.context, edition, 'reviewer@example.org');
      await forum('hidden-2026', { status: 'draft' });
    });

    it('a participant or a reviewer is refused every page and every action, and nothing changes', async () => {
      for (const email of ['participant@example.org', 'reviewer@example.org']) {
        const client = await signedIn(email);
        for (const path of gets) expect((await client.get(path)).status, `${email} GET ${path}`).toBe(403);
        for (const path of posts) expect((await postForm(client, path, [['places', '3'], ['outcome', 'accepted']])).status, `${email} POST ${path}`).toBe(403);
      }
      for (const table of ['review_conflict', 'selection_target', 'selection_decision'] as const) {
        expect(await harness.storage.db.selectFrom(table).select('edition_id').where('edition_id', '=', guarded.id).execute(), table).toEqual([]);
      }
      const call = await harness.storage.db.selectFrom('call_for_proposals').select('status').where('edition_id', '=', guarded.id).executeTakeFirstOrThrow();
      expect(call.status).toBe('open');
    });

    it('an edition nobody may see is not found, and a signed-out visitor is asked to sign in', async () => {
      const participant = await signedIn('participant@example.org');
      expect((await participant.get('/editions/hidden-2026/manage/call')).status).toBe(404);
      const visitor = new TestClient(harness.app);
      const response = await visitor.get(`${base}/selection`);
      expect(response.status).toBe(303);
      expect(response.headers.get('location')).toBe(`/sign-in?next=${encodeURIComponent(`${base}/selection`)}`);
    });
  });

  describe('in the organiser’s language', () => {
    it('shows French and Spanish pages in the language the organiser chose', async () => {
      const client = await signedIn('secretariat@select-2026.org');
      client.cookies.set('cv_lang', 'fr');
      const call = await html(client, '/editions/select-2026/manage/call');
      expect(call).toContain('<html lang="fr"');
      for (const words of ['Appel à propositions', 'Date limite', 'Date et heure dans le fuseau horaire du forum', 'Enregistrer l’appel']) expect(call).toContain(words);
      const review = await html(client, '/editions/select-2026/manage/review');
      for (const words of ['Détecter les conflits', 'Suggérer des attributions', 'Évaluateurs']) expect(review).toContain(words);

      client.cookies.set('cv_lang', 'es');
      const selection = await html(client, '/editions/select-2026/manage/selection?places=3');
      expect(selection).toContain('<html lang="es"');
      for (const words of ['Sugerir una selección', 'Equilibrio de las propuestas aceptadas', '<th scope="row">África</th>', 'Objetivos de equilibrio', 'Región · África: al menos 2']) expect(selection).toContain(words);
      expect(selection).toContain('selection/exports/call.xlsx?language=es');
      pages.push(call, selection);
    });
  });

  describe.runIf(browserAvailable())('read by assistive technology', () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launchBrowser();
    }, 60_000);
    afterAll(() => browser?.close());

    it('every page shown above, forms refused or suggestions included, has no serious accessibility fault', async () => {
      expect(pages.length).toBeGreaterThanOrEqual(7);
      const page = await browser.newPage();
      for (const content of pages) {
        await page.setContent(content);
        expect(await seriousViolations(page), await page.title()).toEqual([]);
      }
      await page.close();
    }, 120_000);
  });
});
