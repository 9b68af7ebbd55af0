/**
 * The benchmark's second stage: the same generated call stored as real proposals, presenters,
 * reviewers and reviews, then "suggest a selection" through the organisers' service, which reads
 * everything back from the database (SQLite, and PostgreSQL when reachable).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { readConfig } from '../src/config/index.js';
import { insertInBatches } from '../src/db/batch-insert.js';
import { systemActor } from '../src/domain/accounts/index.js';
import { systemClock } from '../src/db/clock.js';
import { encodeJson, openStorage, type Storage } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrations.js';
import type { AppContext } from '../src/domain/context.js';
import { SelectionDesk, type SelectionCandidate, type SelectionTarget } from '../src/domain/selection/index.js';

const postgresUrl = process.env.BENCH_POSTGRES_URL ?? 'postgres://root@127.0.0.1:5432/test';

async function storeCall(storage: Storage, candidates: SelectionCandidate[], reviewers: number, targets: SelectionTarget[]): Promise<string> {
  const { db } = storage;
  const now = new Date().toISOString();
  const editionId = 'bench-edition';
  await db.insertInto('edition').values({
    id: editionId, slug: 'bench-call', name: encodeJson({ original: 'en', text: { en: 'Bench forum' } }), tagline: null, description: null, host_city: 'Bilbao', country: 'ES',
    venue: null, starts_on: '2018-10-01', ends_on: '2018-10-03', time_zone: 'Europe/Madrid', format: 'in_person', languages: encodeJson(['es', 'fr', 'en']), website: null,
    status: 'published', hide_unconfirmed_roles: false, created_at: now, updated_at: now,
  }).execute();
  await db.insertInto('call_for_proposals').values({ id: 'bench-call', edition_id: editionId, status: 'open', intro: null, deadline_at: '2030-01-01T00:00:00.000Z', submission_kinds: encodeJson(['initiative']), sdgs: encodeJson([]), created_at: now, updated_at: now }).execute();
  const users = Array.from({ length: candidates.length + reviewers }, (_, index) => ({
    id: `user-${index}`, email: `person-${index}@bench.example`, password_hash: 'x', display_name: `Person ${index}`, locale: 'en', is_admin: false, person_id: null, created_at: now, updated_at: now,
  }));
  await insertInBatches(db, 'user_account', users);
  await insertInBatches(db, 'submission', candidates.map((candidate, index) => ({
    id: candidate.id, edition_id: editionId, call_id: 'bench-call', kind: 'initiative', status: 'submitted', owner_user_id: `user-${index}`, language: candidate.language,
    title: encodeJson({ original: 'en', text: { en: `Initiative ${index}` } }), summary: null, organisation_name: `Organisation ${index}`, organisation_kind: candidate.organisationKind,
    city: null, country: candidate.country, website: null, networks: encodeJson([]), themes: encodeJson(candidate.themes), sdgs: encodeJson(candidate.sdgs), answers: encodeJson({}),
    version: 2, submitted_at: now, created_at: now, updated_at: now,
  })));
  await insertInBatches(db, 'submission_presenter', candidates.flatMap((candidate, index) => candidate.presenterGenders.map((gender, position) => ({
    id: `presenter-${index}-${position}`, submission_id: candidate.id, user_id: position === 0 ? `user-${index}` : null, name: `Presenter ${index}.${position}`,
    email: `presenter-${index}-${position}@bench.example`, role: position === 0 ? 'submitter' : 'co_presenter', gender, bio: null, invitation_token_hash: null, invited_at: null,
    accepted_at: now, confirmed_at: null, position,
  }))));
  // Three reviews a proposal whose mean is the generated score.
  await insertInBatches(db, 'review', candidates.flatMap((candidate, index) => candidate.score === null ? [] : [0, 1, 2].map((offset) => ({
    id: `review-${index}-${offset}`, edition_id: editionId, submission_id: candidate.id, reviewer_user_id: `user-${candidates.length + ((index + offset * 13) % reviewers)}`,
    scores: encodeJson({}), comment: '', weighted_score: candidate.score, status: 'submitted', submitted_at: now, updated_at: now,
  }))));
  await insertInBatches(db, 'selection_target', targets.map((target, position) => ({
    id: target.id, edition_id: editionId, dimension: target.dimension, value: target.value, min: target.min ?? null, max: target.max ?? null, unit: target.unit, position,
  })));
  return editionId;
}

async function timeThroughService(url: string, candidates: SelectionCandidate[], reviewers: number, places: number, targets: SelectionTarget[], runs: number) {
  const storage = openStorage(url);
  try {
    await migrateToLatest(storage.db, storage.dialect);
    const editionId = await storeCall(storage, candidates, reviewers, targets);
    const edition = await storage.db.selectFrom('edition').selectAll().where('id', '=', editionId).executeTakeFirstOrThrow();
    const context: AppContext = { storage, clock: systemClock, config: readConfig({ DATABASE_URL: url, CONVERGENCE_ENV: 'test' }) };
    const desk = new SelectionDesk(context, systemActor, edition);
    const elapsed: number[] = [];
    let met = 0;
    for (let run = 1; run <= runs; run++) {
      const began = performance.now();
      const suggestion = await desk.suggest({ places });
      elapsed.push(performance.now() - began);
      met = suggestion.targets.filter((outcome) => outcome.met).length;
    }
    return { elapsed, met };
  } finally {
    await storage.close();
  }
}

/** Times SelectionDesk.suggest on SQLite and PostgreSQL; returns a row per engine. */
export async function serviceStage(candidates: SelectionCandidate[], reviewers: number, places: number, targets: SelectionTarget[], runs: number) {
  const rows: { engine: string; elapsed: number[]; met: number }[] = [];
  const directory = mkdtempSync(join(tmpdir(), 'selection-bench-'));
  try {
    console.error('service stage: SQLite');
    rows.push({ engine: 'sqlite', ...(await timeThroughService(join(directory, 'bench.sqlite'), candidates, reviewers, places, targets, runs)) });
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
  const admin = new pg.Client({ connectionString: postgresUrl });
  try {
    await admin.connect();
  } catch (error) {
    console.error(`PostgreSQL skipped: ${postgresUrl} is unreachable (${error instanceof Error ? error.message : String(error)})`);
    return rows;
  }
  const schema = `selection_bench_${process.pid}`;
  await admin.query(`create schema ${schema}`);
  try {
    const url = new URL(postgresUrl);
    url.searchParams.set('options', `-c search_path=${schema}`);
    console.error('service stage: PostgreSQL');
    rows.push({ engine: 'postgres', ...(await timeThroughService(url.toString(), candidates, reviewers, places, targets, runs)) });
  } finally {
    await admin.query(`drop schema ${schema} cascade`);
    await admin.end();
  }
  return rows;
}
