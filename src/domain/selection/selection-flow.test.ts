import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorFor, editionRow, makeAccount, makeEdition, makeReviewer, openCall, sentSubmission, setUpReview, type trilingual } from '../../../tests/factories/call.js';
import { createTestApp, type TestApp } from '../../../tests/support/test-app.js';
import { testEngine } from '../../../tests/support/test-storage.js';
import { systemActor } from '../accounts/index.js';
import type { EditionRow } from '../call/index.js';
import { ReviewBoard, ReviewerDesk } from '../review/index.js';
import { CallExports, confirmParticipation, DecisionMailing, SelectionDesk, WorkshopGrouping } from './index.js';

type Text = ReturnType<typeof trilingual>;
const proposals: { email: string; country: string; language: 'es' | 'fr' | 'en'; title: string; summary: string; relevance: number }[] = [
  { email: 'koopera@example.es', country: 'ES', language: 'es', title: 'Koopera: reciclaje textil cooperativo', summary: 'Cooperativa de reciclaje textil y ropa usada con inserción laboral.', relevance: 5 },
  { email: 'emaus@example.es', country: 'ES', language: 'es', title: 'Emaús: economía circular y reciclaje', summary: 'Reciclaje de ropa usada y muebles, economía circular e inserción.', relevance: 5 },
  { email: 'fiare@example.es', country: 'ES', language: 'es', title: '=HYPERLINK("http://evil.example","Fiare")', summary: 'Banca ética y finanzas solidarias para cooperativas.', relevance: 4 },
  { email: 'dakar@example.sn', country: 'SN', language: 'fr', title: 'Finance solidaire à Dakar', summary: 'Finance solidaire et banque éthique pour les coopératives du Sénégal.', relevance: 3 },
  { email: 'rabat@example.ma', country: 'MA', language: 'fr', title: 'Coopératives féminines d’argan', summary: 'Coopératives de femmes, commerce équitable de l’argan au Maroc.', relevance: 2 },
  { email: 'quebec@example.ca', country: 'CA', language: 'fr', title: 'Habitation coopérative à Montréal', summary: 'Logement coopératif et communautaire à Montréal.', relevance: 1 },
];

