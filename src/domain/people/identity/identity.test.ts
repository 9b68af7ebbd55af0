import { describe, expect, it } from 'vitest';
import { labelledOrganisationPairs, labelledPersonPairs, type LabelledPair } from './labelled-pairs.js';
import type { MatchResult } from './match-verdict.js';
import { compareOrganisations } from './organisation-match.js';
import { parseOrganisationName } from './organisation-name.js';
import { comparePeople } from './person-match.js';
import { parsePersonName } from './person-name.js';
import { resolveOrganisations, resolvePeople, type PersonMention } from './resolve-mentions.js';

describe('parsePersonName', () => {
  it('separates honorific, given and family names, and folds the key', () => {
    const name = parsePersonName('Dr. Honoré OUANTCHI');
    expect(name.honorific).toBe('Dr');
    expect(name.givenNames).toEqual(['Honoré']);
    expect(name.familyNames).toEqual(['OUANTCHI']);
    expect(name.key).toBe('honore ouantchi');
    expect(parsePersonName('OUANTCHI Honoré').key).toBe(name.key);
    expect(parsePersonName('OUANTCHI, Honoré').givenNames).toEqual(['Honoré']);
  });

  it('cuts a role title glued to the name', () => {
    expect(parsePersonName('Béatrice Alain est directrice générale du Chantier').roleTitle).toBe('directrice générale du Chantier');
    const written = parsePersonName('Béatrice Alain. Directrice générale.');
    expect(written.tokens).toEqual(['beatrice', 'alain']);
    expect(written.roleTitle).toBe('Directrice générale.');
    expect(parsePersonName('Modératrice : Mme. María Ferrer (Caritas)').key).toBe('ferrer maria');
    expect(parsePersonName('M. William J. Nègre. Directeur').tokens).toEqual(['william', 'j', 'negre']);
  });

  it('keeps the married name after "Epse" apart from the name', () => {
    const name = parsePersonName('Mme. Elise Pierrette Memong Meno - Epse Mpoung');
    expect(name.honorific).toBe('Ms');
    expect(name.marriedNames).toEqual(['Mpoung']);
    expect(name.key).toBe(parsePersonName('Elise Pierrette Memong Meno').key);
  });

  it('drops particles from tokens but keeps them in the family name', () => {
    const name = parsePersonName('M. Roberto di Meglio');
    expect(name.familyNames).toEqual(['di', 'Meglio']);
    expect(name.tokens).toEqual(['roberto', 'meglio']);
  });
});

describe('comparePeople', () => {
  it('says different for a shared surname with different given names, even in one organisation', () => {
    expect(comparePeople({ name: 'Mme. Ariane Lim' }, { name: 'Mme. María Youngsin Lim' }).verdict).toBe('different');
    expect(comparePeople({ name: 'David Bustos', organisation: 'Mairie de Madrid' }, { name: 'Bernardino Sanz', organisation: 'Mairie de Madrid' }).verdict).toBe('different');
  });

  it('does not take one-letter-apart given names for a slip', () => {
    expect(comparePeople({ name: 'María López', country: 'Espagne' }, { name: 'Marta López', country: 'Espagne' }).verdict).toBe('different');
    expect(comparePeople({ name: 'Daniel Roux' }, { name: 'Danièle Roux' }).verdict).toBe('different');
  });

  it('asks about a one-letter slip unless the organisation or country corroborates it', () => {
    expect(comparePeople({ name: 'Johanne Lavoie' }, { name: 'Johane Lavoie' }).verdict).toBe('maybe');
    expect(comparePeople({ name: 'Johanne Lavoie', organisation: 'Ville de Montréal' }, { name: 'Johane Lavoie', organisation: 'City of Montreal' }).verdict).toBe('same');
  });

  it('merges an identical full name unless country or organisation contradicts', () => {
    expect(comparePeople({ name: 'M. Honoré Ouantchi' }, { name: 'Dr. Honoré OUANTCHI' }).verdict).toBe('same');
    expect(comparePeople({ name: 'Honoré Ouantchi', country: 'Côte d’Ivoire' }, { name: 'Honoré Ouantchi', country: 'France' }).verdict).toBe('maybe');
    expect(comparePeople({ name: 'Mme Chloé Sécher' }, { name: 'M. Chloé Sécher' }).verdict).toBe('maybe');
  });

  it('treats the same email as decisive', () => {
    const result = comparePeople({ name: 'C. Secher', email: 'C.Secher@rtes.fr' }, { name: 'Chloé Sécher', email: 'c.secher@rtes.fr' });
    expect(result).toMatchObject({ verdict: 'same', score: 1 });
  });

  it('needs the organisation to tie a lone surname or an initial to a full name', () => {
    expect(comparePeople({ name: 'Mme. Alain' }, { name: 'Béatrice Alain' }).verdict).toBe('different');
    expect(comparePeople({ name: 'Mme. Alain', organisation: 'Chantier de l’économie sociale' }, { name: 'Béatrice Alain', organisation: 'Chantier de l’Économie Sociale' }).verdict).toBe('maybe');
    expect(comparePeople({ name: 'J. Charest' }, { name: 'Jacques Charest' }).verdict).toBe('maybe');
  });
});

