import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editionRow, makeAccount, makeEdition, openCall, trilingual } from '../../../tests/factories/call.js';
import { createTestApp, type TestApp } from '../../../tests/support/test-app.js';
import { testEngine } from '../../../tests/support/test-storage.js';
import { anonymousActor, systemActor } from '../accounts/index.js';
import { loadActor } from '../accounts/actor.js';
import { DomainError } from '../errors.js';
import { CallService, describeDeadline, type EditionRow } from './index.js';

describe(`the call for proposals, on ${testEngine}`, () => {
  let harness: TestApp;
  let edition: EditionRow;
  beforeAll(async () => {
    harness = await createTestApp();
    await makeEdition(harness.context, { slug: 'gsef-2018-bilbao' });
    edition = await editionRow(harness.context, 'gsef-2018-bilbao');
  });
  afterAll(() => harness.close());

  it('a deadline typed as a local time is the edition’s own zone, and each reader sees it in theirs', async () => {
    const call = await openCall(harness.context, edition);
    expect(call.deadline).toBe('2026-04-01T21:59:00.000Z');
    expect(describeDeadline(call.deadline, 'fr', 'Europe/Madrid')).toBe('1 avril 2026 à 23:59 (Europe/Madrid)');
    expect(describeDeadline(call.deadline, 'es', 'America/Argentina/Cordoba')).toBe('1 de abril de 2026 a las 18:59 (America/Argentina/Cordoba)');
    expect(call.questions.map((question) => question.key)).toEqual(['scale', 'partners', 'brochure']);
    expect(call.acceptsChanges).toBe(true);
  });

  it('a draft call is the organisers’ alone; an open one is public', async () => {
    await makeEdition(harness.context, { slug: 'draft-call-forum' });
    const other = await editionRow(harness.context, 'draft-call-forum');
    const saved = await new CallService(harness.context, systemActor, other).save({ status: 'draft', deadline: '2026-05-01T12:00:00Z', submissionKinds: ['initiative'] });
    expect(saved.status).toBe('draft');
    const participantId = await makeAccount(harness.context, 'reader@example.org');
    const participant = await loadActor(harness.context.storage.db, harness.context.storage.dialect, participantId);
    for (const actor of [anonymousActor, participant]) {
      await expect(new CallService(harness.context, actor, other).get()).rejects.toMatchObject({ kind: 'not_found' });
      await expect(new CallService(harness.context, actor, other).save({ status: 'open', deadline: '2026-05-01T12:00:00Z', submissionKinds: ['initiative'] })).rejects.toMatchObject({ kind: 'forbidden' });
    }
    expect((await new CallService(harness.context, anonymousActor, edition).get()).status).toBe('open');
  });

  it('a question label missing a language, or a choice question without choices, is refused by field', async () => {
    const error = await new CallService(harness.context, systemActor, edition)
      .save({
        status: 'open', deadline: '2026-04-01T23:59', submissionKinds: ['initiative'],
        questions: [
          { key: 'budget', kind: 'text', label: { original: 'en', text: { en: 'Budget' } } },
          { key: 'scale', kind: 'choice', label: trilingual('Scale', 'Échelle', 'Escala') },
        ],
      })
      .catch((caught: DomainError) => caught);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).fields.map((field) => field.path)).toEqual(['questions.0.label.text', 'questions.1.choices']);
    expect((await new CallService(harness.context, systemActor, edition).get()).questions.map((question) => question.key)).toEqual(['scale', 'partners', 'brochure']);
  });
});
