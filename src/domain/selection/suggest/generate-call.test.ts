import { describe, expect, it } from 'vitest';
import { computeBalance } from '../balance/index.js';
import { generateCall } from './index.js';

describe('generateCall', () => {
  const call = generateCall(1, { submissions: 600, reviewers: 40 });
  const balance = computeBalance(call, []);
  const share = (value: string) => balance.dimensions.region.find((entry) => entry.value === value)!.submittedShare;

  it('is the same for the same seed and differs for another', () => {
    expect(generateCall(1, { submissions: 600, reviewers: 40 })).toEqual(call);
    expect(generateCall(2, { submissions: 600, reviewers: 40 })).not.toEqual(call);
  });

  it('draws submissions from at least 60 countries on all five continents, Europe and the Americas heaviest', () => {
    expect(call).toHaveLength(600);
    expect(new Set(call.map((each) => each.id)).size).toBe(600);
    expect(balance.dimensions.country.length).toBeGreaterThanOrEqual(60);
    expect(balance.dimensions.region.map((entry) => entry.value).sort()).toEqual(['africa', 'americas', 'asia', 'europe', 'oceania']);
    expect(share('europe')).toBeGreaterThan(share('africa'));
    expect(share('americas')).toBeGreaterThan(share('asia'));
    expect(share('africa')).toBeGreaterThan(10);
    expect(share('africa')).toBeLessThan(22);
    expect(share('oceania')).toBeLessThan(6);
  });

  it('writes in French, Spanish and English, with some presenters of undeclared gender', () => {
    expect(balance.dimensions.language.map((entry) => entry.value).sort()).toEqual(['en', 'es', 'fr']);
    expect(balance.dimensions.gender.find((entry) => entry.value === 'undeclared')!.submitted).toBeGreaterThan(0);
    expect(balance.dimensions.organisation_kind.length).toBeGreaterThanOrEqual(5);
  });

  it('scores most submissions from 0 to 5 and leaves a few unreviewed', () => {
    const scores = call.flatMap((each) => (each.score === null ? [] : [each.score]));
    expect(scores.every((score) => score >= 0 && score <= 5)).toBe(true);
    expect(scores.length).toBeGreaterThan(540);
    expect(scores.length).toBeLessThan(600);
    expect(call.every((each) => each.sdgs.every((goal) => goal >= 1 && goal <= 17) && each.themes.length > 0)).toBe(true);
  });
});
