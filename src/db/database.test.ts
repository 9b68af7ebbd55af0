import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStorage, testEngine, type TestStorage } from '../../tests/support/test-storage.js';
import { encodeJson } from './database.js';
import { newId } from './ids.js';

describe(`the storage seam on ${testEngine}`, () => {
  let storage: TestStorage;
  beforeAll(async () => {
    storage = await createTestStorage();
  });
  afterAll(() => storage.close());

  it('round-trips JSON, booleans and instants the same way on every engine', async () => {
    const id = newId();
    await storage.db
      .insertInto('user_account')
      .values({
        id, email: `${id}@example.org`, password_hash: 'x', display_name: 'Ana', locale: 'es', is_admin: true,
        person_id: null, created_at: '2018-10-01T09:00:00.000Z', updated_at: '2018-10-01T09:00:00.000Z',
      })
      .execute();
    const row = await storage.db.selectFrom('user_account').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(storage.dialect.decodeBoolean(row.is_admin)).toBe(true);
    expect(row.created_at).toBe('2018-10-01T09:00:00.000Z');
    const admins = await storage.db.selectFrom('user_account').select('id').where('is_admin', '=', true).execute();
    expect(admins.map((admin) => admin.id)).toEqual([id]);
  });

  it('stores multilingual text as JSON and reads it back whole', async () => {
    const id = newId();
    const name = { original: 'fr', text: { fr: 'Économie sociale', es: 'Economía social', en: 'Social economy' } };
    await storage.db
      .insertInto('organisation')
      .values({ id, name: encodeJson(name), acronym: null, kind: 'network', city: null, country: 'FR', website: null, created_at: 'x', updated_at: 'x' })
      .execute();
    const row = await storage.db.selectFrom('organisation').select('name').where('id', '=', id).executeTakeFirstOrThrow();
    expect(storage.dialect.decodeJson(row.name)).toEqual(name);
  });

  it('reports a unique violation in a way the domain can recognise', async () => {
    const values = {
      email: 'same@example.org', password_hash: 'x', display_name: 'A', locale: 'fr', is_admin: false, person_id: null,
      created_at: 'x', updated_at: 'x',
    };
    await storage.db.insertInto('user_account').values({ id: newId(), ...values }).execute();
    const error = await storage.db.insertInto('user_account').values({ id: newId(), ...values }).execute().catch((e: unknown) => e);
    expect(storage.dialect.isUniqueViolation(error)).toBe(true);
  });
});
