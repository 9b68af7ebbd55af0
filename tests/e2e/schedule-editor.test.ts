import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config/index.js';
import { systemClock } from '../../src/db/clock.js';
import { makeAccount, testPassword } from '../factories/forum.js';
import { seriousViolations } from '../support/axe.js';
import { browserAvailable, startBrowserHarness, type BrowserHarness } from '../support/browser.js';
import { testEngine } from '../support/test-storage.js';

const slug = 'gsef-2018-bilbao';
const editorPath = `/editions/${slug}/manage/schedule`;

/** A session whose speaker or moderator is busy in another slot, and a free cell in that slot. */
interface BusyMove {
  sessionId: string;
  otherCode: string;
  personName: string;
  slotId: string;
  roomId: string;
  nextRoomId: string;
}

describe.runIf(browserAvailable())(`an organiser edits the schedule in a real browser, on ${testEngine}`, () => {
  let harness: BrowserHarness | undefined;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let url: string;
  let busy: BusyMove;

  beforeAll(async () => {
    harness = await startBrowserHarness();
    ({ browser } = harness);
    url = harness.server.url;
    const { storage } = harness;
    const edition = await storage.db.selectFrom('edition').select('id').where('slug', '=', slug).executeTakeFirstOrThrow();
    await makeAccount({ storage, clock: systemClock, config: readConfig({}) }, 'secretariat@gsef.example', { editionId: edition.id, role: 'organiser' });

    const roles = await storage.db.selectFrom('session_person_role').innerJoin('session', 'session.id', 'session_person_role.session_id').innerJoin('person', 'person.id', 'session_person_role.person_id')
      .select(['session.id', 'session.code', 'session.slot_id', 'person.id as personId', 'person.name'])
      .where('session.edition_id', '=', edition.id).where('session.slot_id', 'is not', null).orderBy('session.code').execute();
    const rooms = await storage.db.selectFrom('venue').select('id').where('edition_id', '=', edition.id).orderBy('position').execute();
    const used = new Set((await storage.db.selectFrom('session').select(['slot_id', 'venue_id']).where('edition_id', '=', edition.id).execute()).map((row) => `${row.slot_id}|${row.venue_id}`));
    for (const mine of roles) {
      const other = roles.find((role) => role.personId === mine.personId && role.slot_id !== mine.slot_id);
      if (!other) continue;
      const free = rooms.map((room) => room.id).filter((roomId) => !used.has(`${other.slot_id}|${roomId}`));
      // Two free rooms side by side at the end of the row: the auditorium and the virtual room.
      if (free.length < 2 || rooms.at(-1)!.id !== free.at(-1)) continue;
      busy = { sessionId: mine.id, otherCode: other.code!, personName: mine.name, slotId: other.slot_id!, roomId: free.at(-2)!, nextRoomId: free.at(-1)! };
      break;
    }
    expect(busy).toBeDefined();

    context = await browser.newContext({ locale: 'en-GB', bypassCSP: true, timezoneId: 'Europe/Madrid' });
    page = await context.newPage();
    await page.goto(`${url}/sign-in`);
    await page.getByLabel('Email').fill('secretariat@gsef.example');
    await page.getByLabel('Password').fill(testPassword);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${url}/`);
  }, 180_000);
  afterAll(async () => {
    await context?.close();
    await harness?.close();
  });

  const card = (sessionId: string) => page.locator(`article[data-session-id="${sessionId}"]`);
  const cell = (slotId: string, roomId: string) => page.locator(`td[data-slot-id="${slotId}"][data-room-id="${roomId}"]`);

  /** A hand's drag: press, move a little (the browser starts dragging), travel to the target, release. */
  async function drag(source: Locator, target: Locator): Promise<void> {
    await source.scrollIntoViewIfNeeded();
    const from = (await source.boundingBox())!;
    await page.mouse.move(from.x + 12, from.y + 12);
    await page.mouse.down();
    await page.mouse.move(from.x + 40, from.y + 40, { steps: 5 });
    await target.scrollIntoViewIfNeeded();
    const to = (await target.boundingBox())!;
    await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 5 });
    await page.mouse.up();
  }

  it('drags a session onto a slot where its speaker is busy and sees the conflict, in words', async () => {
    await page.goto(`${url}${editorPath}`);
    expect(await page.locator('h1').textContent()).toContain('Schedule editor');
    await drag(card(busy.sessionId), cell(busy.slotId, busy.roomId));
    await expect.poll(() => cell(busy.slotId, busy.roomId).locator(`article[data-session-id="${busy.sessionId}"]`).count(), { timeout: 10_000 }).toBe(1);
    const conflict = await card(busy.sessionId).locator('.conflict').textContent();
    expect(conflict).toContain(`${busy.personName} is also in ${busy.otherCode} “`);
    expect(await page.locator('.notice[role="status"]').first().textContent()).toBe('Moved.');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('moves it again from the keyboard: Space picks it up, an arrow chooses the next room, Enter drops it', async () => {
    await card(busy.sessionId).focus();
    await page.keyboard.press('Space');
    await expect.poll(() => page.locator('td.drop-target').count()).toBe(1);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator(`td.drop-target[data-room-id="${busy.nextRoomId}"]`).count()).toBe(1);
    await page.keyboard.press('Enter');
    await expect.poll(() => cell(busy.slotId, busy.nextRoomId).locator(`article[data-session-id="${busy.sessionId}"]`).count(), { timeout: 10_000 }).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-session-id'))).toBe(busy.sessionId);
    expect(await card(busy.sessionId).locator('.conflict').textContent()).toContain(busy.personName);
  });

  it('re-solves keeping pins, watching the progress, and comes back with no conflict left', async () => {
    await page.getByRole('button', { name: 'Re-solve keeping pins' }).click();
    await page.waitForURL(/\/manage\/schedule\/solve\/\w+$/);
    await page.waitForURL(/\/manage\/schedule\?notice=solved/, { timeout: 30_000 });
    expect(await page.locator('.notice[role="status"]').first().textContent()).toMatch(/^Solved in [\d.]+ s: \d+ sessions? moved; 0 hard conflicts left\.$/);
    expect(await page.locator('main').textContent()).toContain('No conflict: every hard rule holds.');
    expect(await page.locator('article .conflict').count()).toBe(0);
  }, 40_000);

  it('publishes the schedule as a named version, and the people of moved sessions get a mail', async () => {
    await page.getByLabel('Version name').fill('Programme du 15 septembre');
    await page.getByRole('button', { name: 'Publish as version 1' }).click();
    await page.waitForURL(/notice=published/);
    const notice = (await page.locator('.notice[role="status"]').first().textContent())!;
    expect(notice).toMatch(/^Published version 1: \d+ changes?; \d+ mails queued/);
    expect(await page.locator('main').textContent()).toContain('Nothing has changed since the last publication.');
    const { db } = harness!.storage;
    expect(await db.selectFrom('schedule_version').select(['number', 'name']).execute()).toEqual([{ number: 1, name: 'Programme du 15 septembre' }]);
    const mails = await db.selectFrom('mail_outbox').select('id').where('template', '=', 'session-moved').execute();
    expect(notice).toContain(`; ${mails.length} mails queued`);
    expect(mails.length).toBeGreaterThan(0);
  });
});
