import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli-process.js';
import { createTestStorage, testEngine, type TestStorage } from '../support/test-storage.js';

describe(`the convergence command, on ${testEngine}`, { timeout: 120_000 }, () => {
  let source: TestStorage;
  let target: TestStorage;
  const folder = mkdtempSync(join(tmpdir(), 'convergence-cli-'));

  beforeAll(async () => {
    [source, target] = await Promise.all([createTestStorage({ shared: true }), createTestStorage({ shared: true })]);
  });
  afterAll(async () => {
    await Promise.all([source.close(), target.close()]);
  });

  it('prints its usage and fails on an unknown command', () => {
    const result = runCli(['frobnicate'], { DATABASE_URL: source.url });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('unknown command: frobnicate');
    expect(result.stderr).toContain('export');
  });

  it('migrates, loads the demo forum with progress, and creates an organiser', () => {
    expect(runCli(['migrate'], { DATABASE_URL: source.url }).stdout).toContain('up to date');
    const demo = runCli(['demo', '--seed', '7'], { DATABASE_URL: source.url });
    expect(demo.status, demo.stderr).toBe(0);
    expect(demo.stderr).toMatch(/100%/);
    const user = runCli(['user', 'create', '--email', 'sec@example.org', '--name', 'Secretariat', '--role', 'organiser', '--edition', 'gsef-2018-bilbao'], { DATABASE_URL: source.url });
    expect(user.status, user.stderr).toBe(0);
    expect(user.stdout).toContain('sec@example.org is organiser of gsef-2018-bilbao');
  });

  it('names a bad option clearly', () => {
    const result = runCli(['user', 'create', '--email', 'x@example.org', '--role', 'king', '--edition', 'gsef-2018-bilbao'], { DATABASE_URL: source.url });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--role must be one of');
    expect(runCli(['demo', '--scale', 'lots'], { DATABASE_URL: source.url }).stderr).toContain('--scale');
  });

  it('exports, imports into an empty database, and exports the same bytes again', () => {
    const first = join(folder, 'first.json');
    const second = join(folder, 'second.json');
    expect(runCli(['export', '--format', 'json', '--output', first], { DATABASE_URL: source.url }).status).toBe(0);
    const imported = runCli(['import', first], { DATABASE_URL: target.url });
    expect(imported.status, imported.stderr).toBe(0);
    expect(runCli(['export', '--output', second], { DATABASE_URL: target.url }).status).toBe(0);
    expect(runCli(['export'], { DATABASE_URL: target.url }).stdout).toBe(runCli(['export'], { DATABASE_URL: source.url }).stdout);
  });

  it('refuses to import into a database that already holds a forum, and changes nothing', () => {
    const before = runCli(['export'], { DATABASE_URL: target.url }).stdout;
    const file = join(folder, 'again.json');
    writeFileSync(file, before);
    const again = runCli(['import', file], { DATABASE_URL: target.url });
    expect(again.status).not.toBe(0);
    expect(runCli(['export'], { DATABASE_URL: target.url }).stdout).toBe(before);
  });

  it('names a missing file and bad JSON', () => {
    expect(runCli(['import', join(folder, 'missing.json')], { DATABASE_URL: target.url }).stderr).toContain('ENOENT');
    const broken = join(folder, 'broken.json');
    writeFileSync(broken, '{"format": ');
    const result = runCli(['import', broken], { DATABASE_URL: target.url });
    expect(result.status).not.toBe(0);
    expect(result.stderr.length).toBeGreaterThan(0);
  });
});
