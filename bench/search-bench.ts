/**
 * `npm run bench:search`: full-text search of a synthetic archive of 100,000 initiatives (with
 * proportionate sessions, people and organisations, fr/es/en text) on SQLite and on PostgreSQL:
 * the index build time, then p50/p95/max latency of ~200 fixed queries. Goal: p95 under 30 ms.
 * `BENCH_INITIATIVES` changes the size; PostgreSQL is skipped with a message when unreachable.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { readConfig } from '../src/config/index.js';
import { insertInBatches } from '../src/db/batch-insert.js';
import { systemClock } from '../src/db/clock.js';
import { encodeJson, openStorage, type Storage } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrations.js';
import { refreshSearchIndex, searchPublicArchive, type SearchQuery } from '../src/domain/archive/index.js';
import type { AppContext } from '../src/domain/context.js';
import { familyNames, givenNames, places } from '../src/domain/demo/places.js';
import { SeededRandom } from '../src/domain/demo/prng.js';
import { initiativeActions, initiativeObjects, organisationKindsByShare, organisationPrefixes, themes, workshopSubjects, type Trilingual } from '../src/domain/demo/vocabulary.js';
import { progressReporter } from '../src/cli/progress.js';

const initiativeCount = Number(process.env.BENCH_INITIATIVES ?? 100_000);
const postgresUrl = process.env.BENCH_POSTGRES_URL ?? 'postgres://root@127.0.0.1:5432/test';
const goalMs = 30;
const editionCount = 10;
const sessionsPerEdition = Math.ceil(initiativeCount / editionCount / 4);
const organisationCount = Math.ceil(initiativeCount * 0.3);
const peopleCount = Math.ceil(initiativeCount * 0.5);

/** Made-up words, each in a few documents: the rare terms of the query set. */
function rareWords(random: SeededRandom, count: number): string[] {
  const syllables = ['ka', 'lo', 'mi', 'tar', 'zu', 'ven', 'ri', 'sol', 'qua', 'ne', 'bri', 'dor', 'fe', 'lun', 'pax', 'tel'];
  return Array.from({ length: count }, () => Array.from({ length: 4 }, () => random.pick(syllables)).join(''));
}

function trilingual(random: SeededRandom, make: (language: keyof Trilingual) => string) {
  const original = random.pick(['fr', 'es', 'en'] as const);
  const languages = random.chance(0.5) ? (['fr', 'es', 'en'] as const) : [original];
  return { original, text: Object.fromEntries(languages.map((language) => [language, make(language)])) };
}

