import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeEdition, makeSession, makeVirtualVenue } from '../../../tests/factories/forum.js';
import { createTestApp, type TestApp } from '../../../tests/support/test-app.js';
import { testEngine } from '../../../tests/support/test-storage.js';
import { systemActor } from '../accounts/index.js';
import { DomainError } from '../errors.js';
import { SessionService } from './session-service.js';
import { timingProblems } from './session-schemas.js';

describe(`sessions, on ${testEngine}`, () => {
  let harness: TestApp;
  beforeAll(async () => {
    harness = await createTestApp();
  });
  afterAll(() => harness.close());

  it('keeps every language of every text, objectives and questions included', async () => {
    const edition = await makeEdition(harness.context, { slug: 'led-2021-cordoba', timeZone: 'America/Argentina/Cordoba', startsOn: '2021-05-26', endsOn: '2021-06-01' });
    const objectives = [{ original: 'fr' as const, text: { fr: 'Explorer le lien', es: 'Explorar el vínculo', en: 'Explore the link' } }];
    const session = await makeSession(harness.context, edition, {
      code: '2.3.2', format: 'co_creation', objectives, mainQuestions: objectives, interpretationLanguages: ['es', 'en'],
      startsAt: '2021-06-01T14:05:00.000Z', endsAt: '2021-06-01T16:45:00.000Z', capacity: 70, registrationRequired: true,
      documents: [{ title: { original: 'en', text: { en: 'Guidelines for Local Governments' } }, url: 'https://example.org/guidelines' }], sdgs: [8, 11, 17],
    });
    expect(session.objectives).toEqual(objectives);
    expect(session.durationMinutes).toBe(160);
    expect(session.registrationRequired).toBe(true);
    expect(session.sdgs).toEqual([8, 11, 17]);
    expect(session.documents[0]?.url).toBe('https://example.org/guidelines');
  });

  it('names a duration that contradicts the times', () => {
    expect(timingProblems({ startsAt: '2021-06-01T14:05:00.000Z', endsAt: '2021-06-01T16:45:00.000Z', durationMinutes: 150 })[0]?.path).toBe('durationMinutes');
    expect(timingProblems({ startsAt: '2021-06-01T14:05:00.000Z', endsAt: '2021-06-01T14:05:00.000Z' })[0]?.path).toBe('endsAt');
  });

  it('refuses a room of another edition without saying anything about it', async () => {
    const mine = await makeEdition(harness.context, { slug: 'mine-2030' });
    const theirs = await makeEdition(harness.context, { slug: 'theirs-2030', status: 'draft' });
    const theirRoom = await makeVirtualVenue(harness.context, theirs.id, 'https://zoom.example.org/j/theirs');
    const sessions = new SessionService(harness.context, systemActor, { id: mine.id, starts_on: mine.startsOn, ends_on: mine.endsOn, time_zone: mine.timeZone });
    const error = await sessions.create({ format: 'workshop', title: { original: 'en', text: { en: 'X' } }, language: 'en', venueId: theirRoom }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).fields).toEqual([{ path: 'venueId', message: 'no such room or platform in this edition' }]);
  });

  it('a patch that breaks the timing is refused and leaves the session as it was', async () => {
    const edition = await makeEdition(harness.context, { slug: 'patch-2018' });
    const session = await makeSession(harness.context, edition, { startsAt: '2018-10-01T09:00:00.000Z', endsAt: '2018-10-01T10:30:00.000Z' });
    const sessions = new SessionService(harness.context, systemActor, { id: edition.id, starts_on: edition.startsOn, ends_on: edition.endsOn, time_zone: edition.timeZone });
    await expect(sessions.update(session.id, { durationMinutes: 60 })).rejects.toThrow(/contradicts/);
    expect((await sessions.get(session.id)).durationMinutes).toBe(90);
  });
});
