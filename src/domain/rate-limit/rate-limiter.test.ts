import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClock } from '../../../tests/support/test-app.js';
import { createTestStorage, testEngine, type TestStorage } from '../../../tests/support/test-storage.js';
import { hitRateLimit } from './rate-limiter.js';

describe(`rate limits, on ${testEngine}`, () => {
  let storage: TestStorage;
  beforeAll(async () => {
    storage = await createTestStorage();
  });
  afterAll(() => storage.close());

  it('a burst just before a window boundary is not followed by a fresh allowance just after it', async () => {
    // 09:59:50, ten seconds before a ten-minute boundary.
    const clock = new TestClock(new Date('2026-03-01T09:59:50.000Z'));
    const rule = { bucket: 'sign-in:boundary', limit: 10, windowSeconds: 600 };
    for (let hit = 0; hit < 10; hit++) expect((await hitRateLimit(storage.db, clock, rule)).allowed).toBe(true);
    clock.advance(20_000);
    expect((await hitRateLimit(storage.db, clock, rule)).allowed).toBe(false);
  });
});
