import { describe, expect, it } from 'vitest';
import { itemTerms } from './item-terms.js';

const termsOf = (title: string, text: string, language: string) => [...itemTerms({ id: 'x', title, text, language, themes: [] }).counts.keys()];

describe('the terms of an initiative', () => {
  it('drops the little words of French, Spanish and English', () => {
    expect(termsOf('', 'la de y the of and les des con', 'fr')).toEqual([]);
  });

  it('stems each word in the language of its text, so inflected forms meet', () => {
    expect(termsOf('', 'coopératives', 'fr')).toContain('s:cooper');
    expect(termsOf('', 'cooperativas', 'es')).toContain('s:cooper');
    expect(termsOf('', 'recycling recycled', 'en').filter((term) => term.startsWith('s:'))).toEqual(['s:recycl']);
  });

  it('adds a prefix shared across languages, so that cognates meet', () => {
    expect(termsOf('', 'agricultura', 'es')).toContain('p:agric');
    expect(termsOf('', 'agriculture', 'en')).toContain('p:agric');
  });

  it('counts a title word twice', () => {
    expect(itemTerms({ id: 'x', title: 'Vivienda', text: 'vivienda', language: 'es', themes: [] }).counts.get('s:viviend')).toBe(3);
  });

  it('compares words of other languages without stemming', () => {
    expect(termsOf('', 'Ekonomia sozial', 'eu')).toEqual(['s:ekonomia', 'p:ekono', 's:sozial', 'p:sozia']);
  });
});
