import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from '../support/axe.js';
import { browserAvailable, startBrowserHarness, type BrowserHarness } from '../support/browser.js';
import type { ServerProcess } from '../support/server-process.js';
import { testEngine } from '../support/test-storage.js';

describe.runIf(browserAvailable())(`the README's start command, in a real browser, on ${testEngine}`, () => {
  let server: ServerProcess;
  let browser: Browser;
  let login: { email: string; password: string };

  let harness: BrowserHarness | undefined;
  beforeAll(async () => {
    harness = await startBrowserHarness();
    ({ server, browser } = harness);
    const match = server.output().match(/Demo organiser login: (\S+) \/ (\S+)/);
    expect(match, server.output()).not.toBeNull();
    login = { email: match![1]!, password: match![2]! };
  }, 180_000);
  afterAll(() => harness?.close());

  it('loads the demo forum on first start and prints the URL and a demo organiser login', () => {
    expect(server.output()).toContain('Demo forum loaded');
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  for (const [locale, heading, tagline] of [
    ['fr-FR', 'Forums', "Forums de l'économie sociale et solidaire"],
    ['es-ES', 'Foros', 'Foros de la economía social y solidaria'],
    ['en-US', 'Forums', 'Forums of the social and solidarity economy'],
  ] as const) {
    it(`serves the home page in ${locale} with the published demo forum`, async () => {
      const context = await browser.newContext({ locale });
      const page = await context.newPage();
      await page.goto(server.url);
      expect(await page.locator('h1').textContent()).toBe(heading);
      expect(await page.locator('.tagline').textContent()).toBe(tagline);
      expect(await page.locator('main article').count()).toBeGreaterThan(0);
      await context.close();
    });
  }

  it('has no serious accessibility violation on the home, edition and sign-in pages (axe-core)', async () => {
    // axe is injected as a script, which our Content-Security-Policy rightly forbids to pages.
    const context = await browser.newContext({ locale: 'fr-FR', bypassCSP: true });
    const page = await context.newPage();
    await page.goto(server.url);
    const editionHref = await page.locator('main article h2 a').first().getAttribute('href');
    for (const path of ['/', editionHref!, '/sign-in', '/sign-up', '/password-reset']) {
      await page.goto(`${server.url}${path}`);
      const violations = await seriousViolations(page);
      expect(violations, `${path}: ${JSON.stringify(violations)}`).toEqual([]);
    }
    await context.close();
  });

  it('switches language from any page and stays on it', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(server.url);
    await page.locator('main article h2 a').first().click();
    const editionPath = new URL(page.url()).pathname;
    await page.getByRole('link', { name: 'español' }).click();
    expect(new URL(page.url()).pathname).toBe(editionPath);
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    await context.close();
  });

  it('signs the demo organiser in through the form, with the keyboard', async () => {
    const context = await browser.newContext({ locale: 'fr-FR' });
    const page = await context.newPage();
    await page.goto(`${server.url}/sign-in`);
    await page.getByLabel('Courriel').fill(login.email);
    await page.getByLabel('Mot de passe').fill(login.password);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${server.url}/`);
    // Once signed in, the account's own language (English for the demo organiser) wins over the browser's.
    expect(await page.getByRole('button', { name: /Sign out \(Demo organiser\)/ }).count(), await page.content()).toBe(1);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await context.close();
  });
});
