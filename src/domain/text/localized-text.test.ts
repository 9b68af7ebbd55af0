import { describe, expect, it } from 'vitest';
import { localizedTextSchema, readLocalized } from './localized-text.js';

describe('multilingual text', () => {
  const sheet = { original: 'fr' as const, text: { fr: 'Systèmes territoriaux intégrés', es: 'Sistemas territoriales integrados' } };

  it('reads the wanted language when it exists', () => {
    expect(readLocalized(sheet, 'es')).toEqual({ value: 'Sistemas territoriales integrados', language: 'es', isFallback: false });
  });

  it('falls back to the original, and says so', () => {
    expect(readLocalized(sheet, 'en')).toEqual({ value: 'Systèmes territoriaux intégrés', language: 'fr', isFallback: true });
  });

  it('treats an empty translation as missing', () => {
    expect(readLocalized({ original: 'fr', text: { fr: 'Atelier', en: '' } }, 'en').isFallback).toBe(true);
  });

  it('refuses a text whose declared original is missing, naming the field', () => {
    const result = localizedTextSchema.safeParse({ original: 'en', text: { fr: 'Atelier' } });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['text']);
  });

  it('refuses an unknown language', () => {
    expect(localizedTextSchema.safeParse({ original: 'xx', text: { xx: 'A' } }).success).toBe(false);
  });
});
