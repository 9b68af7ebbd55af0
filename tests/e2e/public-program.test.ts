import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from '../support/axe.js';
import { browserAvailable, startBrowserHarness, type BrowserHarness } from '../support/browser.js';
import type { ServerProcess } from '../support/server-process.js';
import { testEngine } from '../support/test-storage.js';

describe.runIf(browserAvailable())(`the public program in a real browser, on ${testEngine}`, () => {
  let server: ServerProcess;
  let browser: Browser;
  const program = '/editions/gsef-2018-bilbao/program';

  let harness: BrowserHarness | undefined;
  beforeAll(async () => {
    harness = await startBrowserHarness();
    ({ server, browser } = harness);
  }, 180_000);
  afterAll(() => harness?.close());

  /** A reader whose zone is already known, so the page does not reload itself while the test clicks. */
  async function readerContext(locale: string) {
    const context = await browser.newContext({ locale, timezoneId: 'Europe/Madrid' });
    await context.addCookies([{ name: 'cv_tz', value: 'Europe%2FMadrid', url: server.url }]);
    return context;
  }

  it('detects the reader’s zone and shows every time in it, with the venue’s time beside', async () => {
    const context = await browser.newContext({ locale: 'es-ES', timezoneId: 'America/Mexico_City' });
    const page = await context.newPage();
    await page.goto(`${server.url}${program}?view=grid`);
    await page.waitForFunction(() => document.documentElement.dataset.readerZone === 'America/Mexico_City');
    expect(await page.locator('main').textContent()).toContain('America/Mexico_City (UTC-5)');
    expect(await page.locator('main').textContent()).toContain('en la sede, Europe/Madrid (UTC+2)');
    await context.close();
  });

  it('changes the zone by hand and sees the times move, without scripts', async () => {
    const context = await browser.newContext({ locale: 'en-GB', javaScriptEnabled: false, timezoneId: 'Europe/Madrid' });
    const page = await context.newPage();
    await page.goto(`${server.url}${program}?view=grid`);
    const before = await page.locator('tbody th').first().textContent();
    await page.getByLabel('Show times in').selectOption('Asia/Seoul');
    await page.getByRole('button', { name: 'Change' }).click();
    await page.waitForURL(`**${program}?view=grid`);
    const after = await page.locator('tbody th').first().textContent();
    expect(before).toContain('Europe/Madrid');
    expect(after).toContain('Asia/Seoul (UTC+9)');
    expect(after).not.toBe(before);
    await context.close();
  });

  it('stars a session without an account, finds it in the agenda, and exports it as a calendar', async () => {
    const context = await readerContext('fr-FR');
    const page = await context.newPage();
    await page.goto(`${server.url}${program}`);
    const first = page.locator('li[data-session-id]').first();
    const sessionId = await first.getAttribute('data-session-id');
    await first.getByRole('button', { name: /Ajouter à mon agenda/ }).click();
    expect(await first.getByRole('button').getAttribute('aria-pressed')).toBe('true');
    await page.goto(`${server.url}/editions/gsef-2018-bilbao/agenda`);
    await page.locator(`li[data-session-id="${sessionId}"]`).waitFor({ state: 'visible', timeout: 15_000 });
    expect(await page.locator('li[data-session-id]:visible').count()).toBe(1);
    expect(await page.locator(`li[data-session-id="${sessionId}"]`).isVisible()).toBe(true);
    const exportHref = await page.locator('#agenda-export').getAttribute('href');
    expect(exportHref).toContain(`sessions=${sessionId}`);
    const calendar = await (await page.request.get(`${server.url}${exportHref}`)).text();
    expect(calendar.split('BEGIN:VEVENT').length - 1).toBe(1);
    await context.close();
  });

  it('shares the starred sessions anonymously when the reader opts in, follows each change, and withdraws them', async () => {
    const context = await browser.newContext({ locale: 'es-ES', timezoneId: 'America/Bogota' });
    await context.addCookies([{ name: 'cv_tz', value: 'America%2FBogota', url: server.url }]);
    const page = await context.newPage();
    const shares = async () => harness!.storage.db.selectFrom('agenda_share').innerJoin('edition', 'edition.id', 'agenda_share.edition_id')
      .select(['agenda_share.session_ids', 'agenda_share.time_zone']).where('edition.slug', '=', 'gsef-2018-bilbao').execute();
    const until = async (check: (rows: Awaited<ReturnType<typeof shares>>) => boolean) => {
      for (let attempt = 0; attempt < 100; attempt++) {
        if (check(await shares())) return;
        await page.waitForTimeout(100);
      }
      throw new Error(`shares never reached the expected state: ${JSON.stringify(await shares())}`);
    };
    await page.goto(`${server.url}${program}`);
    const items = page.locator('li[data-session-id]');
    const [first, second] = [await items.nth(0).getAttribute('data-session-id'), await items.nth(1).getAttribute('data-session-id')];
    await items.nth(0).getByRole('button', { name: /Añadir a mi agenda/ }).click();
    await page.goto(`${server.url}/editions/gsef-2018-bilbao/agenda`);
    expect(await shares()).toEqual([]);
    await page.getByLabel(/Compartir de forma anónima/).check();
    await page.getByText('Compartido de forma anónima.').waitFor();
    await until((rows) => rows.length === 1 && JSON.stringify(harness!.storage.dialect.decodeJson(rows[0]!.session_ids)) === JSON.stringify([first]));
    expect((await shares())[0]!.time_zone).toBe('America/Bogota');
    await page.goto(`${server.url}${program}`);
    await items.nth(1).getByRole('button', { name: /Añadir a mi agenda/ }).click();
    await until((rows) => rows.length === 1 && (harness!.storage.dialect.decodeJson(rows[0]!.session_ids) as string[]).length === 2);
    expect([...(harness!.storage.dialect.decodeJson((await shares())[0]!.session_ids) as string[])].sort()).toEqual([first, second].sort());
    await page.goto(`${server.url}/editions/gsef-2018-bilbao/agenda`);
    await page.getByLabel(/Compartir de forma anónima/).uncheck();
    await until((rows) => rows.length === 0);
    await context.close();
  });

  it('keeps the program and the starred sessions readable offline after one visit', async () => {
    const context = await readerContext('en-US');
    const page = await context.newPage();
    await page.goto(`${server.url}${program}`);
    const first = page.locator('li[data-session-id]').first();
    const sessionId = await first.getAttribute('data-session-id');
    await first.getByRole('button', { name: /Add to my agenda/ }).click();
    await page.waitForFunction(async () => (await navigator.serviceWorker.getRegistration())?.active != null);
    await page.waitForFunction(async (id) => {
      const cache = await caches.open('convergence-pages-v1');
      const kept = (await cache.keys()).map((request) => new URL(request.url).pathname);
      // Every page the reload and the visits below need offline, the (largest) program page included.
      return [`/sessions/${id}`, '/agenda', '/program'].every((end) => kept.some((path) => path.endsWith(end)));
    }, sessionId);
    await context.setOffline(true);
    await page.reload();
    expect(await page.locator('h1').textContent()).toContain('Program');
    await page.goto(`${server.url}/editions/gsef-2018-bilbao/agenda`);
    // The agenda script shows the starred sessions once it has read them: wait for it, offline too.
    await page.locator(`li[data-session-id="${sessionId}"]`).waitFor({ state: 'visible', timeout: 15_000 }).catch(async (error: unknown) => {
      const state = await page.evaluate((id) => ({
        stored: Object.entries(localStorage), present: document.querySelector(`li[data-session-id="${id}"]`) !== null,
        items: document.querySelectorAll('li[data-session-id]').length, agenda: document.querySelector('main')?.getAttribute('data-agenda'), title: document.title,
        scripts: [...document.scripts].map((script) => script.src),
      }), sessionId);
      throw new Error(`${(error as Error).message}\n${JSON.stringify(state)}`);
    });
    await page.goto(`${server.url}/editions/gsef-2018-bilbao/sessions/${sessionId}`);
    expect(await page.locator('h1').count()).toBe(1);
    await context.close();
  });

  it('has no serious accessibility violation on any public page type, in three languages', async () => {
    for (const locale of ['fr-FR', 'es-ES', 'en-US']) {
      const context = await browser.newContext({ locale, bypassCSP: true, timezoneId: 'Europe/Madrid' });
      const page = await context.newPage();
      await page.goto(`${server.url}${program}`);
      const sessionHref = await page.locator('ul.sessions a').first().getAttribute('href');
      await page.goto(`${server.url}${sessionHref}`);
      const personHref = await page.locator('a[href^="/people/"]').first().getAttribute('href');
      const initiativeHref = await page.locator('a[href*="/initiatives/"]').first().getAttribute('href');
      const organisationHref = await page.locator('a[href^="/organisations/"]').first().getAttribute('href');
      for (const path of [program, `${program}?view=grid`, '/editions/gsef-2018-bilbao/agenda', '/search?q=economi', sessionHref!, personHref!, initiativeHref!, organisationHref!]) {
        await page.goto(`${server.url}${path}`);
        expect(await seriousViolations(page), `${locale} ${path}`).toEqual([]);
      }
      await context.close();
    }
    // Twenty-four pages, each checked by axe in the browser.
  }, 120_000);
});
