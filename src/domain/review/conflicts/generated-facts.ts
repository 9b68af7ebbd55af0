import { SeededRandom } from '../../demo/prng.js';
import type { ReviewerFacts, SubmissionFacts } from './conflict-facts.js';

/** mulberry32: generated calls must be the same on every machine. */
function seeded(seed: number): () => number {
  const source = new SeededRandom(seed);
  return () => source.next();
}

const givenNames = ['Johanne', 'María', 'Jean-Pierre', 'Honoré', 'Ana', 'Laurence', 'Moo Kwon', 'Béatrice', 'Carlos', 'Aminata', 'Paul', 'Nadia'];
const familyNames = ['Lavoie', 'de la Cruz', "N'Diaye", 'Ouantchi', 'García López', 'Kaboré', 'Lee', 'Alain', 'Ferrer', 'Traoré', 'Ortega', 'Benali'];
// Spellings of the same organisations in several languages, with acronyms and one slip.
const organisations = [
  ['Ville de Montréal', 'City of Montreal', 'Montréal'],
  ['OIT', 'ILO', 'Organisation internationale du Travail'],
  ['RIPESS', 'Réseau intercontinental de promotion de l’économie sociale solidaire'],
  ['Territoires innovants en économie sociale et solidaire (TIESS)', 'TIESS'],
  ['Chantier de l’économie sociale', 'Chantier de l economie sociale'],
  ['Mondragon Corporación Cooperativa', 'Mondragon Corporacion Cooperativa'],
  ['Coopérative La Fourmi', 'La Fourmie'],
  ['Université de Liverpool', 'University of Liverpool'],
  ['Ayuntamiento de Bilbao', 'Bilbao City Council', 'Bilboko Udala'],
  ['Red de Economía Alternativa y Solidaria (REAS)', 'REAS'],
];
const cities = [['Montréal', 'montreal'], ['Bilbao', 'Bilbo'], ['Dakar'], ['Córdoba'], ['Séoul', 'Seoul'], ['Barcelone', 'Barcelona']];
const countries = [['Canada', 'CA'], ['Espagne', 'España', 'Spain'], ['Sénégal', 'SN'], ['Argentine', 'Argentina'], ['Corée du Sud', 'KR']];
const networks = ['ripess', 'gsef', 'reas', 'cgscop'];
const kinds = ['Coopérative', 'Association', 'Fondation', 'Réseau', 'Cooperativa', 'Asociación', 'Community Land Trust', 'Mutuelle'];
const subjects = ['agricole', 'du logement', 'des travailleuses', 'de crédit solidaire', 'textil', 'de reciclaje', 'energy', 'de soins', 'culturelle', 'del agua'];
const places = ['de Kaolack', 'du Plateau', 'de Gràcia', 'of Preston', 'de Ouagadougou', 'de Valparaíso', 'de Lyon', 'del Alto', 'de Nantes', 'of Kampala', 'de Cuenca', 'de Rimouski'];

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

function personName(random: () => number): string {
  const name = `${pick(random, givenNames)} ${pick(random, familyNames)}`;
  const style = random();
  if (style < 0.1) return name.toUpperCase();
  if (style < 0.2) return `Mme ${name}`;
  if (style < 0.25) return name.replace(/^(\p{L})\p{L}+/u, '$1.');
  return name;
}

/**
 * Reviewers and submissions drawn from small pools, so near-matches of every kind occur;
 * `uniqueOrganisationShare` of the submissions come from organisations no reviewer belongs to.
 */
export function generateFacts(
  seed: number,
  reviewerCount: number,
  submissionCount: number,
  uniqueOrganisationShare = 0,
): { reviewers: ReviewerFacts[]; submissions: SubmissionFacts[] } {
  const random = seeded(seed);
  const reviewers: ReviewerFacts[] = [];
  for (let i = 0; i < reviewerCount; i++) {
    const name = personName(random);
    reviewers.push({
      userId: `user-${i}`,
      personId: random() < 0.5 ? `person-${i}` : null,
      name,
      email: `reviewer${i}@example.org`,
      organisationIds: random() < 0.3 ? [`org-${Math.floor(random() * organisations.length)}`] : [],
      organisationNames: random() < 0.8 ? [pick(random, pick(random, organisations))] : [],
      networkIds: random() < 0.3 ? [pick(random, networks)] : [],
      city: random() < 0.8 ? pick(random, pick(random, cities)) : null,
      country: random() < 0.8 ? pick(random, pick(random, countries)) : null,
    });
  }
  const submissions: SubmissionFacts[] = [];
  for (let i = 0; i < submissionCount; i++) {
    const presenters = Array.from({ length: 1 + Math.floor(random() * 3) }, () => {
      const reviewer = random() < 0.05 ? pick(random, reviewers) : null;
      return {
        personId: reviewer && random() < 0.3 ? reviewer.personId : null,
        userId: reviewer && random() < 0.3 ? reviewer.userId : null,
        name: reviewer ? reviewer.name : personName(random),
        email: reviewer && random() < 0.5 ? reviewer.email.toUpperCase() : null,
      };
    });
    const organisation = Math.floor(random() * organisations.length);
    const ownName = `${pick(random, kinds)} ${pick(random, subjects)} ${pick(random, places)}`;
    submissions.push({
      id: `sub-${i}`,
      ownerUserId: random() < 0.02 ? pick(random, reviewers).userId : null,
      organisationId: random() < 0.3 ? `org-${organisation}` : null,
      organisationName: random() < uniqueOrganisationShare ? ownName : random() < 0.9 ? pick(random, organisations[organisation]!) : null,
      networkIds: random() < 0.3 ? [pick(random, networks)] : [],
      city: random() < 0.9 ? pick(random, pick(random, cities)) : null,
      country: random() < 0.9 ? pick(random, pick(random, countries)) : null,
      presenters,
    });
  }
  return { reviewers, submissions };
}
