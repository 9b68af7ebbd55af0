import { describe, expect, it } from 'vitest';
import { negotiateLocale, translator, uiLocales } from './index.js';
import { en } from './messages/en.js';

describe('interface language', () => {
  it('an explicit choice wins over the browser preferences', () => {
    expect(negotiateLocale('es', 'fr-FR,fr;q=0.9')).toBe('es');
  });

  it('follows Accept-Language by weight and skips languages we do not speak', () => {
    expect(negotiateLocale(undefined, 'eu;q=1, es;q=0.8, fr;q=0.9')).toBe('fr');
    expect(negotiateLocale(undefined, 'de-DE')).toBe('en');
    expect(negotiateLocale(undefined, undefined)).toBe('en');
  });

  it('every message formats in every interface language with its values substituted', () => {
    for (const locale of uiLocales) {
      const t = translator(locale);
      for (const id of Object.keys(en) as (keyof typeof en)[]) {
        // Every placeholder the reference message names gets a value; a translation may not invent others.
        const names = [...en[id].matchAll(/\{(\w+)/g)].map((match) => match[1]!);
        const values = Object.fromEntries(names.map((name) => [name, ['count', 'capacity', 'minutes', 'total', 'from', 'to', 'score'].includes(name) ? 2 : 'X']));
        const text = t.t(id, values);
        expect(text, `${locale} ${id}`).not.toMatch(/[{}]/);
        expect(text.length).toBeGreaterThan(0);
      }
    }
  });

  it('formats a calendar date on the same day whatever the zone', () => {
    expect(translator('fr').date('2018-10-01')).toBe('1 octobre 2018');
    expect(translator('es').date('2018-10-03')).toBe('3 de octubre de 2018');
  });
});