describe('organisation names', () => {
  it('extracts acronyms, legal forms and countries written beside the name', () => {
    expect(parseOrganisationName('Réseau de collectivités territoriales par une économie solidaire - RTES. Lille, France')).toMatchObject({ acronym: 'RTES', country: 'FR' });
    expect(parseOrganisationName('Serenos Gijón S.L.L.')).toMatchObject({ legalForm: 'S.L.L.', key: 'gijon sereno' });
    expect(parseOrganisationName('Ville de Praia (Cabo Verde)')).toMatchObject({ acronym: null, country: 'CV', localGovernmentOf: 'praia' });
    expect(parseOrganisationName('CECOP Confédération européenne de coopératives industrielles et de services').acronym).toBe('CECOP');
  });

  it('tells the Chantier from its Fiducie and from its youth section', () => {
    expect(compareOrganisations("Chantier de l'économie sociale", "Fiducie du Chantier de l'économie sociale").verdict).toBe('different');
    expect(compareOrganisations("Chantier de l'Économie Sociale", "Section juvénile du Chantier de l'Économie Sociale").verdict).toBe('different');
    expect(compareOrganisations("Chantier de l'économie sociale", "Chantier de l'Économie Sociale").verdict).toBe('same');
  });

  it('knows local governments across languages and keeps cities apart', () => {
    for (const other of ['Ville de Montréal', 'City of Montreal', 'Mairie de Montréal']) {
      expect(compareOrganisations('Ville de Monreal', other).verdict).toBe('same');
    }
    expect(compareOrganisations('Mairie de Barcelone', 'Ajuntament de Barcelona').verdict).toBe('same');
    expect(compareOrganisations('Mairie de Barcelone', 'Mairie de Madrid').verdict).toBe('different');
    expect(compareOrganisations('Mairie de Barcelone', 'Barcelona Activa').verdict).toBe('different');
    expect(compareOrganisations({ name: 'Ayuntamiento de Córdoba' }, { name: 'Municipalité de Cordoba (Argentina)' }).verdict).toBe('maybe');
  });

  it('knows the multilingual names of agencies and networks', () => {
    expect(compareOrganisations('PNUD', 'UNDP').verdict).toBe('same');
    expect(compareOrganisations('OIT', 'International Labour Organization').verdict).toBe('same');
    expect(compareOrganisations('Commission Européenne', 'Comisión Europea').verdict).toBe('same');
    expect(compareOrganisations('Commission Européenne', 'Union Européenne').verdict).toBe('different');
    expect(compareOrganisations({ name: 'Global Social Economy Forum' }, { name: 'Foro Global', acronym: 'GSEF' }).verdict).toBe('same');
  });

  it('matches an acronym against the initials of a full name, cautiously when short or gappy', () => {
    expect(compareOrganisations('Forum de création de la ville de Bandung (BCCF)', 'Bandung Creative City Forum').verdict).toBe('same');
    expect(compareOrganisations('RTES', 'Réseau de collectivités territoriales par une économie solidaire').verdict).toBe('maybe');
    expect(compareOrganisations('UCLG', 'UCGL').verdict).toBe('maybe');
  });
});

