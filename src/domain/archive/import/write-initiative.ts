import { encodeJson, encodeNullableJson } from '../../../db/database.js';
import type { LocalizedText } from '../../text/localized-text.js';
import { httpUrlSchema } from '../../validation.js';
import type { IdentityResolver } from './identity-resolver.js';
import type { ImportedDocument, ImportedInitiative } from './imported-document.js';
import type { RowWriter } from './row-writer.js';
import { withLanguage } from './text-values.js';
import type { EditionTarget } from './write-edition.js';

/** An initiative is known again by its code within its edition ("gsef-2018-bilbao 4.3.4"). */
export async function writeInitiative(
  writer: RowWriter, resolver: IdentityResolver, edition: EditionTarget, document: ImportedDocument, initiative: ImportedInitiative, position: number,
): Promise<string> {
  const language = document.language;
  const key = `${edition.id}:${initiative.code}`;
  const storedId = (await writer.findKey('initiative', key))
    ?? ((await writer.db.selectFrom('initiative').select('id').where('edition_id', '=', edition.id).where('code', '=', initiative.code).orderBy('id').executeTakeFirst())?.id ?? null);
  const stored = storedId ? ((await writer.read('initiative', storedId)) as { title: unknown; description: unknown; session_id: string | null; organisation_id: string | null; city: string | null; region: string | null; country: string | null; website: string | null; status: 'draft' | 'published' } | undefined) : undefined;
  const sessionId = await writer.findKey('session', `${edition.id}:code:${initiative.workshopCode}`);
  const organisationId = initiative.organisation ? await resolver.resolveOrganisation(initiative.organisation, language) : (stored?.organisation_id ?? null);
  const before = (column: 'title' | 'description') => (stored ? writer.dialect.decodeJson<LocalizedText | null>(stored[column]) : null);
  // A malformed address is kept as printed for lint to report, rather than silently dropped.
  const website = initiative.urls.find((url) => httpUrlSchema.safeParse(url).success) ?? initiative.urls[0] ?? stored?.website ?? null;
  const id = await writer.upsert('initiative', storedId, {
    edition_id: edition.id, session_id: sessionId ?? stored?.session_id ?? null, code: initiative.code,
    title: encodeJson(withLanguage(before('title'), language, initiative.title)),
    description: encodeNullableJson(initiative.description ? withLanguage(before('description'), language, initiative.description) : before('description')),
    organisation_id: organisationId, city: initiative.city ?? stored?.city ?? null, region: initiative.region ?? stored?.region ?? null,
    country: initiative.country ?? stored?.country ?? null, website, status: stored?.status ?? 'published', position,
  }, { entity: 'initiative', label: `${initiative.code} ${initiative.title}`, source: initiative.source });
  await writer.rememberKey('initiative', key, id);
  const presenters: Record<string, unknown>[] = [];
  for (const presenter of initiative.presenters) {
    const presenterOrganisation = presenter.organisation ? await resolver.resolveOrganisation(presenter.organisation, language) : organisationId;
    const personId = await resolver.resolvePerson(presenter, presenterOrganisation, language);
    if (presenters.some((row) => row.person_id === personId)) continue;
    presenters.push({ person_id: personId, role_title: encodeNullableJson(presenter.roleTitle ? withLanguage(null, language, presenter.roleTitle) : null), position: presenters.length });
  }
  if (presenters.length > 0) await writer.replaceChildren('initiative_presenter', 'initiative_id', id, presenters, { entity: 'initiative presenters', label: initiative.code, source: initiative.source });
  return id;
}
