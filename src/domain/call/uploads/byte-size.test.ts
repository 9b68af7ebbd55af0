import { describe, expect, it } from 'vitest';
import { formatByteSize } from './byte-size.js';

describe('byte sizes for people', () => {
  it.each([
    [0, '0 bytes'],
    [1023, '1023 bytes'],
    [1536, '1.5 KB'],
    [10 * 1024 * 1024, '10 MB'],
    [12.44 * 1024 * 1024, '12.4 MB'],
  ])('%d bytes read as %s', (bytes, text) => {
    expect(formatByteSize(bytes)).toBe(text);
  });
});
