import { describe, expect, it } from 'vitest';
import { cleanInline, cleanParagraphs, cleanText, toSentenceCase } from './clean-text.js';

describe('clean text', () => {
  it('keeps no HTML: tags go, entities are decoded, paragraphs stay apart', () => {
    expect(cleanParagraphs('<p><u>M. Kevin Ossah</u> OJEDD, Togo</p> <p>Kevin &amp; co</p>')).toEqual(['M. Kevin Ossah OJEDD, Togo', 'Kevin & co']);
  });

  it('removes markdown emphasis and escapes but keeps the addresses of autolinks', () => {
    expect(cleanInline('**Mme. Carmen Rebollo** *win-win* 110 R\\$ <https://example.org/x>')).toBe('Mme. Carmen Rebollo win-win 110 R$ https://example.org/x');
    expect(cleanInline('1^{ère} série')).toBe('1ère série');
  });

  it('keeps comparison signs that are not tags', () => {
    expect(cleanText('5 < 6 and 7 > 3')).toBe('5 < 6 and 7 > 3');
  });

  it('puts headings written in capitals into sentence case and leaves mixed case alone', () => {
    expect(toSentenceCase('STRATÉGIES DE COLLABORATION')).toBe('Stratégies de collaboration');
    expect(toSentenceCase('Expérience MONDRAGON')).toBe('Expérience MONDRAGON');
  });
});