describe('resolvePeople', () => {
  const mentions: PersonMention[] = [
    { id: 'm1', name: 'M. Honoré Ouantchi' },
    { id: 'm2', name: 'Mme Béatrice Alain', organisation: "Chantier de l'économie sociale" },
    { id: 'm3', name: 'Dr. Honoré OUANTCHI' },
    { id: 'm4', name: 'OUANTCHI Honoré' },
    { id: 'm5', name: 'Béatrice Alain. Directrice générale.', organisation: "Chantier de l'Économie Sociale" },
    { id: 'm6', name: 'Mme. Alain', organisation: "Chantier de l'économie sociale" },
    { id: 'm7', name: 'Johanne Lavoie' },
    { id: 'm8', name: 'Johane Lavoie' },
    { id: 'm9', name: 'Mme. Ariane Lim' },
    { id: 'm10', name: 'Mme. María Youngsin Lim' },
  ];

  it('merges through same links only and suggests the maybes between clusters, in a stable order', () => {
    const resolution = resolvePeople(mentions);
    expect(resolution.clusters).toEqual([['m1', 'm3', 'm4'], ['m2', 'm5'], ['m6'], ['m7'], ['m8'], ['m9'], ['m10']]);
    expect(resolution.suggestions.map((s) => s.ids)).toEqual([
      ['m7', 'm8'],
      ['m2', 'm6'],
    ]);
    expect(resolvePeople([...mentions])).toEqual(resolution);
  });

  it('never chains two people found different through a third spelling', () => {
    const resolution = resolvePeople([
      { id: 'a', name: 'Juan Carlos Díaz', organisation: 'FAMSÍ' },
      { id: 'b', name: 'Juan Carlos Díaz Macías', organisation: 'FAMSÍ' },
      { id: 'c', name: 'Juan Carlos Díaz Pérez', organisation: 'FAMSÍ' },
    ]);
    expect(resolution.clusters.find((cluster) => cluster.includes('b'))).not.toContain('c');
    expect(resolution.suggestions.length).toBeGreaterThan(0);
  });
});

describe('resolveOrganisations', () => {
  it('groups spellings of one organisation and keeps look-alikes apart', () => {
    const resolution = resolveOrganisations([
      { id: 'o1', name: 'Réseau des Collectivités Territoriales pour une Economie Solidaire (RTES)' },
      { id: 'o2', name: "Chantier de l'économie sociale" },
      { id: 'o3', name: 'RTES' },
      { id: 'o4', name: "Fiducie du Chantier de l'économie sociale" },
      { id: 'o5', name: 'Ville de Monreal' },
      { id: 'o6', name: 'Ville de Montréal' },
      { id: 'o7', name: "Chantier de l'Économie Sociale. Montréal, Canada" },
      { id: 'o8', name: 'PNUD' },
      { id: 'o9', name: 'UNDP' },
      { id: 'o10', name: 'Mairie de Montréal' },
    ]);
    expect(resolution.clusters).toEqual([['o1', 'o3'], ['o2', 'o7'], ['o4'], ['o5', 'o6', 'o10'], ['o8', 'o9']]);
  });
});

interface Tally {
  truePositive: number;
  falsePositive: number;
  falseNegative: number;
}

