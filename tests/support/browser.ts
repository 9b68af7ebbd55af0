import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { startServerProcess, type ServerProcess } from './server-process.js';
import { createTestStorage, type TestStorage } from './test-storage.js';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Whether browser tests can run here. Without Chromium a developer's run skips them with a message;
 * under CI a missing browser is a failure, never a silent skip.
 */
export function browserAvailable(): boolean {
  if (existsSync(chromiumPath)) return true;
  if (process.env.CI === 'true') throw new Error(`CI needs Chromium at ${chromiumPath} (apt-get install -y chromium)`);
  console.warn(`Skipping browser tests: no Chromium at ${chromiumPath} (apt-get install -y chromium, or set CHROMIUM_PATH).`);
  return false;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export interface BrowserHarness {
  storage: TestStorage;
  server: ServerProcess;
  browser: Browser;
  close(): Promise<void>;
}

/** A fresh database, `convergence serve` on it as its own process (demo loaded), and Chromium. */
export async function startBrowserHarness(): Promise<BrowserHarness> {
  const storage = await createTestStorage({ shared: true });
  const server = await startServerProcess({ DATABASE_URL: storage.url, CONVERGENCE_ENV: 'development' }, 120_000);
  const browser = await launchBrowser();
  return {
    storage, server, browser,
    async close() {
      await browser.close();
      await server.stop();
      await storage.close();
    },
  };
}
