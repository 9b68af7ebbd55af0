import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedDataAvailable, sharedRoot } from '../../../../../tests/support/shared-data.js';
import type { ImportedDocument, ImportedSession } from '../imported-document.js';
import { DocumentParseError } from '../imported-document.js';
import { parseDocument } from './parse-document.js';

const available = sharedDataAvailable('seeds');
const seed = (name: string) => `${sharedRoot}seeds/${name}`;
const read = (name: string) => parseDocument(seed(name), readFileSync(seed(name)));

describe.skipIf(!available)('the workshop sheet (000)', () => {
  let sheet: ImportedDocument;
  let session: ImportedSession;
  beforeAll(async () => {
    sheet = await read('000_d16fba4579c4ad7d.txt');
    session = sheet.sessions[0]!;
  });

  it('is a French workshop sheet that states no edition', () => {
    expect(sheet.kind).toBe('workshop_sheet');
    expect(sheet.language).toBe('fr');
    expect(sheet.edition).toBeNull();
    expect(session.format).toBe('workshop');
    expect(session.title).toBe("L'économie sociale et solidaire dans la lutte contre les inégalités pour une société inclusive");
  });

  it('states 4 October without a year, 11:00–12:30 UTC', () => {
    expect(session.date).toMatchObject({ year: null, month: 10, day: 4 });
    expect(session.times).toMatchObject([{ start: '11:00', end: '12:30', utcOffsetMinutes: 0, zone: 'UTC' }]);
    expect(session.statedDurationMinutes).toBe(90);
    expect(session.language).toBe('fr');
  });

  it('gives the context whole, the five objectives and the two questions', () => {
    expect(session.context).toMatch(/^Le monde fait face/);
    expect(session.context).toContain('leur participation ne sera pas possible si');
    expect(session.objectives).toHaveLength(5);
    expect(session.objectives[0]).toMatch(/^Réfléchir aux inégalités/);
    expect(session.mainQuestions).toHaveLength(2);
  });

  it('gives the moderator Chloé Sécher and the speakers of the table', () => {
    const moderators = session.roles.filter((r) => r.role === 'moderator');
    expect(moderators.map((r) => r.person.name)).toEqual(['Chloé Sécher']);
    expect(moderators[0]!.person.organisation).toMatchObject({ acronym: 'RTES' });
    const speakers = session.roles.filter((r) => r.role === 'speaker');
    expect(speakers.map((r) => r.person.name)).toEqual(['Mohammed Salhi', 'Kevin Ossah', 'Honoré Ouantchi', 'Johanne Lavoie', 'Béatrice Alain']);
    expect(speakers[0]!.person).toMatchObject({ honorific: 'M.', country: 'MA', organisation: { acronym: 'EMESSE' } });
    expect(speakers[3]!.person).toMatchObject({ roleTitle: "Commissaire à l'économie sociale", country: 'CA', organisation: { name: 'Ville de Montréal' } });
  });

  it("keeps each presentation under its own speaker across page breaks", () => {
    const speakerOf = (title: RegExp) => {
      const presentation = session.presentations.find((p) => title.test(p.title));
      return presentation && presentation.speakerIndex !== null ? session.roles[presentation.speakerIndex]!.person.name : null;
    };
    expect(session.presentations).toHaveLength(5);
    expect(speakerOf(/^Dynamiques de collaboration/)).toBe('Johanne Lavoie');
    expect(speakerOf(/^La démarchandisation/)).toBe('Béatrice Alain');
    const lavoie = session.presentations.find((p) => /^Dynamiques de collaboration/.test(p.title))!;
    expect(lavoie.description).toContain('En matière économique, elle soutient');
    const alain = session.roles.find((r) => r.person.name === 'Béatrice Alain')!.person;
    expect(alain.bio).toContain('de ce modèle de développement basé sur des valeurs de solidarité');
    expect(alain.bio).not.toContain('familles.');
    const alainTalk = session.presentations.find((p) => /^La démarchandisation/.test(p.title))!;
    expect(alainTalk.description).toContain('et leurs familles. Au-delà des services publics');
    const salhi = session.roles.find((r) => r.person.name === 'Mohammed Salhi')!.person;
    expect(salhi.bio).toContain('Diplômé en relations internationales et management marketing');
    const ossahTalk = session.presentations.find((p) => /^Appui aux jeunes/.test(p.title))!;
    expect(ossahTalk.description).toMatch(/dans la lutte contre les effets du changement climatique/);
  });
});

