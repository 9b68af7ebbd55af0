import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedDataAvailable, sharedRoot } from '../../../../../tests/support/shared-data.js';
import type { ImportedDocument, ImportedInitiative } from '../imported-document.js';
import { parseDocument } from './parse-document.js';

const available = sharedDataAvailable('seeds');
const bookFile = `${sharedRoot}seeds/002_307cc80dd0114172.txt`;

describe.skipIf(!available)('the Bilbao 2018 book of initiatives', () => {
  let book: ImportedDocument;
  const initiative = (code: string): ImportedInitiative => {
    const found = book.initiatives.find((i) => i.code === code);
    if (!found) throw new Error(`no initiative ${code}`);
    return found;
  };

  beforeAll(async () => {
    book = await parseDocument(bookFile, readFileSync(bookFile));
  });

  it('is read as a French program book', () => {
    expect(book.kind).toBe('program_book');
    expect(book.language).toBe('fr');
  });

  it('states the edition: GSEF 2018 in Bilbao, Spain, 1–3 October 2018, at the Euskalduna', () => {
    expect(book.edition).toMatchObject({
      slug: 'gsef-2018-bilbao',
      year: 2018,
      hostCity: 'Bilbao',
      country: 'ES',
      venue: 'Palais des Congrès Euskalduna',
      tagline: 'Valeurs et compétitivité pour un développement local inclusif et durable',
      startsOn: { year: 2018, month: 10, day: 1 },
      endsOn: { year: 2018, month: 10, day: 3 },
    });
    expect(book.edition?.name).toMatch(/Global Social Economy Forum/);
  });

  it('has three days and nine slots, three a day', () => {
    const edition = book.edition!;
    expect(edition.days.map((d) => [d.date.month, d.date.day])).toEqual([[10, 1], [10, 2], [10, 3]]);
    expect(edition.slots.map((s) => s.code)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(edition.slots.map((s) => s.dayIndex)).toEqual([0, 0, 0, 1, 1, 1, 2, 2, 2]);
    expect(edition.slots[0]!.label).toBe('Ateliers session 1');
  });

  it('notes that the third day has no heading of its own', () => {
    expect(book.notes.filter((n) => n.code === 'inferred_day')).toHaveLength(1);
  });

  it('gives the workshops of each slot with the titles of their section headings', () => {
    const perSlot = Object.fromEntries(['1', '2', '3', '4', '5', '6', '7', '8', '9'].map((code) => [code, book.sessions.filter((s) => s.slotCode === code).map((s) => s.code)]));
    expect(perSlot).toEqual({
      '1': ['1.1', '1.2', '1.3', '1.4', '1.5'],
      '2': ['2.1', '2.2', '2.3', '2.4', '2.5'],
      '3': ['3.1', '3.2', '3.3', '3.4'],
      '4': ['4.1', '4.2', '4.3', '4.4', '4.5'],
      '5': ['5.1', '5.2', '5.3', '5.4', '5.5'],
      '6': ['6.1', '6.2', '6.3', '6.4', '6.5'],
      '7': ['7.1', '7.2', '7.3', '7.4'],
      '8': ['8.1', '8.2', '8.3', '8.4'],
      '9': ['9.1', '9.2', '9.3', '9.4', '9.5'],
    });
    const title = (code: string) => book.sessions.find((s) => s.code === code)?.title;
    expect(title('1.1')).toBe("Stratégies de collaboration entre gouvernements locaux et agents de l'économie sociale");
    expect(title('1.2')).toBe('Le binôme production et reproducteur');
    expect(title('2.5')).toBe('Jeunes et Économie Sociale');
    expect(title('5.4')).toBe('Comment et quand renforcer les synergies entre économie sociale et politiques sectorielles');
  });

  it('tells the workshops run by partners from the others', () => {
    const partner = book.sessions.filter((s) => s.format === 'partner_workshop').map((s) => s.code);
    expect(partner).toEqual(['2.4', '2.5', '3.4', '4.4', '4.5', '5.4', '5.5', '6.4', '6.5', '7.4', '8.4', '9.4', '9.5']);
    expect(book.sessions).toHaveLength(42);
    expect(book.sessions.filter((s) => s.format === 'workshop')).toHaveLength(42 - 13);
  });

  it('gives a partner workshop its organiser, moderator, speakers and summary', () => {
    const youth = book.sessions.find((s) => s.code === '2.5')!;
    expect(youth.organisers.map((o) => o.name)).toEqual(['GSEF']);
    expect(youth.subtitle).toMatch(/^Participation des jeunes/);
    const moderator = youth.roles.find((r) => r.role === 'moderator')!.person;
    expect(moderator).toMatchObject({ honorific: 'Mme.', name: 'Ariane Lim', country: 'PH' });
    expect(youth.roles.filter((r) => r.role === 'speaker').map((r) => r.person.name)).toEqual([
      'Laurent Levesque',
      'Tita Larasati',
      'Awaali Shamim Namusisi',
      'Ana Aguirre',
    ]);
    expect(youth.summary).toMatch(/^Il est nécessaire que le Réseau/);
    const fairTrade = book.sessions.find((s) => s.code === '5.5')!;
    expect(fairTrade.organisers.map((o) => o.name)).toEqual(['Fair Trade Advocacy Office', 'World Fair Trade Organization']);
    expect(fairTrade.roles.map((r) => r.person.name)).toEqual(['María Ferrer', 'Carmen Rebollo Sánchez', 'María Youngsin Lim', 'Erinch Sahan']);
  });

  it('reads the 102 initiatives of the book, each once', () => {
    expect(book.initiatives).toHaveLength(102);
    expect(new Set(book.initiatives.map((i) => i.code)).size).toBe(102);
    expect(book.initiatives.every((i) => !i.code.endsWith('.') && i.code.startsWith(`${i.workshopCode}.`))).toBe(true);
  });

  it('gives almost every initiative its organisation, country, presenter and address', () => {
    const withAll = book.initiatives.filter((i) => i.organisation && i.country && i.presenters.length > 0);
    expect(withAll.length).toBeGreaterThanOrEqual(100);
    expect(book.initiatives.filter((i) => i.urls.length > 0).length).toBeGreaterThanOrEqual(95);
    expect(book.initiatives.filter((i) => i.city).length).toBeGreaterThanOrEqual(98);
  });

  it('reads initiative 1.1.1: ASBC in Washington, presented by David Levine', () => {
    const asbc = initiative('1.1.1');
    expect(asbc).toMatchObject({ workshopCode: '1.1', city: 'Washington', country: 'US', urls: ['http://asbcouncil.org/'] });
    expect(asbc.organisation?.name).toBe('Conseil Américain des Entreprises Durables');
    expect(asbc.title).toBe("Organisations d'entreprises et de juristes, travaillant conjointement pour orienter les politiques vers l'économie durable");
    expect(asbc.description).toMatch(/^Le Conseil Américain des Entreprises Durables \(ASBC/);
    expect(asbc.presenters).toHaveLength(1);
    expect(asbc.presenters[0]).toMatchObject({ name: 'David Levine', roleTitle: "Fondateur et président du Conseil Américain d'Entreprises durables" });
  });

  it('reads initiatives 1.1.2 (Koopera, Munguía, Basque Country) and 1.2.1 (Praia, Cape Verde)', () => {
    expect(initiative('1.1.2')).toMatchObject({ city: 'Munguía', region: 'Pays Basque', country: 'ES', organisation: { name: 'Koopera' } });
    expect(initiative('1.1.2').presenters[0]).toMatchObject({ name: 'Javier Mariño' });
    expect(initiative('1.2.1')).toMatchObject({ city: 'Praia', country: 'CV', organisation: { name: 'Mairie de Praia' } });
  });

  it('normalises a code printed with a trailing dot and keeps every presenter of a line', () => {
    const ate = initiative('1.1.3');
    expect(ate.country).toBe('PE');
    expect(ate.presenters.map((p) => p.name)).toEqual(['William Moreno', 'Federico Pérez']);
    expect(ate.urls).toEqual(['http://www.muniate.gob.pe/ate/principal.php', 'http://www.femulp.org/']);
    expect(initiative('1.1.4')).toMatchObject({ city: 'Séoul', country: 'KR' });
  });

  it('reports the twice-printed 5.3.1 once and keeps it once, with its address on the next line', () => {
    const duplicates = book.notes.filter((n) => n.code === 'duplicate_initiative');
    expect(duplicates).toHaveLength(1);
    expect(duplicates[0]!.message).toContain('5.3.1');
    expect(book.initiatives.filter((i) => i.code === '5.3.1')).toHaveLength(1);
    expect(initiative('5.3.1')).toMatchObject({ city: 'Quito', country: 'EC', urls: ['http://www.conquito.org.ec/'] });
  });

  it('keeps initiatives whose organisation or place is missing, with a note', () => {
    expect(initiative('2.1.1').organisation).toBeNull();
    expect(initiative('2.1.1').presenters[0]?.name).toBe('Igor Ortega');
    expect(book.notes.some((n) => n.code === 'missing_organisation' && n.message.includes('2.1.1'))).toBe(true);
    expect(book.notes.some((n) => n.code === 'missing_place' && n.message.includes('2.3.1'))).toBe(true);
  });

  it('keeps no markup in any text', () => {
    const texts = [
      ...book.initiatives.flatMap((i) => [i.title, i.description ?? '', ...i.presenters.map((p) => p.name)]),
      ...book.sessions.flatMap((s) => [s.title, s.summary ?? '', ...s.roles.map((r) => r.person.written)]),
    ];
    expect(texts.filter((text) => /\*\*|<\/?[a-z]+>|<https?:/.test(text))).toEqual([]);
  });
});
