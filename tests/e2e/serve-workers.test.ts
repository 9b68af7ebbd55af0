import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config/index.js';
import { systemClock } from '../../src/db/clock.js';
import { makeAccount, makeEdition, testPassword } from '../factories/forum.js';
import { startServerProcess, type ServerProcess } from '../support/server-process.js';
import { TestClient } from '../support/test-client.js';
import { createTestStorage, testEngine, type TestStorage } from '../support/test-storage.js';

/** The app processes the primary started (tsx's esbuild helper is a child too, and is left out). */
const childrenOf = (pid: number): number[] => {
  const listed = spawnSync('ps', ['-o', 'pid=,args=', '--ppid', String(pid)], { encoding: 'utf8' });
  return listed.stdout.split('\n').filter((line) => line.includes('convergence.js serve')).map((line) => Number.parseInt(line.trim(), 10));
};

async function until<T>(check: () => T | undefined, what: string, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe(`\`serve\` with WORKERS=2 on one ${testEngine} database`, () => {
  let storage: TestStorage;
  let server: ServerProcess;
  const page = '/editions/gsef-2018-bilbao';

  beforeAll(async () => {
    storage = await createTestStorage({ shared: true });
    const context = { storage, clock: systemClock, config: readConfig({}) };
    const edition = await makeEdition(context, { slug: 'gsef-2018-bilbao' });
    await makeAccount(context, 'organiser@example.org', { editionId: edition.id, role: 'organiser' });
    server = await startServerProcess({ DATABASE_URL: storage.url, CONVERGENCE_ENV: 'test', DEMO: 'off', WORKERS: '2', PUBLIC_CACHE_SECONDS: '30' }, 120_000);
  }, 150_000);
  afterAll(async () => {
    await server?.stop();
    await storage.close();
  });

  it('runs two app processes on one port and says so', async () => {
    expect(server.output()).toMatch(/serving http:\/\/127\.0\.0\.1:\d+ with 2 processes/);
    await until(() => (childrenOf(server.pid).length === 2 ? true : undefined), 'two app processes');
  });

  it('serves anonymous readers kept pages, and signed-in readers their own page', async () => {
    const bodies = new Set<string>();
    const kept: string[] = [];
    // Connections are spread over both processes; each keeps its own copy after its first read.
    for (let read = 0; read < 12; read++) {
      const response = await fetch(`${server.url}${page}`, { headers: { 'accept-language': 'es' } });
      expect(response.status).toBe(200);
      bodies.add(await response.text());
      if (response.headers.get('x-cache') === 'hit') kept.push('hit');
    }
    expect(bodies.size).toBe(1);
    expect([...bodies][0]).toContain('lang="es"');
    expect(kept.length).toBeGreaterThan(0);
    const organiser = TestClient.overHttp(server.url);
    expect((await organiser.signIn('organiser@example.org', testPassword)).status).toBe(200);
    for (let read = 0; read < 4; read++) {
      const signedIn = await organiser.get(page);
      expect(signedIn.headers.get('x-cache')).toBeNull();
      expect(await signedIn.text()).toContain('action="/sign-out"');
    }
  });

  it('replaces an app process that dies, and keeps answering', async () => {
    const [victim] = childrenOf(server.pid);
    process.kill(victim!, 'SIGKILL');
    await until(() => {
      const now = childrenOf(server.pid);
      return now.length === 2 && !now.includes(victim!) ? now : undefined;
    }, 'a replacement process');
    for (let read = 0; read < 6; read++) expect((await fetch(`${server.url}${page}`)).status).toBe(200);
  });

  it('ends every app process when stopped', async () => {
    const workers = childrenOf(server.pid);
    await server.stop();
    await until(() => (workers.every((pid) => spawnSync('kill', ['-0', String(pid)]).status !== 0) ? true : undefined), 'the app processes to end');
  });

  it('refuses several processes on a private in-memory database, naming WORKERS', () => {
    const run = spawnSync(process.execPath, ['bin/convergence.js', 'serve'], { env: { ...process.env, DATABASE_URL: ':memory:', WORKERS: '2', PORT: '0' }, encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('WORKERS');
  });
});
