import { describe, expect, it } from 'vitest';
import { foldText, prepareQuery, termMatches, textTokens } from './prepare-text.js';

const finds = (query: string, text: string, language: string | null) => {
  const tokens = textTokens(text, language);
  const prepared = prepareQuery(query);
  return prepared.terms.length > 0 && prepared.terms.every((term) => termMatches(term, tokens) !== null);
};

describe('text preparation for search', () => {
  it('folds case, accents and ligatures', () => {
    expect(foldText('Économía ÇA Œuvre Straße Łódź')).toBe('economia ca oeuvre strasse lodz');
  });

  it('stems French: "coopératives" finds "coopérative", "économique" finds "économiques"', () => {
    expect(finds('coopératives', 'Une coopérative de logement', 'fr')).toBe(true);
    expect(finds('cooperatives', 'Une coopérative de logement', 'fr')).toBe(true);
    expect(finds('économique', 'Développement économiques', 'fr')).toBe(true);
  });

  it('stems Spanish with or without accents: "economia" finds "economía"', () => {
    expect(finds('economia', 'La economía social', 'es')).toBe(true);
    expect(finds('economías', 'La economía social', 'es')).toBe(true);
    expect(finds('cooperativa', 'Las cooperativas de trabajo', 'es')).toBe(true);
  });

  it('stems English: "cooperatives" finds "cooperative"', () => {
    expect(finds('cooperatives', 'A housing cooperative', 'en')).toBe(true);
    expect(finds('housing', 'Houses for all', 'en')).toBe(true);
    expect(finds('housing', 'Public policy', 'en')).toBe(false);
    expect(finds('policies', 'Public policy', 'en')).toBe(true);
  });

  it('matches the last word as a prefix, and only the last', () => {
    expect(finds('coop', 'Coopératives de travail', 'fr')).toBe(true);
    expect(finds('coop travail', 'Coopératives de travail', 'fr')).toBe(false);
    expect(finds('travail coop', 'Coopératives de travail', 'fr')).toBe(true);
  });

  it('drops little words and keeps digits of codes', () => {
    expect(prepareQuery('de la the y').terms).toEqual([]);
    expect(prepareQuery('1.1.3').terms.map((term) => term.exact[0])).toEqual(['1', '1', '3']);
    expect(prepareQuery('1.1.3').code).toBe('1.1.3');
    expect(prepareQuery('économie sociale').code).toBeNull();
  });

  it('makes only letter and digit tokens of hostile input', () => {
    for (const hostile of ['"', '*', 'OR', 'a -b', "l'eau", '%_%', 'NEAR(a b)', 'x:y', '(((', '\\', '🙂 emoji', 'x'.repeat(5000)]) {
      for (const term of prepareQuery(hostile).terms) {
        for (const token of [...term.exact, term.prefix ?? 'ok']) expect(token).toMatch(/^[\p{L}\p{N}]+$/u);
      }
    }
  });

  it('indexes plain names without stemming', () => {
    expect([...textTokens('María Núñez', null)]).toEqual(['maria', 'nunez']);
  });
});
