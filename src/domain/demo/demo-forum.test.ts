import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStorage, testEngine, type TestStorage } from '../../../tests/support/test-storage.js';
import { generateDemoForum } from './generate-demo-forum.js';
import { loadDemoForum } from './load-demo-forum.js';

describe('the demo forum', () => {
  const bilbao = generateDemoForum({ seed: 2018 });
  const rows = bilbao.rows;
  const editionId = rows.edition.find((edition) => edition.slug === 'gsef-2018-bilbao')!.id;
  const workshops = rows.session.filter((session) => session.edition_id === editionId && session.format !== 'plenary');

  it('is the same for the same seed, ids included, and different for another seed', () => {
    expect(generateDemoForum({ seed: 2018 })).toEqual(bilbao);
    expect(generateDemoForum({ seed: 2019 }).rows.person[0]).not.toEqual(rows.person[0]);
  });

  it('is shaped like Bilbao 2018: 3 days, 9 slots, 5 rooms, about 45 workshops, 110 initiatives from 36 countries, 150 people', () => {
    expect(rows.program_day.filter((day) => day.edition_id === editionId)).toHaveLength(3);
    expect(rows.time_slot.filter((slot) => slot.edition_id === editionId)).toHaveLength(9);
    expect(rows.venue.filter((venue) => venue.edition_id === editionId && venue.kind === 'room').length).toBe(6);
    expect(workshops).toHaveLength(45);
    const initiatives = rows.initiative.filter((initiative) => initiative.edition_id === editionId);
    expect(initiatives.length).toBeGreaterThanOrEqual(100);
    expect(initiatives.length).toBeLessThanOrEqual(120);
    expect(new Set(initiatives.map((initiative) => initiative.country)).size).toBe(36);
    expect(rows.person.length).toBeGreaterThanOrEqual(130);
    expect(rows.person.length).toBeLessThanOrEqual(170);
  });

  it('writes content in French, Spanish and English, with a declared original', () => {
    const titles = rows.session.map((session) => JSON.parse(session.title as string) as { original: string; text: Record<string, string> });
    for (const language of ['fr', 'es', 'en']) {
      expect(titles.some((title) => title.original === language)).toBe(true);
      expect(titles.some((title) => title.text[language] !== undefined && title.original !== language)).toBe(true);
    }
  });

  it('never puts two workshops in the same room at the same time', () => {
    const placements = workshops.map((session) => `${session.slot_id}/${session.venue_id}`);
    expect(new Set(placements).size).toBe(placements.length);
  });

  it('computes every time from the edition’s zone: the first workshop starts at 09:30 in Madrid, 07:30 UTC (summer time)', () => {
    const first = rows.time_slot.filter((slot) => slot.edition_id === editionId).sort((a, b) => a.starts_at.localeCompare(b.starts_at))[0]!;
    expect(first.starts_at).toBe('2018-10-01T07:30:00.000Z');
    expect(DateTime.fromISO(first.starts_at, { zone: 'Europe/Madrid' }).toFormat('HH:mm')).toBe('09:30');
  });

  it('keeps drafts to exercise the publication rules: some sessions and a whole virtual edition', () => {
    expect(workshops.some((session) => session.status === 'draft')).toBe(true);
    const virtual = rows.edition.find((edition) => edition.slug === 'gsef-2021-mexico')!;
    expect(virtual).toMatchObject({ status: 'draft', format: 'virtual', time_zone: 'America/Mexico_City' });
    const coCreation = rows.session.filter((session) => session.edition_id === virtual.id);
    expect(coCreation.every((session) => session.format === 'co_creation' && session.capacity === 70 && session.registration_required === true)).toBe(true);
  });

  it('grows with --scale for benchmarks', () => {
    const large = generateDemoForum({ seed: 2018, scale: 10 }).rows;
    expect(large.session.filter((session) => session.format !== 'plenary' && session.format !== 'co_creation')).toHaveLength(450);
    expect(large.initiative.length).toBeGreaterThan(1000);
  });
});

describe(`loading the demo forum, on ${testEngine}`, () => {
  let storage: TestStorage;
  beforeAll(async () => {
    storage = await createTestStorage();
  });
  afterAll(() => storage.close());

  it('stores every row in one go, with progress, and refuses to load the same editions twice', async () => {
    const seen: number[] = [];
    const summary = await loadDemoForum(storage, { seed: 2018 }, (done) => seen.push(done));
    expect(summary).toMatchObject({ editions: 2, workshops: 45, countries: 36 });
    expect(seen.at(-1)).toBeGreaterThan(1000);
    const stored = await storage.db.selectFrom('initiative').select(({ fn }) => fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(stored.n)).toBe(summary.initiatives);
    await expect(loadDemoForum(storage, { seed: 2018 })).rejects.toThrow(/already has the demo edition/);
  });
});
