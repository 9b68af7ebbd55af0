import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DomainError } from '../../errors.js';
import { UploadStore } from './upload-store.js';

describe('the upload store', () => {
  let directory: string;
  let store: UploadStore;

  beforeEach(async () => {
    directory = await mkdtemp(join(tmpdir(), 'convergence-uploads-'));
    store = new UploadStore(directory);
  });

  afterEach(async () => {
    await rm(directory, { recursive: true, force: true });
  });

  it('gives back the bytes it was given, under a random key', async () => {
    const bytes = new TextEncoder().encode('%PDF-1.7 Économie sociale');
    const key = await store.put(bytes);
    expect(key).toMatch(/^[0-9a-f]{32}$/);
    expect(new Uint8Array(await store.get(key))).toEqual(bytes);
    expect(await store.put(bytes)).not.toBe(key);
  });

  it('keeps each file in a sub-folder named by its key prefix, with no temporary file left', async () => {
    const key = await store.put(new Uint8Array([1, 2, 3]));
    expect(await readdir(directory)).toEqual([key.slice(0, 2)]);
    expect(await readdir(join(directory, key.slice(0, 2)))).toEqual([key]);
    expect((await stat(join(directory, key.slice(0, 2), key))).mode & 0o777).toBe(0o600);
  });

  it('deletes a file, after which it is not found', async () => {
    const key = await store.put(new Uint8Array([1]));
    await store.delete(key);
    await expect(store.get(key)).rejects.toMatchObject({ kind: 'not_found' });
    await expect(store.delete(key)).resolves.toBeUndefined();
  });

  it.each(['../x', '../../etc/passwd', `${'a'.repeat(30)}/x`, 'A'.repeat(32), '', `${'0'.repeat(32)}\u0000`])(
    'refuses a key that is not one of its own (%j)',
    async (key) => {
      await expect(store.get(key)).rejects.toThrowError(DomainError);
      await expect(store.get(key)).rejects.toMatchObject({ kind: 'invalid', fields: [{ path: 'key' }] });
      await expect(store.delete(key)).rejects.toMatchObject({ kind: 'invalid' });
    },
  );
});
