import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bitmapFromBytes, bitmapFromPositions, bitmapToBytes, eachPositionDescending, intersectionOf, unionOf, type DocumentBitmap } from './document-bitmap.js';

function positions(bitmap: DocumentBitmap): number[] {
  const found: number[] = [];
  eachPositionDescending(bitmap, (position) => found.push(position) > 0);
  return found;
}

const sets = fc.array(fc.integer({ min: 0, max: 5000 }), { maxLength: 300 });

describe('document bitmaps', () => {
  it('gives back the positions it was made of, highest first, each once', () => {
    fc.assert(fc.property(sets, (values) => {
      expect(positions(bitmapFromPositions(values))).toEqual([...new Set(values)].sort((a, b) => b - a));
    }), { seed: 19 });
  });

  it('reads back the bytes it stored, whatever their length', () => {
    fc.assert(fc.property(sets, (values) => {
      const bitmap = bitmapFromPositions(values);
      expect(positions(bitmapFromBytes(bitmapToBytes(bitmap)))).toEqual(positions(bitmap));
    }), { seed: 20 });
    // Lowest position first, lowest bit of each byte first: the layout other processes read.
    expect([...bitmapToBytes(bitmapFromPositions([0, 9, 31]))]).toEqual([1, 2, 0, 128]);
  });

  it('unites and intersects sets of different lengths as sets', () => {
    fc.assert(fc.property(sets, sets, sets, (a, b, c) => {
      const [left, middle, right] = [a, b, c].map(bitmapFromPositions) as [DocumentBitmap, DocumentBitmap, DocumentBitmap];
      const union = new Set([...a, ...b, ...c]);
      expect(positions(unionOf([left, middle, right]))).toEqual([...union].sort((x, y) => y - x));
      const both = [...new Set(a)].filter((value) => b.includes(value) && c.includes(value));
      expect(positions(intersectionOf([left, middle, right]))).toEqual(both.sort((x, y) => y - x));
    }), { seed: 21 });
    expect(positions(intersectionOf([]))).toEqual([]);
  });

  it('stops walking as soon as the visitor has enough', () => {
    const seen: number[] = [];
    eachPositionDescending(bitmapFromPositions([1, 2, 3, 64, 100]), (position) => seen.push(position) < 2);
    expect(seen).toEqual([100, 64]);
  });
});
