import { describe, expect, it } from 'vitest';
import { fieldTerms, prefixEnd, termTokens, type VocabularyEntry } from './bitmap-plan-postgres.js';
import { prepareQuery } from './prepare-text.js';
import { tokenBitmapSettings } from './token-bitmaps-postgres.js';

const entry = (token: string, documents: number, hasBits: boolean, field: VocabularyEntry['field'] = 'all'): VocabularyEntry => ({ field, token, documents, hasBits });

describe('reading a query against the vocabulary of the PostgreSQL index', () => {
  it('takes the words as GIN does: stems as whole tokens, the last word as a prefix that covers the tokens it starts', () => {
    expect(termTokens(prepareQuery('gobierno local'))).toEqual([{ exact: ['gobiern', 'gobierno'], prefix: '' }, { exact: [], prefix: 'local' }]);
    expect(termTokens(prepareQuery('coopératives'))).toEqual([{ exact: ['cooper', 'cooperat', 'cooperativ'], prefix: 'cooperatives' }]);
  });

  it('ends a prefix range just after every token that starts with it', () => {
    expect(prefixEnd('coop')).toBe('cooq');
    for (const token of ['coop', 'cooperativa', 'coopz', 'coop\u{10FFFE}']) expect(token >= 'coop' && token < prefixEnd('coop'), token).toBe(true);
    for (const token of ['coo', 'cooq', 'cop']) expect(token >= 'coop' && token < prefixEnd('coop'), token).toBe(false);
  });

  it('finds for each word its tokens in one field, and leaves to GIN a word of too many rare forms', () => {
    const terms = termTokens(prepareQuery('gobierno loc'));
    const entries = [entry('gobierno', 900, true), entry('gobiern', 900, true), entry('local', 3000, true), entry('locales', 40, false), entry('local', 10, false, 'title')];
    expect(fieldTerms(terms, entries, 'all')?.map((found) => found.map((item) => item.token))).toEqual([['gobierno', 'gobiern'], ['local', 'locales']]);
    expect(fieldTerms(terms, entries, 'title')?.map((found) => found.map((item) => item.token))).toEqual([[], ['local']]);
    const many = Array.from({ length: 200 }, (_, index) => entry(`loc${index}`, Math.ceil(tokenBitmapSettings.maxRareDocuments / 100), false));
    expect(fieldTerms(terms, [...entries, ...many], 'all')).toBeNull();
  });
});
