import { describe, expect, it } from 'vitest';
import { DomainError } from '../../errors.js';
import { anonymiseText } from './anonymise-text.js';

describe('anonymiseText', () => {
  it('hides a Quebec speaker, her surname alone, her organisation, acronym, address and site, and nothing else', () => {
    const text =
      'Porté par Johanne Lavoie, coordonnatrice au TIESS (Territoires innovants en économie sociale et solidaire), le projet réunit ' +
      "douze coopératives de Montréal. Mme Lavoie a travaillé avec l'OIT. Contact : johanne.lavoie@tiess.ca ou www.tiess.ca/projets. " +
      'Un petit silo à grains sert de local au territoire.';
    const revealing = {
      names: ['Johanne Lavoie'],
      organisations: ['Territoires innovants en économie sociale et solidaire'],
      acronyms: ['TIESS'],
      websites: ['https://tiess.ca'],
      emails: ['johanne.lavoie@tiess.ca'],
    };
    expect(anonymiseText(text, revealing)).toBe(
      'Porté par [name], coordonnatrice au [organisation] ([organisation]), le projet réunit ' +
        "douze coopératives de Montréal. [name] a travaillé avec l'OIT. Contact : [link] ou [link]. " +
        'Un petit silo à grains sert de local au territoire.',
    );
  });

  it('matches a Spanish name with particles in any case and without accents, and the surname alone only as a proper noun', () => {
    const text =
      'MARÍA DE LA CRUZ coordina la Red de Economía Alternativa y Solidaria (REAS). Maria de la Cruz y la Sra. Cruz ' +
      'presentaron el proyecto; De la Cruz insiste en que la cruz del sur guía a las cooperativas. Más en reas-red.net o en REAS Euskadi.';
    const revealing = { names: ['María de la Cruz'], organisations: ['Red de Economía Alternativa y Solidaria (REAS)'], websites: ['www.reas-red.net'] };
    expect(anonymiseText(text, revealing)).toBe(
      '[name] coordina la [organisation] ([organisation]). [name] y la [name] ' +
        'presentaron el proyecto; [name] insiste en que la cruz del sur guía a las cooperativas. Más en [link] o en [organisation] Euskadi.',
    );
  });

  it('hides a hyphenated given name with initials, any apostrophe in the surname, and an address written to dodge robots', () => {
    const text =
      "Jean-Pierre N’Diaye founded the cooperative in Thiès. J.-P. Ndiaye and Mr N'Diaye now train 40 members; " +
      'write to jp.ndiaye [at] coopsen [dot] org. Jean-Pierre, a farmer, joined later.';
    const revealing = { names: ["Jean-Pierre N'Diaye"], organisations: [], emails: ['jp.ndiaye@coopsen.org'] };
    expect(anonymiseText(text, revealing)).toBe(
      '[name] founded the cooperative in Thiès. [name] and [name] now train 40 members; ' +
        'write to [link]. Jean-Pierre, a farmer, joined later.',
    );
  });

  it('takes acronyms as whole words only, and hides the other names of a well-known organisation', () => {
    const text = 'The ILO (OIT in French) studied a grain silo; the International Labour Organization and the Organización Internacional del Trabajo agree. Silo owners, pilots.';
    expect(anonymiseText(text, { names: [], organisations: ['ILO'] })).toBe(
      'The [organisation] ([organisation] in French) studied a grain silo; the [organisation] and the [organisation] agree. Silo owners, pilots.',
    );
  });

  it('hides both surnames of a Spanish double surname and each part of a hyphenated one', () => {
    const text = 'García López y Ana García-Márquez hablan; López y Márquez firman. María José dirige la cooperativa de San José.';
    const revealing = { names: ['María José García López', 'Ana García-Márquez'], organisations: [] };
    expect(anonymiseText(text, revealing)).toBe('[name] y [name] hablan; [name] y [name] firman. María José dirige la cooperativa de San José.');
  });

  it('hides a married name and the first given name with any surname, but never a given name alone', () => {
    const text = 'Elise Memong Meno, dite Mme Mpoung, et Elise Meno parlent à Elise, à Pierrette et à MEMONG.';
    expect(anonymiseText(text, { names: ['Mme. Elise Pierrette Memong Meno - Epse Mpoung'], organisations: [] })).toBe(
      '[name], dite [name], et [name] parlent à Elise, à Pierrette et à [name].',
    );
  });

  it('accepts an acronym of four letters or more written with only a capital initial', () => {
    expect(anonymiseText('Le Ripess, le RIPESS, le ripess ; la Ola, le OLA.', { names: [], organisations: [], acronyms: ['RIPESS', 'OLA'] })).toBe(
      'Le [organisation], le [organisation], le ripess ; la Ola, le [organisation].',
    );
  });

  it('hides a city government under its other names but leaves the city itself', () => {
    const text = "The City of Montreal funds it; la Ville de Montréal et l'arrondissement aussi. Montréal compte 300 coopératives.";
    expect(anonymiseText(text, { names: [], organisations: ['Ville de Montréal'] })).toBe(
      "The [organisation] funds it; la [organisation] et l'arrondissement aussi. Montréal compte 300 coopératives.",
    );
  });

  it('keeps everything else byte for byte, decomposed accents and unusual spaces included', () => {
    const text = 'Ce projet\u00a0de José Marti\u0301nez\u2009— «\u202fcoop\u202f» —\r\nvoir https://example.org/x?y=1.\t🙂 Fin.';
    expect(anonymiseText(text, { names: ['José Martínez'], organisations: [] })).toBe(
      'Ce projet\u00a0de [name]\u2009— «\u202fcoop\u202f» —\r\nvoir https://example.org/x?y=1.\t🙂 Fin.',
    );
    expect(anonymiseText(text, { names: [], organisations: [] })).toBe(text);
  });

  it('hides a site given with a path only under that path, and a host spelled with the organisation', () => {
    const text = 'Suivez-nous : facebook.com/tiess.qc, facebook.com/autre, https://www.tiess.ca (site).';
    expect(anonymiseText(text, { names: [], organisations: [], acronyms: ['TIESS'], websites: ['https://facebook.com/tiess.qc'] })).toBe(
      'Suivez-nous : [link], facebook.com/autre, [link] (site).',
    );
  });

  it('uses the placeholders it is given', () => {
    expect(anonymiseText('Johanne Lavoie, TIESS, tiess@tiess.ca', { names: ['Johanne Lavoie'], organisations: ['TIESS'] }, { name: '[nom]', organisation: '[organisation]', link: '[lien]' })).toBe(
      '[nom], [organisation], [lien]',
    );
  });

  it('refuses revealing facts that are not lists of strings, naming the field', () => {
    expect(() => anonymiseText('x', { names: 'Johanne Lavoie' as unknown as string[], organisations: [] })).toThrow(DomainError);
    expect(() => anonymiseText('x', { names: [], organisations: [42 as unknown as string] })).toThrow('revealing.organisations[0]: must be a string');
  });
});