describe(`the selection, on ${testEngine}`, () => {
  let harness: TestApp;
  let edition: EditionRow;
  const ids = new Map<string, string>();
  const owners = new Map<string, string>();

  beforeAll(async () => {
    harness = await createTestApp();
    const { context } = harness;
    await makeEdition(context, { slug: 'gsef-2018-bilbao' });
    edition = await editionRow(context, 'gsef-2018-bilbao');
    await openCall(context, edition);
    await setUpReview(context, edition);
    for (const proposal of proposals) {
      const { userId, submission } = await sentSubmission(context, edition, proposal.email, {
        language: proposal.language, country: proposal.country, title: { original: proposal.language, text: { [proposal.language]: proposal.title } },
        summary: { original: proposal.language, text: { [proposal.language]: proposal.summary } }, organisationName: `Org ${proposal.country} ${proposal.relevance}`,
      });
      await context.storage.db.updateTable('user_account').set({ locale: proposal.language }).where('id', '=', userId).execute();
      ids.set(proposal.email, submission.id);
      owners.set(proposal.email, userId);
    }
    const reviewerId = await makeReviewer(context, edition, 'jury@example.org');
    const board = new ReviewBoard(context, systemActor, edition);
    await board.assign([...ids.values()].map((submissionId) => ({ submissionId, reviewerUserId: reviewerId })), 'manual');
    const desk = new ReviewerDesk(context, await actorFor(context, reviewerId), edition);
    for (const proposal of proposals) await desk.save(ids.get(proposal.email)!, { scores: { relevance: proposal.relevance, impact: proposal.relevance }, submit: true });
  });
  afterAll(() => harness.close());

  it('suggests the best-scored selection that meets a regional quota and a per-country cap, and says which target cannot be met', async () => {
    const desk = new SelectionDesk(harness.context, systemActor, edition);
    await desk.saveTargets({ targets: [
      { dimension: 'region', value: 'africa', min: 2, unit: 'count' },
      { dimension: 'country', value: '*', max: 2, unit: 'count' },
      { dimension: 'region', value: 'oceania', min: 1, unit: 'count' },
    ] });
    const suggestion = await desk.suggest({ places: 4 });
    expect(new Set(suggestion.selectedIds)).toEqual(new Set([ids.get('koopera@example.es'), ids.get('emaus@example.es'), ids.get('dakar@example.sn'), ids.get('rabat@example.ma')]));
    expect(suggestion.targets.map((outcome) => [outcome.target.value, outcome.met, outcome.reason?.code ?? null])).toEqual([['africa', true, null], ['*', true, null], ['oceania', false, 'too_few_candidates']]);

    await desk.applySelection(suggestion.selectedIds);
    const dashboard = await desk.dashboard(4);
    expect(dashboard.acceptedCount).toBe(4);
    expect(dashboard.balance.dimensions.region.find((entry) => entry.value === 'africa')).toMatchObject({ selected: 2, selectedShare: 50, submitted: 2 });
    expect(dashboard.targets.map((standing) => standing.met)).toEqual([true, true, false]);
    expect(dashboard.ranking[0]).toMatchObject({ score: 5, region: 'europe', outcome: 'accepted', decisionState: 'draft' });
  });

  it('groups the accepted initiatives into workshops by subject, each with its moderator', async () => {
    const grouping = new WorkshopGrouping(harness.context, systemActor, edition);
    const suggested = await grouping.suggest({ minSize: 2, maxSize: 2 });
    const grouped = suggested.map((group) => group.submissions.map((submission) => submission.id).sort());
    expect(grouped).toContainEqual([ids.get('koopera@example.es'), ids.get('emaus@example.es')].sort());
    await makeAccount(harness.context, 'moderator@example.org');
    const created = await grouping.apply({ groups: suggested.map((group, index) => ({ title: group.title as Text, submissionIds: group.submissions.map((submission) => submission.id), moderatorEmail: index === 0 ? 'moderator@example.org' : null })) });
    expect(created).toHaveLength(2);
    expect(created[0]!.moderators).toEqual(['moderator']);
    await expect(grouping.apply({ groups: [{ title: { original: 'en', text: { en: 'Finance' } }, submissionIds: [ids.get('quebec@example.ca')!] }] })).rejects.toMatchObject({ fields: [{ path: 'groups.0.submissionIds' }] });
  });

  it('decisions are previewed in each presenter’s language, sent at once, and accepted speakers confirm into the program', async () => {
    const mailing = new DecisionMailing(harness.context, systemActor, edition);
    const preview = await mailing.preview();
    expect(preview).toHaveLength(6);
    expect(preview.find((mail) => mail.recipient === 'dakar@example.sn')).toMatchObject({ outcome: 'accepted', locale: 'fr', subject: 'Acceptée : Finance solidaire à Dakar' });
    expect(preview.find((mail) => mail.recipient === 'quebec@example.ca')).toMatchObject({ outcome: 'rejected', locale: 'fr' });
    expect(await mailing.send()).toEqual({ decisions: 6, mails: 6 });
    expect(await mailing.preview()).toEqual([]);
    await expect(new SelectionDesk(harness.context, systemActor, edition).decide(ids.get('quebec@example.ca')!, { outcome: 'accepted' })).rejects.toMatchObject({ kind: 'conflict' });

    const koopera = ids.get('koopera@example.es')!;
    const speaker = await actorFor(harness.context, owners.get('koopera@example.es')!);
    const outcome = await confirmParticipation(harness.context, speaker, edition, koopera);
    expect(outcome.sessionId).not.toBeNull();
    const roles = await harness.context.storage.db.selectFrom('session_person_role').innerJoin('person', 'person.id', 'session_person_role.person_id')
      .select(['person.email', 'session_person_role.role']).where('session_person_role.session_id', '=', outcome.sessionId!).execute();
    expect(roles).toContainEqual({ email: 'koopera@example.es', role: 'speaker' });
    const initiative = await harness.context.storage.db.selectFrom('initiative').select(['session_id', 'country']).where('id', '=', outcome.initiativeId!).executeTakeFirstOrThrow();
    expect(initiative).toEqual({ session_id: outcome.sessionId, country: 'ES' });
    expect((await confirmParticipation(harness.context, speaker, edition, koopera)).initiativeId).toBe(outcome.initiativeId);
    const rejected = await actorFor(harness.context, owners.get('quebec@example.ca')!);
    await expect(confirmParticipation(harness.context, rejected, edition, ids.get('quebec@example.ca')!)).rejects.toMatchObject({ kind: 'conflict' });
    await expect(confirmParticipation(harness.context, rejected, edition, koopera)).rejects.toMatchObject({ kind: 'not_found' });
  });

  it('exports proposals, reviews and decisions as CSV and XLSX where a title cannot run as a formula', async () => {
    const exports = new CallExports(harness.context, systemActor, edition);
    const csv = await exports.csv('submissions', 'es');
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""Fiare"")"`);
    expect(await exports.csv('reviews', 'en')).toContain('jury@example.org');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await exports.xlsx('fr')) as never);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['submissions', 'reviews', 'decisions']);
    const titles = workbook.getWorksheet('submissions')!.getColumn(4).values.filter((value) => typeof value === 'string');
    expect(titles).toContain("'=HYPERLINK(\"http://evil.example\",\"Fiare\")");
    const participant = await actorFor(harness.context, owners.get('quebec@example.ca')!);
    expect(() => new CallExports(harness.context, participant, edition)).toThrow(expect.objectContaining({ kind: 'forbidden' }));
  });
  it('a partner’s accepted workshop becomes a draft session of its own, with its confirmed speaker', async () => {
    const { userId, submission } = await sentSubmission(harness.context, edition, 'oecd@example.org', {
      kind: 'workshop', language: 'en', title: { original: 'en', text: { en: 'Local ecosystems for the SSE' } }, answers: {},
    });
    const desk = new SelectionDesk(harness.context, systemActor, edition);
    await desk.decide(submission.id, { outcome: 'accepted' });
    await new DecisionMailing(harness.context, systemActor, edition).send();
    const outcome = await confirmParticipation(harness.context, await actorFor(harness.context, userId), edition, submission.id);
    const session = await harness.context.storage.db.selectFrom('session').select(['format', 'status', 'proposed_by_user_id']).where('id', '=', outcome.sessionId!).executeTakeFirstOrThrow();
    expect(session).toEqual({ format: 'partner_workshop', status: 'draft', proposed_by_user_id: userId });
    expect(outcome.initiativeId).toBeNull();
    expect((await confirmParticipation(harness.context, await actorFor(harness.context, userId), edition, submission.id)).sessionId).toBe(outcome.sessionId);
  });
});
