import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli-process.js';
import { sharedDataAvailable, sharedRoot } from '../support/shared-data.js';
import { createTestStorage, testEngine, type TestStorage } from '../support/test-storage.js';

/** Each run starts a Node process with the TypeScript loader: seconds apiece on a busy two-core machine. */
const cliTimeout = 120_000;

describe.runIf(sharedDataAvailable('seeds'))(`convergence import, lint and search on the seed documents, on ${testEngine}`, () => {
  let storage: TestStorage;
  const seed = (prefix: string) => `${sharedRoot}seeds/${readdirSync(`${sharedRoot}seeds`).find((name) => name.startsWith(prefix))}`;

  beforeAll(async () => {
    storage = await createTestStorage({ shared: true });
  });
  afterAll(() => storage.close());

  it('a dry run lists what would be created, with progress, and writes nothing', () => {
    const result = runCli(['import', seed('004_'), '--dry-run'], { DATABASE_URL: storage.url });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/Dry run: 100%/);
    expect(result.stdout).toContain('Dry run: nothing was written.');
    expect(result.stdout).toMatch(/create +session: 2\.3\.2 Systèmes territoriaux intégrés .*\(004_008c192a8679517f\.txt:\d+\)/);
    expect(runCli(['lint', '--edition', 'led-2021-cordoba'], { DATABASE_URL: storage.url }).stderr).toContain('no edition "led-2021-cordoba"');
  }, cliTimeout);

  it('imports the book and the sheets, then lints them in French, as text and as JSON', () => {
    const imported = runCli(['import', seed('002_'), seed('003_'), seed('004_')], { DATABASE_URL: storage.url });
    expect(imported.status, imported.stderr).toBe(0);
    expect(imported.stdout).toMatch(/create +3 edition, 4 day, 9 slot, 44 session/);
    const lint = runCli(['lint', '--edition', 'led-2021-cordoba', '--lang', 'fr'], { DATABASE_URL: storage.url });
    expect(lint.status, lint.stderr).toBe(0);
    expect(lint.stdout).toContain('error   004_008c192a8679517f.txt, ligne 21  La durée indiquée (150 min) contredit les horaires 11:05–13:45 (160 min).');
    const json = JSON.parse(runCli(['lint', '--edition', 'led-2021-cordoba', '--format', 'json'], { DATABASE_URL: storage.url }).stdout);
    expect(json.findings.map((finding: { code: string }) => finding.code)).toEqual(expect.arrayContaining(['duration_contradiction', 'zone_contradiction']));
  }, cliTimeout);

  it('a sheet without an edition is refused with the file and the way out', () => {
    const result = runCli(['import', seed('000_')], { DATABASE_URL: storage.url });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/000_d16fba4579c4ad7d\.txt:1: the document names no forum edition; choose one \(--edition SLUG\)/);
  }, cliTimeout);
});
