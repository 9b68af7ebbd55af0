import { foldText } from '../../people/identity/text-folding.js';

/** Text lowercased without accents, with where each folded character came from in the original. */
export interface FoldedText {
  folded: string;
  /** Original UTF-16 offsets covered by folded character i: [start[i], end[i]). */
  start: number[];
  end: number[];
}

const foldedChars = new Map<string, string>();

function foldChar(char: string): string {
  if (char.length === 1 && char.charCodeAt(0) < 0x80) return char.toLowerCase();
  let folded = foldedChars.get(char);
  if (folded === undefined) {
    folded = foldText(char);
    foldedChars.set(char, folded);
  }
  return folded;
}

/**
 * Folds character by character, so a match found in the folded text maps back to exact original
 * offsets: "Montréal" and "Montre\u0301al" both fold to "montreal", each keeping its own bytes.
 *
 * @example
 * const { folded, start, end } = foldWithOffsets('Lavoie, Mme Jöhanne');
 * folded; // 'lavoie, mme johanne'
 */
export function foldWithOffsets(text: string): FoldedText {
  let folded = '';
  const start: number[] = [];
  const end: number[] = [];
  let offset = 0;
  for (const char of text) {
    const piece = foldChar(char);
    const next = offset + char.length;
    if (piece.length === 0 && end.length > 0) end[end.length - 1] = next;
    for (let i = 0; i < piece.length; i++) {
      start.push(offset);
      end.push(next);
    }
    folded += piece;
    offset = next;
  }
  return { folded, start, end };
}

/** Tokens of a phrase as the folded text spells them: letters and digits, split at anything else. */
export function foldedTokens(phrase: string): string[] {
  return foldText(phrase)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}