async function generate(storage: Storage): Promise<void> {
  const { db } = storage;
  const random = new SeededRandom(2018);
  const rare = rareWords(random, 3000);
  const stamp = { created_at: '2024-01-01T00:00:00.000Z', updated_at: '2024-01-01T00:00:00.000Z' };
  const report = progressReporter('Generating the archive');
  const total = editionCount + organisationCount + peopleCount + sessionsPerEdition * editionCount + initiativeCount;
  let done = 0;
  await db.transaction().execute(async (trx) => {
    const run = async (table: string, rows: Record<string, unknown>[]) => {
      await insertInBatches(trx, table, rows, (count) => {
        if (['edition', 'organisation', 'person', 'session', 'initiative'].includes(table)) report((done += count), total);
      });
    };
    await run('edition', Array.from({ length: editionCount }, (_, e) => ({
      id: `ed${e}`, slug: `forum-${2014 + e}`, name: encodeJson({ original: 'en', text: { en: `Global Social Economy Forum ${2014 + e}`, fr: `Forum mondial ${2014 + e}`, es: `Foro global ${2014 + e}` } }),
      tagline: null, description: null, host_city: places[e % places.length]!.city, country: places[e % places.length]!.country, venue: null, starts_on: `${2014 + e}-10-01`,
      ends_on: `${2014 + e}-10-03`, time_zone: 'Europe/Madrid', format: 'hybrid', languages: encodeJson(['fr', 'es', 'en']), website: null, status: 'published',
      hide_unconfirmed_roles: e % 2 === 0, ...stamp,
    })));
    await run('theme', Array.from({ length: editionCount }, (_, e) => themes.map((theme, t) => ({ id: `th${e}-${t}`, edition_id: `ed${e}`, code: theme.code, name: encodeJson({ original: 'en', text: { fr: theme.fr, es: theme.es, en: theme.en } }) }))).flat());
    await run('organisation', Array.from({ length: organisationCount }, (_, o) => {
      const kind = random.pick(organisationKindsByShare);
      const place = random.pick(places);
      const object = random.pick(initiativeObjects);
      return { id: `org${o}`, name: encodeJson(trilingual(random, (language) => `${organisationPrefixes[kind][language]} ${object[language].replace(/^(l’|le |la |les |el |los |las )/, '')} ${place.city}`)), acronym: null, kind, city: place.city, country: place.country, website: null, ...stamp };
    }));
    await run('person', Array.from({ length: peopleCount }, (_, p) => {
      const place = random.pick(places);
      return { id: `per${p}`, name: `${random.pick(givenNames[place.names])} ${random.pick(familyNames[place.names])}`, honorific: null, bio: null, role_title: null,
        organisation_id: `org${random.integer(0, organisationCount - 1)}`, country: place.country, email: `person${p}@example.org`, gender: null, ...stamp };
    }));
    const formats = ['workshop', 'workshop', 'workshop', 'plenary', 'partner_workshop', 'co_creation', 'side_event'];
    for (let e = 0; e < editionCount; e++) {
      await run('session', Array.from({ length: sessionsPerEdition }, (_, s) => {
        const subject = random.pick(workshopSubjects);
        return {
          id: `ses${e}-${s}`, edition_id: `ed${e}`, code: `${1 + (s % 9)}.${1 + Math.floor(s / 9) % 9}.${1 + Math.floor(s / 81)}`, format: random.pick(formats),
          title: encodeJson(trilingual(random, (language) => subject[language])),
          summary: encodeJson(trilingual(random, (language) => `${random.pick(initiativeActions)[language]} ${random.pick(initiativeObjects)[language]} ${random.pick(rare)}.`)),
          context: null, objectives: encodeJson([]), main_questions: encodeJson([]), thematic_line_id: null, slot_id: null, venue_id: null, starts_at: null, ends_at: null,
          duration_minutes: 90, language: 'fr', interpretation_languages: encodeJson([]), capacity: null, registration_required: false, status: s % 20 === 0 ? 'draft' : 'published',
          proposed_by_user_id: null, ...stamp,
        };
      }));
      await run('session_theme', Array.from({ length: sessionsPerEdition }, (_, s) => ({ session_id: `ses${e}-${s}`, theme_id: `th${e}-${s % themes.length}` })));
      await run('session_person_role', Array.from({ length: sessionsPerEdition * 2 }, (_, r) => ({
        id: `role${e}-${r}`, session_id: `ses${e}-${r >> 1}`, person_id: `per${random.integer(0, peopleCount - 1)}`, role: r % 2 === 0 ? 'moderator' : 'speaker',
        status: random.chance(0.8) ? 'confirmed' : 'to_be_confirmed', position: r % 2,
      })));
    }
    const perEdition = initiativeCount / editionCount;
    const initiatives: Record<string, unknown>[] = [];
    const initiativeThemes: Record<string, unknown>[] = [];
    const presenters: Record<string, unknown>[] = [];
    for (let i = 0; i < initiativeCount; i++) {
      const e = Math.floor(i / perEdition);
      const place = random.pick(places);
      const action = random.pick(initiativeActions);
      const object = random.pick(initiativeObjects);
      const word = random.pick(rare);
      initiatives.push({
        id: `ini${i}`, edition_id: `ed${e}`, session_id: null, code: `${1 + (i % 9)}.${1 + Math.floor(i / 9) % 9}.${1 + Math.floor(i / 81) % 9}.${1 + Math.floor(i / 729) % 20}`,
        title: encodeJson(trilingual(random, (language) => `${action[language]} ${object[language]}`)),
        description: encodeJson(trilingual(random, (language) => ({
          fr: `À ${place.city}, ce projet ${word} réunit habitants, coopératives et collectivité autour de ${object.fr} depuis ${2000 + (i % 20)}.`,
          es: `En ${place.city}, este proyecto ${word} reúne a vecinos, cooperativas y gobierno local en torno a ${object.es} desde ${2000 + (i % 20)}.`,
          en: `In ${place.city}, this ${word} project brings residents, cooperatives and the local government together around ${object.en} since ${2000 + (i % 20)}.`,
        })[language])),
        organisation_id: `org${i % organisationCount}`, city: place.city, region: place.region, country: place.country, website: null,
        status: i % 25 === 0 ? 'draft' : 'published', position: i, ...stamp,
      });
      initiativeThemes.push({ initiative_id: `ini${i}`, theme_id: `th${e}-${i % themes.length}` });
      presenters.push({ id: `pres${i}`, initiative_id: `ini${i}`, person_id: `per${i % peopleCount}`, role_title: null, position: 0 });
    }
    await run('initiative', initiatives);
    await run('initiative_theme', initiativeThemes);
    await run('initiative_presenter', presenters);
  });
}

