/**
 * `npm run check:lighthouse`: Lighthouse 12 (mobile profile, Debian Chromium) on the program and a
 * session page of the demo forum; prints the performance and accessibility scores (goal: ≥ 95 each).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { startServerProcess } from '../tests/support/server-process.js';
import { chromiumPath } from '../tests/support/browser.js';

const folder = mkdtempSync(join(tmpdir(), 'convergence-lighthouse-'));
const app = await startServerProcess({ DATABASE_URL: join(folder, 'forum.sqlite'), CONVERGENCE_ENV: 'development' }, 120_000);
const sessionsApi = (await (await fetch(`${app.url}/api/v1/editions/gsef-2018-bilbao/sessions`)).json()) as { id: string }[];
const pages = { program: '/editions/gsef-2018-bilbao/program', session: `/editions/gsef-2018-bilbao/sessions/${sessionsApi[0]!.id}` };
const chrome = await chromeLauncher.launch({ chromePath: chromiumPath, chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
let failed = false;
try {
  for (const [name, path] of Object.entries(pages)) {
    const result = await lighthouse(`${app.url}${path}`, { port: chrome.port, onlyCategories: ['performance', 'accessibility'], logLevel: 'error' });
    const categories = result!.lhr.categories;
    const performance = Math.round((categories.performance?.score ?? 0) * 100);
    const accessibility = Math.round((categories.accessibility?.score ?? 0) * 100);
    failed ||= performance < 95 || accessibility < 95;
    console.log(`${name.padEnd(8)} performance ${performance}  accessibility ${accessibility}  (goal ≥ 95 each)`);
  }
} finally {
  await chrome.kill();
  await app.stop();
}
process.exitCode = failed ? 1 : 0;
