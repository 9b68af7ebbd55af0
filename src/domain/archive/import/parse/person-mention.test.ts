import { describe, expect, it } from 'vitest';
import { countryCode, readPlace } from './country-names.js';
import { parsePersonMention, parseRoleMention, readConfirmation } from './person-mention.js';
import { parsePresenterLine } from './presenter-line.js';

const source = { file: 'book.txt', line: 12 };

describe('person mentions', () => {
  it('splits a glued name and title, keeping commas inside the organisation', () => {
    const person = parsePersonMention(
      "M. Mohammed Salhi Coordonnateur de l'Espace Marocain de l'Economie Sociale, Solidaire et Environnementale (EMESSE), Maroc",
      source,
    );
    expect(person).toMatchObject({ honorific: 'M.', name: 'Mohammed Salhi', country: 'MA' });
    expect(person.roleTitle).toMatch(/^Coordonnateur de l'Espace Marocain/);
    expect(person.organisation).toMatchObject({ acronym: 'EMESSE', country: 'MA' });
  });

  it('reads "Name. Title. <url>" presenter lines', () => {
    const person = parsePersonMention("David Levine. Fondateur et président du Conseil Américain d'Entreprises durables. <http://asbcouncil.org/>", source);
    expect(person).toMatchObject({
      honorific: null,
      name: 'David Levine',
      roleTitle: "Fondateur et président du Conseil Américain d'Entreprises durables",
      urls: ['http://asbcouncil.org/'],
    });
    expect(person.organisation?.name).toBe("Conseil Américain d'Entreprises durables");
  });

  it('reads "Honorific Name, Organisation, Country"', () => {
    const person = parsePersonMention('Mme. Ariane Lim, PhilSEN/YSEN, Philippines', source);
    expect(person).toMatchObject({ honorific: 'Mme.', name: 'Ariane Lim', roleTitle: null, country: 'PH' });
    expect(person.organisation?.name).toBe('PhilSEN/YSEN');
  });

  it('reads a title then an organisation with its acronym', () => {
    const person = parsePersonMention('Chloé Sécher, Chargée de mission, Réseau des Collectivités Territoriales pour une Economie Solidaire (RTES)', source);
    expect(person).toMatchObject({ name: 'Chloé Sécher', roleTitle: 'Chargée de mission' });
    expect(person.organisation).toMatchObject({ acronym: 'RTES' });
  });

  it('reads an organisation printed before the person', () => {
    const person = parsePersonMention('Ville de Praia, Cap Vert. M. Oscar Humberto Évora Santos, Maire', source);
    expect(person).toMatchObject({ honorific: 'M.', name: 'Oscar Humberto Évora Santos', roleTitle: 'Maire', country: 'CV' });
    expect(person.organisation?.name).toBe('Ville de Praia');
  });

  it('keeps name particles and married names in the name', () => {
    expect(parsePersonMention('M. Roberto di Meglio. Conclusions', source).name).toBe('Roberto di Meglio');
    expect(parsePersonMention('Mme. Elise Pierrette Memong Meno - Epse Mpoung', source).name).toBe('Elise Pierrette Memong Meno Epse Mpoung');
  });

  it('marks a listing that names no person and is still to be confirmed', () => {
    const reading = parseRoleMention('Tunisia (projet ILO) (TBC)', source);
    expect(reading.status).toBe('to_be_confirmed');
    expect(reading.person).toMatchObject({ unnamed: true, country: 'TN' });
    expect(parseRoleMention('Municipalité de Cordoba (Argentina) TBC', source)).toMatchObject({ status: 'to_be_confirmed', person: { country: 'AR' } });
    expect(parseRoleMention('Municipalité Bolivienne (UNDP/TBC)', source).status).toBe('to_be_confirmed');
  });

  it('recognises "to be confirmed" in the three languages', () => {
    expect(readConfirmation('Sra. Ana López (por confirmar)')).toEqual({ text: 'Sra. Ana López', status: 'to_be_confirmed' });
    expect(readConfirmation('M. Paul Martin, à confirmer').status).toBe('to_be_confirmed');
    expect(readConfirmation('Ms. Jane Doe').status).toBe('confirmed');
  });
});

describe('presenter lines', () => {
  it('gives each person of a line with several presenters and addresses', () => {
    const people = parsePresenterLine(
      'William Moreno. Gérant de Coopération Technique Internationale. <http://www.muniate.gob.pe/ate/principal.php>. Federico Pérez. <http://www.femulp.org/>',
      source,
    );
    expect(people.map((p) => [p.name, p.urls])).toEqual([
      ['William Moreno', ['http://www.muniate.gob.pe/ate/principal.php']],
      ['Federico Pérez', ['http://www.femulp.org/']],
    ]);
  });

  it('shares the title of two people named together', () => {
    const people = parsePresenterLine('Alan Southern et Helen Heap. Experts en économie sociale. Université de Liverpool. <https://www.liverpool.ac.uk/>', source);
    expect(people.map((p) => [p.name, p.roleTitle])).toEqual([
      ['Alan Southern', 'Experts en économie sociale'],
      ['Helen Heap', 'Experts en économie sociale'],
    ]);
  });
});

describe('country names', () => {
  it.each([
    ['États-Unis', 'US'],
    ['Espagne', 'ES'],
    ['République de Corée', 'KR'],
    ['Cap Vert', 'CV'],
    ['Royaume-Uni', 'GB'],
    ["Côte-d'Ivoire", 'CI'],
    ['Côte d’Ivoire', 'CI'],
    ['Estados Unidos', 'US'],
    ['United Kingdom', 'GB'],
    ['Cabo Verde', 'CV'],
  ])('knows %s as %s', (name, code) => {
    expect(countryCode(name)).toBe(code);
  });

  it('reads city, region and country of a place', () => {
    expect(readPlace('Munguía, Pays Basque, Espagne')).toEqual({ city: 'Munguía', region: 'Pays Basque', country: 'ES' });
    expect(readPlace('Québec, Canada')).toEqual({ city: 'Québec', region: null, country: 'CA' });
    expect(readPlace('Madrid Espagne')).toEqual({ city: 'Madrid', region: null, country: 'ES' });
    expect(readPlace('Swarthmore, (PA) États-Unis.')).toEqual({ city: 'Swarthmore', region: 'PA', country: 'US' });
    expect(readPlace('Pays Basque')).toEqual({ city: null, region: 'Pays Basque', country: 'ES' });
    expect(readPlace('Quelque part')).toBeNull();
  });
});
