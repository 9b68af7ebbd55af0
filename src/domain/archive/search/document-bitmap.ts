/**
 * A set of documents as one bit per document id, counted from a base id: bit `id - base`. Stored
 * as bytes, lowest ids first and the lowest bit of each byte first, so that any platform reads
 * what another wrote; worked on as 32-bit words.
 */
export type DocumentBitmap = Uint32Array;

export const emptyBitmap: DocumentBitmap = new Uint32Array(0);

/**
 * @example
 *   bitmapFromPositions([0, 9]) // bits 0 and 9 set
 */
export function bitmapFromPositions(positions: Iterable<number>): DocumentBitmap {
  if (positions instanceof Int32Array) {
    // Sized at once: a common token's positions number in the tens of thousands.
    let highest = -1;
    for (const position of positions) highest = Math.max(highest, position);
    const words = new Uint32Array(highest < 0 ? 0 : (highest >>> 5) + 1);
    for (const position of positions) if (position >= 0) words[position >>> 5]! |= 1 << (position & 31);
    return words;
  }
  let words = new Uint32Array(64);
  let used = 0;
  for (const position of positions) {
    if (!Number.isInteger(position) || position < 0) continue;
    const word = position >>> 5;
    if (word >= words.length) {
      const grown = new Uint32Array(Math.max(word + 1, words.length * 2));
      grown.set(words);
      words = grown;
    }
    words[word]! |= 1 << (position & 31);
    used = Math.max(used, word + 1);
  }
  return words.slice(0, used);
}

/** The stored form: bytes, lowest position first. */
export function bitmapToBytes(bitmap: DocumentBitmap): Uint8Array {
  let length = bitmap.length;
  while (length > 0 && bitmap[length - 1] === 0) length--;
  const bytes = new Uint8Array(length * 4);
  for (let word = 0; word < length; word++) {
    const value = bitmap[word]!;
    bytes[word * 4] = value & 0xff;
    bytes[word * 4 + 1] = (value >>> 8) & 0xff;
    bytes[word * 4 + 2] = (value >>> 16) & 0xff;
    bytes[word * 4 + 3] = value >>> 24;
  }
  return bytes;
}

export function bitmapFromBytes(bytes: Uint8Array): DocumentBitmap {
  const words = new Uint32Array(Math.ceil(bytes.length / 4));
  for (let index = 0; index < bytes.length; index++) words[index >>> 2]! |= bytes[index]! << ((index & 3) * 8);
  return words;
}

/** Every document in any of the sets. */
export function unionOf(bitmaps: DocumentBitmap[]): DocumentBitmap {
  const length = Math.max(0, ...bitmaps.map((bitmap) => bitmap.length));
  const result = new Uint32Array(length);
  for (const bitmap of bitmaps) for (let word = 0; word < bitmap.length; word++) result[word]! |= bitmap[word]!;
  return result;
}

/** The documents in every one of the sets; none when there are no sets. */
export function intersectionOf(bitmaps: DocumentBitmap[]): DocumentBitmap {
  if (bitmaps.length === 0) return emptyBitmap;
  const length = Math.min(...bitmaps.map((bitmap) => bitmap.length));
  const result = bitmaps[0]!.slice(0, length);
  for (const bitmap of bitmaps.slice(1)) for (let word = 0; word < length; word++) result[word]! &= bitmap[word]!;
  return result;
}

/**
 * The positions set, highest first, for as long as `visit` returns true.
 *
 * @example
 *   eachPositionDescending(bitmapFromPositions([3, 40]), (position) => { seen.push(position); return true; }) // 40, 3
 */
export function eachPositionDescending(bitmap: DocumentBitmap, visit: (position: number) => boolean): void {
  for (let word = bitmap.length - 1; word >= 0; word--) {
    let bits = bitmap[word]!;
    while (bits !== 0) {
      const bit = 31 - Math.clz32(bits);
      if (!visit(word * 32 + bit)) return;
      bits = (bits ^ (1 << bit)) >>> 0;
    }
  }
}
