import { encodeJson } from '../../src/db/database.js';
import { newId } from '../../src/db/ids.js';
import { systemActor, type Actor } from '../../src/domain/accounts/index.js';
import { loadActor } from '../../src/domain/accounts/actor.js';
import { CallService, SubmissionService, type EditionRow, type SubmissionInput } from '../../src/domain/call/index.js';
import type { AppContext } from '../../src/domain/context.js';
import { ReviewBoard, saveReviewSettings } from '../../src/domain/review/index.js';
import { makeAccount, makeEdition } from './forum.js';

export const trilingual = (en: string, fr: string, es: string) => ({ original: 'en' as const, text: { en, fr, es } });

/** An open call with a required choice question and a file question, deadline a month after the test clock. */
export async function openCall(context: AppContext, edition: EditionRow) {
  return new CallService(context, systemActor, edition).save({
    status: 'open', deadline: '2026-04-01T23:59', submissionKinds: ['initiative', 'workshop'],
    intro: trilingual('Tell us about your initiative', 'Présentez votre initiative', 'Presente su iniciativa'),
    questions: [
      { key: 'scale', kind: 'choice', label: trilingual('Scale', 'Échelle', 'Escala'), required: true, forKinds: ['initiative'],
        choices: [{ value: 'local', label: trilingual('Local', 'Locale', 'Local') }, { value: 'national', label: trilingual('National', 'Nationale', 'Nacional') }] },
      { key: 'partners', kind: 'long_text', label: trilingual('Partners', 'Partenaires', 'Socios'), forKinds: ['initiative', 'workshop'], maxLength: 2000 },
      { key: 'brochure', kind: 'file', label: trilingual('Brochure', 'Brochure', 'Folleto'), forKinds: ['initiative'] },
    ],
  });
}

export async function editionRow(context: AppContext, slug: string): Promise<EditionRow> {
  return context.storage.db.selectFrom('edition').selectAll().where('slug', '=', slug).executeTakeFirstOrThrow();
}

export async function actorFor(context: AppContext, userId: string): Promise<Actor> {
  return loadActor(context.storage.db, context.storage.dialect, userId);
}

export function initiativeInput(overrides: Partial<SubmissionInput> = {}): SubmissionInput {
  return {
    kind: 'initiative', language: 'es',
    title: { original: 'es', text: { es: 'Koopera: reciclaje textil e inserción laboral' } },
    summary: { original: 'es', text: { es: 'Koopera, cooperativa de Bilbao, recoge ropa usada y da empleo a personas en riesgo de exclusión.' } },
    organisationName: 'Koopera', organisationKind: 'cooperative', city: 'Bilbao', country: 'ES', website: 'https://koopera.org',
    answers: { scale: 'local' }, ...overrides,
  };
}

/** A sent proposal by a new account. */
export async function sentSubmission(context: AppContext, edition: EditionRow, email: string, overrides: Partial<SubmissionInput> = {}) {
  const userId = await makeAccount(context, email);
  const service = new SubmissionService(context, await actorFor(context, userId), edition);
  const draft = await service.create(initiativeInput(overrides));
  const sent = await service.submit(draft.id);
  return { userId, submission: sent };
}

/** Criteria with weights, anonymous review, no phase (open until organisers set one). */
export async function setUpReview(context: AppContext, edition: EditionRow, options: { anonymous?: boolean; sameCountry?: boolean } = {}) {
  await saveReviewSettings(context, systemActor, edition, {
    anonymous: options.anonymous ?? true, conflictSameCountry: options.sameCountry ?? false, reviewsPerSubmission: 2,
    criteria: [
      { key: 'relevance', label: trilingual('Relevance to the SSE', 'Pertinence pour l’ESS', 'Pertinencia para la ESS'), weight: 2 },
      { key: 'impact', label: trilingual('Local impact', 'Impact local', 'Impacto local'), weight: 1 },
    ],
  });
}

export async function makeReviewer(context: AppContext, edition: EditionRow, email: string, profile: { languages?: string[]; organisationName?: string | null; country?: string | null } = {}) {
  const userId = await makeAccount(context, email);
  await new ReviewBoard(context, systemActor, edition).saveReviewer({
    email, languages: (profile.languages ?? ['es', 'fr', 'en']) as never, organisationName: profile.organisationName ?? null, country: (profile.country ?? null) as never,
  });
  return userId;
}

export async function makeTheme(context: AppContext, editionId: string, code: string, name: string): Promise<string> {
  const id = newId();
  await context.storage.db.insertInto('theme').values({ id, edition_id: editionId, code, name: encodeJson({ original: 'en', text: { en: name } }) }).execute();
  return id;
}

export { makeAccount, makeEdition };
