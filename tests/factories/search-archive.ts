import { encodeJson, type Db } from '../../src/db/database.js';
import type { LocalizedText } from '../../src/domain/text/localized-text.js';

/**
 * A small archive for search tests, with readable fixed ids so that the same assertions (same ids,
 * same order) run on SQLite and PostgreSQL: two published editions and a draft one, published and
 * draft sessions and initiatives, people public or not, organisations reached several ways.
 */
export const archive = {
  bilbao: 'ed-bilbao', mexico: 'ed-mexico', hidden: 'ed-hidden',
  finance: 'th-finance', ecology: 'th-ecology',
  koopera: 'org-koopera', reseau: 'org-reseau', secret: 'org-secret', oecd: 'org-oecd',
  workerCoops: 'ses-worker-coops', socialEconomy: 'ses-social-economy', draftSession: 'ses-draft', housing: 'ses-housing', invisible: 'ses-invisible',
  textile: 'ini-textile', housingCoop: 'ini-housing-coop', draftInitiative: 'ini-draft', hiddenEdition: 'ini-hidden-edition', circular: 'ini-circular',
  maria: 'per-maria', jean: 'per-jean', ana: 'per-ana', draftOnly: 'per-draft-only', pedro: 'per-pedro',
} as const;

const stamp = { created_at: '2024-01-01T00:00:00.000Z', updated_at: '2024-01-01T00:00:00.000Z' };
const text = (original: LocalizedText['original'], values: LocalizedText['text']) => encodeJson({ original, text: values });

