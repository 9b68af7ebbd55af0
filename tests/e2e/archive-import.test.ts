import { readdir } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config/index.js';
import { systemClock } from '../../src/db/clock.js';
import { makeAccount, testPassword } from '../factories/forum.js';
import { seriousViolations } from '../support/axe.js';
import { browserAvailable, launchBrowser } from '../support/browser.js';
import { startServerProcess, type ServerProcess } from '../support/server-process.js';
import { sharedDataAvailable, sharedRoot } from '../support/shared-data.js';
import { createTestStorage, testEngine, type TestStorage } from '../support/test-storage.js';

describe.runIf(browserAvailable() && sharedDataAvailable('seeds'))(`an administrator imports forum documents in a real browser, on ${testEngine}`, () => {
  let storage: TestStorage;
  let server: ServerProcess;
  let browser: Browser;
  let page: Page;
  let seeds: string[];

  beforeAll(async () => {
    storage = await createTestStorage({ shared: true });
    await makeAccount({ storage, clock: systemClock, config: readConfig({}) }, 'secretariat@example.org', undefined, { admin: true });
    server = await startServerProcess({ DATABASE_URL: storage.url, CONVERGENCE_ENV: 'test', DEMO: 'off' });
    browser = await launchBrowser();
    const folder = `${sharedRoot}seeds/`;
    seeds = (await readdir(folder)).map((name) => `${folder}${name}`);
    const context = await browser.newContext({ locale: 'fr-FR', bypassCSP: true });
    page = await context.newPage();
    await page.goto(`${server.url}/sign-in`);
    await page.getByLabel('Courriel').fill('secretariat@example.org');
    await page.getByLabel('Mot de passe').fill(testPassword);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${server.url}/`);
    await page.goto(`${server.url}/language/fr?next=/`);
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await storage?.close();
  });

  const seed = (prefix: string) => seeds.find((path) => path.includes(`/${prefix}`))!;

  it('a dry run of the co-creation sheet and the concept note shows what would be created, and writes nothing', async () => {
    await page.goto(`${server.url}/manage/import`);
    await page.getByLabel('Documents').setInputFiles([seed('004_'), seed('003_')]);
    await page.getByRole('button', { name: 'Essai à blanc' }).click();
    await expect.poll(() => page.locator('main').textContent()).toContain('Essai à blanc : rien n’a été écrit.');
    const text = (await page.locator('main').textContent())!;
    expect(text).toContain('004_008c192a8679517f.txt — co_creation_sheet (fr) → led-2021-cordoba');
    expect(text).toMatch(/Créés · session: 2\.3\.2 Systèmes territoriaux intégrés/);
    expect(await storage.db.selectFrom('edition').select('slug').execute()).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('the import itself creates both editions, and the program check points at the sheet\'s contradictions', async () => {
    await page.getByLabel('Documents').setInputFiles([seed('004_'), seed('003_')]);
    await page.getByRole('button', { name: 'Importer' }).click();
    await expect.poll(() => page.locator('main h2').first().textContent()).toBe('Import terminé.');
    expect((await storage.db.selectFrom('edition').select('slug').orderBy('slug').execute()).map((row) => row.slug)).toEqual(['gsef-2020-virtual', 'led-2021-cordoba']);
    await page.goto(`${server.url}/editions/led-2021-cordoba/manage/lint`);
    const findings = (await page.locator('table').textContent())!;
    expect(findings).toContain('La durée indiquée (150 min) contredit les horaires 11:05–13:45 (160 min).');
    expect(findings).toMatch(/ne sont pas le même instant .*10 min d’écart/);
    expect(findings).toContain('004_008c192a8679517f.txt, ligne 21');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('a broken document is refused with its line, and the page keeps working', async () => {
    await page.goto(`${server.url}/editions/led-2021-cordoba/manage/import`);
    await page.getByLabel('Documents').setInputFiles([{ name: 'broken.csv', mimeType: 'text/csv', buffer: Buffer.from('Code,Title,Country\n1.1.1,Ok,FR\n1.1.2,Bad,Atlantide\n') }]);
    await page.getByRole('button', { name: 'Importer' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/Rien n’a été importé : broken\.csv:3: country/);
    expect(await storage.db.selectFrom('initiative').select('id').execute()).toEqual([]);
  });

  it('the possible duplicates page can be read and used with a screen reader', async () => {
    await page.goto(`${server.url}/manage/identities`);
    expect(await page.locator('h1').textContent()).toBe('Doublons possibles');
    expect(await seriousViolations(page)).toEqual([]);
  });
});