describe.skipIf(!available)('the plenary concept note (003)', () => {
  let note: ImportedDocument;
  beforeAll(async () => {
    note = await read('003_3df5da9506e4b05d.txt');
  });

  it('states the GSEF virtual forum of 20 October 2020', () => {
    expect(note.kind).toBe('concept_note');
    expect(note.edition).toMatchObject({
      slug: 'gsef-2020-virtual',
      name: 'Forum Virtuel Mondial de GSEF',
      format: 'virtual',
      startsOn: { year: 2020, month: 10, day: 20 },
    });
    expect(note.edition?.tagline).toMatch(/^Le pouvoir de la communauté et de l'ESS au service de la transformation/);
  });

  it('gives plenary 2 with its title, summary, objectives and questions in series', () => {
    const session = note.sessions[0]!;
    expect(session).toMatchObject({ format: 'plenary', code: '2', date: { year: 2020, month: 10, day: 20 } });
    expect(session.title).toBe("Consolider l'ESS à travers des initiatives publiques et civiles: Faire converger les acteurs et les secteurs");
    expect(session.summary).toMatch(/^Pour asseoir un modèle/);
    expect(session.objectives).toHaveLength(2);
    expect(session.mainQuestions).toHaveLength(4);
    expect(session.mainQuestionGroups?.map((g) => [g.title, g.questions.length])).toEqual([['1ère série', 2], ['2ème série', 2]]);
  });

  it('drops the sponsor logos printed on every page and joins the sentences they cut', () => {
    const session = note.sessions[0]!;
    expect(session.context).toContain('la solidarité jouent un rôle central');
    expect(session.context).toContain('Pour bâtir un présent et un avenir meilleurs');
    expect(session.context).not.toMatch(/Sparkassenstiftung|Avec la coopération/);
  });
});

describe.skipIf(!available)('the co-creation sheet (004)', () => {
  let sheet: ImportedDocument;
  let session: ImportedSession;
  beforeAll(async () => {
    sheet = await read('004_008c192a8679517f.txt');
    session = sheet.sessions[0]!;
  });

  it('states the LED World Forum 2021 in Córdoba, Argentina, 26 May – 1 June', () => {
    expect(sheet.kind).toBe('co_creation_sheet');
    expect(sheet.edition).toMatchObject({
      slug: 'led-2021-cordoba',
      hostCity: 'Córdoba',
      country: 'AR',
      startsOn: { year: 2021, month: 5, day: 26 },
      endsOn: { year: 2021, month: 6, day: 1 },
    });
  });

  it('gives code, title, thematic line and sub-axis', () => {
    expect(session).toMatchObject({ code: '2.3.2', format: 'co_creation', thematicLine: { code: '2' }, subAxis: { code: '2.3' } });
    expect(session.title).toMatch(/^Systèmes territoriaux intégrés pour l'ESS/);
  });

  it('gives the date, both time ranges with their offsets, and the stated duration', () => {
    expect(session.date).toMatchObject({ year: 2021, month: 6, day: 1 });
    expect(session.times.map((t) => [t.start, t.end, t.utcOffsetMinutes])).toEqual([
      ['11:05', '13:45', -180],
      ['16:15', '18:55', 120],
    ]);
    expect(session.statedDurationMinutes).toBe(150);
    expect(sheet.notes.some((n) => n.code === 'duration_mismatch')).toBe(true);
  });

  it('gives platform, capacity, registration, languages, organisers and documents', () => {
    expect(session).toMatchObject({ platform: 'Zoom', capacity: 70, registrationRequired: true, language: 'fr', interpretationLanguages: ['es', 'en'] });
    expect(session.organisers.map((o) => o.name)).toEqual(['UNDP', 'GSEF', 'UNRISD', 'UNTFSSSE']);
    expect(session.documents).toEqual([
      expect.objectContaining({ title: 'UNRISD/GSEF Guidelines for Local Governments on Policies for Social and Solidarity Economy.', url: null }),
    ]);
  });

  it('lists the speakers with those still to be confirmed, and the facilitators, without the banner', () => {
    const speakers = session.roles.filter((r) => r.role === 'speaker');
    expect(speakers).toHaveLength(7);
    expect(speakers.filter((r) => r.status === 'to_be_confirmed')).toHaveLength(4);
    expect(speakers.find((r) => r.person.name.startsWith('Tunisia'))).toMatchObject({ status: 'to_be_confirmed', person: { unnamed: true, country: 'TN' } });
    expect(speakers.every((r) => !/FORUM|#led/i.test(r.person.written))).toBe(true);
    expect(session.roles.filter((r) => r.role === 'facilitator').map((r) => r.person.name)).toEqual(['PNUD', 'UNRISD', 'GSEF', 'OIT']);
  });
});

describe('session sheets that cannot be understood', () => {
  it('stop with the file, the line and the missing title', async () => {
    const text = '\n\nSESSION D\'ATELIER\n\nDate/Durée: le 4 octobre de 11h00 à 12h30 UTC\n';
    const error = await parseDocument('sans-titre.txt', Buffer.from(text)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DocumentParseError);
    expect((error as DocumentParseError).source).toEqual({ file: 'sans-titre.txt', line: 3 });
    expect((error as DocumentParseError).message).toBe('sans-titre.txt:3: a session sheet needs a title (Titre de la session)');
  });

  it('stop when nothing tells what the document is', async () => {
    await expect(parseDocument('notes.md', Buffer.from('Quelques notes sans étiquettes.\n'))).rejects.toThrow(/cannot tell what this document is/);
  });
});