export async function buildSearchArchive(db: Db, options: { currencies?: number } = {}): Promise<void> {
  const a = archive;
  const edition = (id: string, slug: string, status: 'published' | 'draft', hide: boolean) => ({
    id, slug, name: text('en', { en: `Forum ${slug}`, fr: `Forum ${slug}`, es: `Foro ${slug}` }), tagline: null, description: null, host_city: 'Bilbao', country: 'ES',
    venue: null, starts_on: '2018-10-01', ends_on: '2018-10-03', time_zone: 'Europe/Madrid', format: 'in_person' as const, languages: encodeJson(['es', 'fr', 'en']),
    website: null, status, hide_unconfirmed_roles: hide, ...stamp,
  });
  await db.insertInto('edition').values([
    edition(a.bilbao, 'gsef-2018-bilbao', 'published', true), edition(a.mexico, 'gsef-2021-mexico', 'published', false), edition(a.hidden, 'gsef-2030-draft', 'draft', false),
  ]).execute();
  await db.insertInto('theme').values([
    { id: a.finance, edition_id: a.bilbao, code: 'finance', name: text('en', { en: 'Solidarity finance', fr: 'Finance solidaire', es: 'Finanzas solidarias' }) },
    { id: a.ecology, edition_id: a.mexico, code: 'ecology', name: text('en', { en: 'Ecological transition', fr: 'Transition écologique', es: 'Transición ecológica' }) },
  ]).execute();
  const organisation = (id: string, name: string, values: LocalizedText['text'], kind: 'cooperative' | 'network' | 'association' | 'international_organisation', country: string, acronym: string | null = null) => ({
    id, name: text(Object.keys(values)[0] as LocalizedText['original'], values), acronym, kind, city: null, country, website: null, ...stamp,
  });
  await db.insertInto('organisation').values([
    organisation(a.koopera, 'Koopera', { es: 'Koopera Sociedad Cooperativa' }, 'cooperative', 'ES'),
    organisation(a.reseau, 'Réseau', { fr: 'Réseau des coopératives d’habitation', en: 'Housing cooperatives network' }, 'network', 'CA'),
    organisation(a.secret, 'Secret', { en: 'Clandestine Collective' }, 'association', 'FR'),
    organisation(a.oecd, 'OECD', { en: 'Organisation for Economic Co-operation and Development', fr: 'Organisation de coopération et de développement économiques' }, 'international_organisation', 'FR', 'OECD'),
  ]).execute();
  await db.insertInto('edition_partner').values({ id: 'partner-oecd', edition_id: a.bilbao, organisation_id: a.oecd, kind: 'partner', position: 0 }).execute();

  const session = (id: string, editionId: string, code: string | null, format: 'workshop' | 'plenary' | 'co_creation', title: string, summary: string | null, status: 'published' | 'draft') => ({
    id, edition_id: editionId, code, format, title, summary, context: null, objectives: encodeJson([]), main_questions: encodeJson([]), thematic_line_id: null, slot_id: null,
    venue_id: null, starts_at: null, ends_at: null, duration_minutes: 90, language: 'fr', interpretation_languages: encodeJson([]), capacity: null,
    registration_required: false, status, proposed_by_user_id: null, ...stamp,
  });
  await db.insertInto('session').values([
    session(a.workerCoops, a.bilbao, '1.1', 'workshop', text('fr', { fr: 'Les coopératives de travail', es: 'Las cooperativas de trabajo', en: 'Worker cooperatives' }),
      text('fr', { fr: 'Comment les salariés reprennent leur entreprise et font vivre l’économie sociale au quotidien.' }), 'published'),
    session(a.socialEconomy, a.bilbao, '1.1.3', 'plenary', text('es', { es: 'Economía social y ciudades', en: 'Social economy and cities' }),
      text('es', { es: 'Los gobiernos locales apoyan la economía social.' }), 'published'),
    session(a.draftSession, a.bilbao, '9.9', 'workshop', text('fr', { fr: 'Atelier confidentiel en préparation' }), null, 'draft'),
    session(a.housing, a.mexico, '2.1', 'co_creation', text('en', { en: 'Housing in Mexico City' }),
      text('es', { es: 'Cooperativas de vivienda y el derecho a la ciudad.' }), 'published'),
    session(a.invisible, a.hidden, '3.1', 'workshop', text('fr', { fr: 'Atelier invisible du forum brouillon' }), null, 'published'),
  ]).execute();
  await db.insertInto('session_theme').values([{ session_id: a.workerCoops, theme_id: a.finance }, { session_id: a.housing, theme_id: a.ecology }]).execute();
  await db.insertInto('session_organisation').values({ id: 'so-reseau', session_id: a.housing, organisation_id: a.reseau, role: 'organiser', position: 0 }).execute();

  const initiative = (id: string, editionId: string, code: string | null, title: string, description: string | null, organisationId: string | null, country: string, status: 'published' | 'draft', position = 0) => ({
    id, edition_id: editionId, session_id: null, code, title, description, organisation_id: organisationId, city: null, region: null, country, website: null, status, position, ...stamp,
  });
  await db.insertInto('initiative').values([
    initiative(a.textile, a.bilbao, '1.1.3.2', text('es', { es: 'Koopera: reciclaje textil cooperativo', fr: 'Koopera : recyclage textile coopératif' }),
      text('es', { es: 'Una cooperativa de inserción que recoge ropa usada en Euskadi.' }), a.koopera, 'ES', 'published'),
    initiative(a.housingCoop, a.mexico, '2.1.1', text('fr', { fr: 'Une coopérative de logement abordable' }),
      text('fr', { fr: 'Des familles construisent ensemble leurs maisons.' }), null, 'MX', 'published'),
    initiative(a.circular, a.mexico, '1.1.30', text('en', { en: 'Repair cafés in every neighbourhood' }),
      text('en', { en: 'Volunteers repair objects; a textile workshop mends clothes for the social economy.' }), null, 'MX', 'published'),
    initiative(a.draftInitiative, a.bilbao, '1.2.9', text('fr', { fr: 'Initiative secrète non publiée' }), null, null, 'FR', 'draft'),
    initiative(a.hiddenEdition, a.hidden, '3.1.1', text('en', { en: 'Clandestine exchange network' }), null, a.secret, 'FR', 'published'),
    ...Array.from({ length: options.currencies ?? 25 }, (_, index) => initiative(`ini-currency-${String(index).padStart(2, '0')}`, a.mexico, null,
      text('fr', { fr: `Monnaie locale numéro ${index + 1}` }), text('fr', { fr: 'Une monnaie complémentaire pour le commerce de proximité.' }), null, 'MX', 'published', index + 1)),
  ]).execute();
  await db.insertInto('initiative_theme').values([{ initiative_id: a.textile, theme_id: a.finance }, { initiative_id: a.housingCoop, theme_id: a.ecology }]).execute();

  const person = (id: string, name: string, email: string, bio: string | null, organisationId: string | null, country: string) => ({
    id, name, honorific: null, bio, role_title: null, organisation_id: organisationId, country, email, gender: null, ...stamp,
  });
  await db.insertInto('person').values([
    person(a.maria, 'María Núñez', 'maria.nunez@privatemail.example', text('es', { es: 'Experta en economía social y finanzas éticas.' }), a.koopera, 'ES'),
    person(a.jean, 'Jean Tremblay', 'jean@privatemail.example', null, null, 'CA'),
    person(a.ana, 'Ana Ruiz', 'ana@privatemail.example', null, a.reseau, 'MX'),
    person(a.draftOnly, 'Bernadette Brouillon', 'bernadette@privatemail.example', null, null, 'FR'),
    person(a.pedro, 'Pedro Páramo', 'pedro@privatemail.example', null, null, 'MX'),
  ]).execute();
  await db.insertInto('session_person_role').values([
    { id: 'role-maria', session_id: a.workerCoops, person_id: a.maria, role: 'moderator', status: 'confirmed', position: 0 },
    // Bilbao hides roles still to be confirmed; Mexico shows them.
    { id: 'role-jean', session_id: a.workerCoops, person_id: a.jean, role: 'speaker', status: 'to_be_confirmed', position: 1 },
    { id: 'role-ana', session_id: a.housing, person_id: a.ana, role: 'speaker', status: 'to_be_confirmed', position: 0 },
    { id: 'role-draft', session_id: a.draftSession, person_id: a.draftOnly, role: 'speaker', status: 'confirmed', position: 0 },
  ]).execute();
  await db.insertInto('initiative_presenter').values({ id: 'presenter-pedro', initiative_id: a.housingCoop, person_id: a.pedro, role_title: null, position: 0 }).execute();
}