/** ~200 fixed queries: common and rare words, two words, prefixes, codes, with and without filters. */
function querySet(): SearchQuery[] {
  const random = new SeededRandom(7);
  const rare = rareWords(new SeededRandom(2018), 3000);
  const single = ['coopérative', 'cooperativa', 'cooperative', 'économie', 'economia', 'social', 'logement', 'vivienda', 'housing', 'textile', 'reciclaje', 'agroecología',
    'énergie', 'renewable', 'mujeres', 'femmes', 'mobilité', 'cultura', 'quartier', 'fondo', 'réseau', 'network', 'Bilbao', 'Montréal', 'Seoul', 'Dakar', 'Quito', 'soins', 'cuidados',
    'marchés', 'producteurs', 'jeunes', 'jóvenes', 'finance', 'plataforma', 'laboratoire', 'programme', 'municipal', 'citoyen', 'ciudadano'];
  const prefixes = ['coop', 'eco', 'recyc', 'vivien', 'agro', 'mutu', 'fonda', 'soli', 'platef', 'energ', 'cultu', 'quart', 'monn', 'finan', 'empre', 'logem', 'jeun', 'mobil', 'ciud', 'asso'];
  const pairs = ['économie sociale', 'economía social', 'logement abordable', 'vivienda asequible', 'recyclage textile', 'energía renovable', 'women entrepreneurs', 'soins domicile',
    'cooperativa trabajo', 'réseau municipal', 'fonds citoyen', 'shared mobility', 'culture quartier', 'marchés producteurs', 'agroecología campesina', 'plataforma compartida',
    'insertion jeunes', 'local government', 'gobierno local', 'social economy'];
  const queries: SearchQuery[] = [];
  for (const text of single) queries.push({ text });
  for (const text of prefixes) queries.push({ text });
  for (const text of pairs) queries.push({ text });
  for (let r = 0; r < 40; r++) queries.push({ text: rare[r * 7]! });
  for (let r = 0; r < 10; r++) queries.push({ text: `${rare[r * 11]!.slice(0, 6)}` });
  for (let c = 0; c < 10; c++) queries.push({ text: `${1 + c % 9}.${1 + c % 5}.${1 + c % 3}` });
  const filters: Omit<SearchQuery, 'text'>[] = [
    { kind: 'initiative' }, { kind: 'session' }, { kind: 'person' }, { kind: 'organisation' }, { edition: 'forum-2016' }, { edition: 'forum-2022' }, { country: 'ES' },
    { country: 'FR' }, { organisationKind: 'cooperative' }, { format: 'workshop' }, { theme: 'th3-2' }, { kind: 'initiative', edition: 'forum-2019', country: 'MX' },
  ];
  for (let f = 0; f < 50; f++) queries.push({ text: random.pick([...single, ...pairs, ...prefixes]), ...random.pick(filters) });
  return queries.map((query, index) => (index % 10 === 9 ? { ...query, offset: 20 } : query));
}

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!;
}

interface EngineFigures {
  engine: string;
  buildSeconds: number;
  documents: number;
  p50: number;
  p95: number;
  max: number;
  slowest: string[];
}