function tally<T>(pairs: LabelledPair<T>[], compare: (a: T, b: T) => MatchResult, positive: (r: MatchResult) => boolean): Tally {
  const counts: Tally = { truePositive: 0, falsePositive: 0, falseNegative: 0 };
  for (const pair of pairs) {
    const predicted = positive(compare(pair.a, pair.b));
    if (predicted && pair.same) counts.truePositive++;
    else if (predicted) counts.falsePositive++;
    else if (pair.same) counts.falseNegative++;
  }
  return counts;
}

const precision = (t: Tally) => (t.truePositive + t.falsePositive === 0 ? 1 : t.truePositive / (t.truePositive + t.falsePositive));
const recall = (t: Tally) => (t.truePositive + t.falseNegative === 0 ? 1 : t.truePositive / (t.truePositive + t.falseNegative));

describe('labelled pairs from the seed documents', () => {
  it('has enough pairs, each traced to a seed line', () => {
    expect(labelledPersonPairs.length + labelledOrganisationPairs.length).toBeGreaterThanOrEqual(60);
    for (const pair of [...labelledPersonPairs, ...labelledOrganisationPairs]) expect(pair.source).toMatch(/\b00[0-4]:\d+/);
  });

  it('never merges falsely and finds nearly every true pair', () => {
    const isSame = (r: MatchResult) => r.verdict === 'same';
    const isSameOrMaybe = (r: MatchResult) => r.verdict !== 'different';
    const rows = [
      { kind: 'people', pairs: labelledPersonPairs as LabelledPair<unknown>[], compare: comparePeople as (a: unknown, b: unknown) => MatchResult },
      { kind: 'organisations', pairs: labelledOrganisationPairs as LabelledPair<unknown>[], compare: compareOrganisations as (a: unknown, b: unknown) => MatchResult },
    ];
    const table = rows.map(({ kind, pairs, compare }) => {
      const same = tally(pairs, compare, isSame);
      const loose = tally(pairs, compare, isSameOrMaybe);
      return {
        kind,
        pairs: pairs.length,
        positives: pairs.filter((p) => p.same).length,
        'same: precision': precision(same).toFixed(3),
        'same: recall': recall(same).toFixed(3),
        'same|maybe: precision': precision(loose).toFixed(3),
        'same|maybe: recall': recall(loose).toFixed(3),
        same,
        loose,
      };
    });
    console.log('Identity matching on labelled seed pairs');
    console.table(table.map(({ same: _s, loose: _l, ...row }) => row));
    for (const row of table) {
      expect(precision(row.same), `${row.kind}: a 'same' answer on a different pair`).toBe(1);
      expect(recall(row.loose), `${row.kind}: recall of same-or-maybe`).toBeGreaterThanOrEqual(0.9);
    }
  });
});

