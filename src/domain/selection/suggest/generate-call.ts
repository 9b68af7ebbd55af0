import { SeededRandom } from '../../demo/prng.js';
import type { SelectionCandidate } from '../balance/index.js';
import { regionOf } from '../regions/index.js';
import { genders, organisationKinds, reviewBiasByRegion, sdgWeights, submissionsPerCountry, themes } from './generated-call-shape.js';

export interface CallShape {
  submissions: number;
  reviewers: number;
}

interface Reviewer {
  leniency: number;
  /** Committee members' scores count half again as much. */
  weight: number;
}

type Weighted<T> = readonly (readonly [T, number])[];

const weightedEntries = <K extends string>(weights: Readonly<Record<K, number>>): Weighted<K> => Object.entries(weights) as [K, number][];

function weightedPick<T>(random: SeededRandom, choices: Weighted<T>): T {
  let left = random.next() * choices.reduce((sum, [, weight]) => sum + weight, 0);
  for (const [choice, weight] of choices) {
    left -= weight;
    if (left < 0) return choice;
  }
  return choices[choices.length - 1]![0];
}

function distinctPicks<T>(random: SeededRandom, choices: Weighted<T>, count: number): T[] {
  const picks = new Set<T>();
  for (let attempt = 0; picks.size < count && attempt < count * 20; attempt++) picks.add(weightedPick(random, choices));
  return [...picks];
}

const countryChoices = Object.entries(submissionsPerCountry).map(([code, { weight }]) => [code, weight] as const);
const organisationChoices = weightedEntries(organisationKinds);
const genderChoices = weightedEntries(genders);
const sdgChoices = Object.entries(sdgWeights).map(([goal, weight]) => [Number(goal), weight] as const);

/** Standard normal by Box–Muller. */
const gaussian = (random: SeededRandom): number => Math.sqrt(-2 * Math.log(1 - random.next())) * Math.cos(2 * Math.PI * random.next());

const clampToHalfPoints = (value: number): number => Math.min(5, Math.max(0, Math.round(value * 2) / 2));

/**
 * Candidates of a GSEF-like call, identical for the same seed: about 70 countries on every
 * continent (Europe and the Americas heavy, Africa about 15 %, Oceania 3 %), fr/es/en texts, a mix of
 * organisations, presenters (some undeclared genders), themes and SDGs, and scores that are the
 * weighted mean of about three reviewers' 0–5 marks (4 % not reviewed yet).
 *
 * @example const candidates = generateCall(1, { submissions: 600, reviewers: 40 });
 */
export function generateCall(seed: number, shape: CallShape): SelectionCandidate[] {
  const random = new SeededRandom(seed);
  const reviewers: Reviewer[] = Array.from({ length: shape.reviewers }, () => ({ leniency: gaussian(random) * 0.4, weight: random.chance(0.3) ? 1.5 : 1 }));
  const idWidth = String(shape.submissions).length;

  return Array.from({ length: shape.submissions }, (_, index): SelectionCandidate => {
    const country = weightedPick(random, countryChoices);
    const primary = submissionsPerCountry[country]!.language;
    const language = random.chance(0.8) ? primary : primary === 'en' ? random.pick(['fr', 'es'] as const) : 'en';
    const quality = 3 + gaussian(random) * 0.8 + (reviewBiasByRegion[regionOf(country) ?? ''] ?? 0);
    const reviewCount = random.chance(0.04) ? 0 : random.chance(0.06) ? 2 : 3;
    const reviews = random.sample(reviewers, Math.min(reviewCount, reviewers.length)).map((reviewer) => ({
      mark: clampToHalfPoints(quality + reviewer.leniency + gaussian(random) * 0.5),
      weight: reviewer.weight,
    }));
    const totalWeight = reviews.reduce((sum, review) => sum + review.weight, 0);
    const score = reviews.length === 0 ? null : Math.round((reviews.reduce((sum, review) => sum + review.mark * review.weight, 0) / totalWeight) * 1000) / 1000;
    const presenters = random.chance(0.5) ? 1 : random.chance(0.7) ? 2 : 3;
    return {
      id: `sub-${String(index + 1).padStart(idWidth, '0')}`,
      score,
      country,
      language,
      organisationKind: weightedPick(random, organisationChoices),
      presenterGenders: Array.from({ length: presenters }, () => {
        const gender = weightedPick(random, genderChoices);
        return gender === 'undeclared' ? null : gender;
      }),
      themes: random.sample(themes, random.integer(1, 3)),
      sdgs: distinctPicks(random, sdgChoices, random.integer(1, 4)).sort((a, b) => a - b),
      returning: random.chance(0.18),
    };
  });
}