async function measure(engine: string, storage: Storage, url: string, reuse = false): Promise<EngineFigures> {
  await migrateToLatest(storage.db, storage.dialect);
  let built = { documents: 0, milliseconds: 0 };
  if (!reuse) {
    console.error(`\n${engine}: generating ${initiativeCount} initiatives, ${sessionsPerEdition * editionCount} sessions, ${peopleCount} people, ${organisationCount} organisations…`);
    await generate(storage);
    console.error(`${engine}: building the search index…`);
    built = await refreshSearchIndex(storage, { onProgress: progressReporter(`${engine} index`) });
  }
  console.error(`${engine}: ${built.documents} documents indexed in ${(built.milliseconds / 1000).toFixed(1)} s`);
  const context: AppContext = { storage, clock: systemClock, config: readConfig({ CONVERGENCE_ENV: 'production', DATABASE_URL: url }) };
  const queries = querySet();
  for (const query of queries.slice(0, 15)) await searchPublicArchive(context, query);
  const timings: { ms: number; label: string }[] = [];
  for (const query of queries) {
    const started = performance.now();
    const result = await searchPublicArchive(context, query);
    const ms = performance.now() - started;
    timings.push({ ms, label: `${JSON.stringify(query)} → ${result.total}` });
  }
  const sorted = timings.map((timing) => timing.ms).sort((a, b) => a - b);
  return {
    engine, buildSeconds: built.milliseconds / 1000, documents: built.documents, p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), max: sorted.at(-1)!,
    slowest: [...timings].sort((a, b) => b.ms - a.ms).slice(0, 5).map((timing) => `${timing.ms.toFixed(1)} ms ${timing.label}`),
  };
}

const figures: EngineFigures[] = [];
/** Tuning aids: `BENCH_ENGINES=sqlite` or `postgres`; `BENCH_PG_SCHEMA=name` keeps (or reuses) that schema. */
const engines = (process.env.BENCH_ENGINES ?? 'sqlite,postgres').split(',');
const keptSchema = process.env.BENCH_PG_SCHEMA;
const folder = mkdtempSync(join(tmpdir(), 'convergence-search-bench-'));
const sqliteUrl = process.env.BENCH_SQLITE_FILE ?? join(folder, 'archive.sqlite');
const sqlite = openStorage(sqliteUrl);
try {
  if (engines.includes('sqlite')) figures.push(await measure('sqlite', sqlite, sqliteUrl));
} finally {
  await sqlite.close();
  rmSync(folder, { recursive: true, force: true });
}

const schema = keptSchema ?? `search_bench_${process.pid}`;
let admin: pg.Client | null = engines.includes('postgres') ? new pg.Client({ connectionString: postgresUrl }) : null;
try {
  await admin?.connect();
} catch (error) {
  console.error(`\nPostgreSQL skipped: ${postgresUrl} is unreachable (${error instanceof Error ? error.message : String(error)})`);
  admin = null;
}
if (admin) {
  admin.on('notice', () => undefined);
  const reuse = keptSchema !== undefined && (await admin.query('select 1 from pg_namespace where nspname = $1', [schema])).rowCount === 1;
  if (!reuse) await admin.query(`create schema ${schema}`);
  const url = new URL(postgresUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  const postgres = openStorage(url.toString());
  try {
    figures.push(await measure('postgres', postgres, url.toString(), reuse));
  } finally {
    await postgres.close();
    if (!keptSchema) await admin.query(`drop schema ${schema} cascade`);
    await admin.end();
  }
}

console.log(`\nSearch over ${initiativeCount} initiatives (${querySet().length} queries per engine; goal: p95 under ${goalMs} ms)\n`);
console.log('engine    documents  index build   p50 ms   p95 ms   max ms  goal');
for (const figure of figures) {
  console.log(`${figure.engine.padEnd(9)} ${String(figure.documents).padStart(9)}  ${figure.buildSeconds.toFixed(1).padStart(9)} s  ${figure.p50.toFixed(1).padStart(7)}  ${figure.p95.toFixed(1).padStart(7)}  ${figure.max.toFixed(1).padStart(7)}  ${figure.p95 < goalMs ? 'met' : 'MISSED'}`);
}
for (const figure of figures) console.log(`\nslowest on ${figure.engine}:\n  ${figure.slowest.join('\n  ')}`);
if (figures.some((figure) => figure.p95 >= goalMs)) process.exitCode = 1;