describe('resolvePeople at scale', () => {
  const given = [
    'Honoré', 'Béatrice', 'María', 'Marta', 'Laura', 'Juan Carlos', 'Ariane', 'Mohammed', 'Chloé', 'Johanne', 'Young', 'Elisabet',
    'David', 'Carlos', 'Jean Pierre', 'Awaali', 'Madani', 'Roser', 'Ilcheong', 'Dwinita', 'Oscar', 'Vanessa', 'Patricia', 'Malick',
    'Ronald', 'Laurence', 'Igor', 'Sara', 'Javier', 'Elise', 'Kevin', 'Jacques', 'Marguerite', 'Sergio', 'Gianluca', 'Karim',
    'Roberto', 'Emmanuelle', 'Norma', 'Mikel', 'Karmele', 'Iker', 'Giuseppe', 'Gabriel', 'Tony', 'Lourdes', 'Miten', 'Erika',
    'Jone', 'Aitor', 'Guillaume', 'Cécile', 'Diego', 'Jugatx', 'Patricia', 'Sita', 'Denisse', 'Alfredo', 'Marina', 'Anders',
  ];
  const family = [
    'Ouantchi', 'Alain', 'López', 'Martínez', 'Díaz', 'Lim', 'Salhi', 'Sécher', 'Lavoie', 'Kim', 'Urbieta', 'Ortega', 'Santos',
    'Hernández', 'Pérez', 'Koumaré', 'Diop', 'Kwark', 'Yi', 'Larasati', 'Espiau', 'Rubio', 'Mata', 'Andriot', 'Rosero',
    'Balimwezo', 'Namusisi', 'Charest', 'Levesque', 'Mendell', 'Ossah', 'Salvatori', 'Toumi', 'Fournil', 'Roulin', 'Barturen',
    'Acedo', 'Goikoetxea', 'Guerini', 'Grimaud', 'Armstrong', 'Tellería', 'Calabozo', 'Larraza', 'Zufiaurre', 'Nolte',
    'Bengoetxea', 'Compain', 'Pino', 'Poirier', 'Jayasooria', 'Vergier', 'Zeidan', 'Menika', 'Solaun', 'Bohara', 'Crossan',
    'Cadena', 'Gilaberte', 'Bro', 'Monjean', 'Besson', 'Barandiarán', 'Bonilla', 'Trivedi', 'Berezo', 'Villegas', 'Sasía',
    'Farro', 'Chapuis', 'Arbulo', 'Parés', 'Kareaga', 'Irigoyen', 'Salsón', 'Khaoua', 'Engelmann', 'Castillo', 'Mataix', 'Espinosa',
  ];
  const organisations = [
    'RTES', "Chantier de l'économie sociale", 'Ville de Montréal', 'Mairie de Barcelone', 'PNUD', 'OIT', 'GSEF', 'UNRISD', 'FAMSÍ',
    'Garapen', 'TIESS', 'Koopera', 'Mairie de Madrid', 'REAS Euskadi', 'Lanki', 'Gureak', 'Eroski', 'Oikocredit', 'Aeress',
    'Commission Européenne', 'RIPESS', 'UCLG', 'Desjardins', 'Goiener S. Coop', null, null, null,
  ];
  const countries = ['France', 'Espagne', 'Canada', 'Maroc', 'Mali', 'Corée', 'Sénégal', 'Ouganda', 'Cap Vert', 'Italie', null];

  function generateMentions(count: number, people: number): PersonMention[] {
    let seed = 42;
    // mulberry32: a small seeded generator, so the data set is the same on every run.
    const random = () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const pick = <T,>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
    const spell = (name: string): string => {
      const roll = random();
      if (roll < 0.15) return name.normalize('NFD').replace(/\p{M}/gu, '');
      if (roll < 0.2 && name.length > 5) return name.slice(0, 3) + name.slice(4);
      return name;
    };
    // Each person keeps one organisation and country; mentions vary spelling, honorific and order, as in real archives.
    const persons = Array.from({ length: people }, () => ({
      first: pick(given),
      last: random() < 0.3 ? `${pick(family)} ${pick(family)}` : pick(family),
      honorific: pick(['M. ', 'Mme ', 'Dr. ']),
      organisation: pick(organisations),
      country: pick(countries),
    }));
    return Array.from({ length: count }, (_, i) => {
      const person = pick(persons);
      const honorific = random() < 0.5 ? person.honorific : '';
      const name =
        random() < 0.1
          ? `${spell(person.last).toUpperCase()} ${spell(person.first)}`
          : `${honorific}${spell(person.first)} ${random() < 0.1 ? person.last.toUpperCase() : spell(person.last)}`;
      return { id: `p${i}`, name, organisation: random() < 0.8 ? person.organisation : null, country: random() < 0.7 ? person.country : null };
    });
  }

  it('resolves 20,000 generated mentions', () => {
    const mentions = generateMentions(20_000, 6_000);
    const started = performance.now();
    const resolution = resolvePeople(mentions);
    const elapsed = performance.now() - started;
    console.log(
      `resolvePeople: ${mentions.length} mentions → ${resolution.clusters.length} clusters, ${resolution.suggestions.length} suggestions in ${elapsed.toFixed(0)} ms`,
    );
    expect(resolution.clusters.flat()).toHaveLength(mentions.length);
  });
});
