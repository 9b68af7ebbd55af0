import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { invalid, notFound } from '../../errors.js';

/** 128 random bits in hex: unguessable, and nothing in it comes from the person uploading. */
const keyPattern = /^[0-9a-f]{32}$/;

/** Whether a text is a storage key made by {@link UploadStore.put}. */
export function isUploadKey(key: string): boolean {
  return keyPattern.test(key);
}

function assertKey(key: string): void {
  if (typeof key !== 'string' || !isUploadKey(key)) throw invalid([{ path: 'key', message: 'not a storage key (32 lower-case hexadecimal characters)' }]);
}

const isMissing = (error: unknown): boolean => (error as NodeJS.ErrnoException | null)?.code === 'ENOENT';

/**
 * Keeps uploaded files on disk, under random keys, in a directory that the web server never
 * serves. Files are sharded into 256 sub-folders by the first two characters of their key, and
 * written to a temporary file then renamed, so a reader never sees half a file.
 *
 * @example
 * const store = new UploadStore('data/uploads');
 * const key = await store.put(bytes); // → '3f9a0c…' (32 hex characters)
 * const same = await store.get(key);
 * await store.delete(key);
 */
export class UploadStore {
  readonly directory: string;

  constructor(directory: string) {
    if (typeof directory !== 'string' || directory.trim() === '') throw invalid([{ path: 'directory', message: 'must be a folder path' }]);
    this.directory = resolve(directory);
  }

  private pathOf(key: string): { folder: string; file: string } {
    assertKey(key);
    const folder = join(this.directory, key.slice(0, 2));
    return { folder, file: join(folder, key) };
  }

  /** Stores the bytes under a new random key and returns the key. */
  async put(bytes: Uint8Array): Promise<string> {
    const key = randomBytes(16).toString('hex');
    const { folder, file } = this.pathOf(key);
    await mkdir(folder, { recursive: true, mode: 0o700 });
    const temporary = join(folder, `.${key}.${randomBytes(6).toString('hex')}.tmp`);
    try {
      const handle = await open(temporary, 'wx', 0o600);
      try {
        await handle.writeFile(bytes);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(temporary, file);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
    return key;
  }

  /** The bytes stored under a key; `not_found` when there are none. */
  async get(key: string): Promise<Buffer> {
    const { file } = this.pathOf(key);
    try {
      return await readFile(file);
    } catch (error) {
      if (isMissing(error)) throw notFound('upload');
      throw error;
    }
  }

  /** Removes the file stored under a key; removing a missing file is not an error. */
  async delete(key: string): Promise<void> {
    const { file } = this.pathOf(key);
    await rm(file, { force: true });
  }
}
