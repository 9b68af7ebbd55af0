import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app.js';
import { testEngine } from '../../../../tests/support/test-storage.js';
import { loadDemoForum } from '../../../domain/demo/index.js';

describe(`the weight of the program page for a 500-session edition, on ${testEngine}`, () => {
  let harness: TestApp;
  beforeAll(async () => {
    harness = await createTestApp();
    // Scale 11: 9 slots × 55 rooms = 495 workshops, plus 3 plenaries.
    await loadDemoForum(harness.storage, { seed: 2018, scale: 11 });
    await harness.storage.db.updateTable('session').set({ status: 'published' }).execute();
  }, 120_000);
  afterAll(() => harness.close());

  it('transfers at most 100 KB compressed on first view (HTML, CSS and scripts together)', async () => {
    let total = 0;
    const report: string[] = [];
    for (const path of ['/editions/gsef-2018-bilbao/program', '/assets/reader-zone.js']) {
      const response = await harness.app.request(path, { headers: { 'accept-encoding': 'gzip', 'accept-language': 'fr' } });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-encoding')).toBe('gzip');
      const bytes = (await response.arrayBuffer()).byteLength;
      report.push(`${path}: ${bytes} B`);
      total += bytes;
    }
    const sessions = await harness.storage.db.selectFrom('session').select(({ fn }) => fn.countAll<number>().as('n')).where('status', '=', 'published').executeTakeFirstOrThrow();
    console.log(`first view of the program (${sessions.n} published sessions): ${total} B compressed (${report.join(', ')})`);
    expect(total).toBeLessThanOrEqual(100 * 1024);
  });
});
