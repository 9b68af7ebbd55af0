import { beforeAll, describe, expect, it } from 'vitest';
import { computeBalance, type SelectionCandidate } from '../balance/index.js';
import { regionOf } from '../regions/index.js';
import { generateCall, suggestSelection, type SelectionSuggestion, type SelectionTarget } from './index.js';
import { bilbaoTargets, candidate } from './test-candidates.js';

const call = generateCall(2018, { submissions: 600, reviewers: 40 });

const outcome = (suggestion: SelectionSuggestion, id: string) => suggestion.targets.find((each) => each.target.id === id)!;

/** Best scores first, taking each minimum's group first, never past a maximum: a fair baseline. */
function greedySelection(candidates: SelectionCandidate[], places: number): SelectionCandidate[] {
  const byScore = [...candidates].sort((a, b) => (b.score ?? -1) - (a.score ?? -1));
  const chosen: SelectionCandidate[] = [];
  const fits = (each: SelectionCandidate) =>
    !chosen.includes(each) &&
    chosen.filter((other) => other.country === each.country).length < 5 &&
    (regionOf(each.country!) !== 'europe' || chosen.filter((other) => regionOf(other.country!) === 'europe').length < 40);
  const take = (inGroup: (each: SelectionCandidate) => boolean, count: number) => {
    for (const each of byScore) if (count > 0 && inGroup(each) && fits(each)) (chosen.push(each), count--);
  };
  take((each) => regionOf(each.country!) === 'africa', 26);
  take((each) => regionOf(each.country!) === 'asia', 16);
  take((each) => ['MX', 'BR', 'AR', 'CO', 'CL', 'PE', 'EC', 'UY', 'BO', 'CR', 'GT', 'CU', 'PY', 'NI', 'HT'].includes(each.country!), 11);
  take((each) => regionOf(each.country!) === 'oceania', 2);
  take(() => true, places - chosen.length);
  return chosen;
}

describe('suggestSelection on a call of 600 submissions reviewed by 40 reviewers', () => {
  let suggestion: SelectionSuggestion;
  const progress: string[] = [];
  beforeAll(async () => {
    suggestion = await suggestSelection({ candidates: call, places: 102, targets: bilbaoTargets, onProgress: (message) => progress.push(message) });
  });

  it('selects exactly the 102 places and meets every regional target and the per-country cap', () => {
    expect(suggestion.selectedIds).toHaveLength(102);
    expect(new Set(suggestion.selectedIds).size).toBe(102);
    expect(suggestion.allTargetsMet).toBe(true);
    expect(suggestion.targets.map((each) => [each.target.id, each.met])).toEqual(bilbaoTargets.map((target) => [target.id, true]));

    const balance = computeBalance(call, suggestion.selectedIds);
    const regionCount = (value: string) => balance.dimensions.region.find((each) => each.value === value)?.selected ?? 0;
    expect(regionCount('africa')).toBeGreaterThanOrEqual(26);
    expect(regionCount('asia')).toBeGreaterThanOrEqual(16);
    expect(balance.dimensions.subregion.find((each) => each.value === 'latin_america_caribbean')!.selected).toBeGreaterThanOrEqual(11);
    expect(regionCount('europe')).toBeLessThanOrEqual(40);
    expect(regionCount('oceania')).toBeGreaterThanOrEqual(2);
    expect(Math.max(...balance.dimensions.country.map((each) => each.selected))).toBeLessThanOrEqual(5);
  });

  it('reports the fullest country for the per-country cap', () => {
    const perCountry = outcome(suggestion, 'per-country');
    expect(perCountry.achieved).toBe(5);
    expect(computeBalance(call, suggestion.selectedIds).dimensions.country.find((each) => each.value === perCountry.value)!.selected).toBe(5);
  });

  it('scores at least as high as picking the best candidates group by group', () => {
    const greedy = greedySelection(call, 102);
    expect(greedy).toHaveLength(102);
    const greedyScore = greedy.reduce((sum, each) => sum + (each.score ?? 0), 0);
    expect(suggestion.totalScore).toBeGreaterThanOrEqual(greedyScore - 1e-9);
    const selected = new Set(suggestion.selectedIds);
    expect(suggestion.totalScore).toBeCloseTo(call.filter((each) => selected.has(each.id)).reduce((sum, each) => sum + (each.score ?? 0), 0), 9);
  });

  it('tells its progress while building, solving and when done', () => {
    expect(progress[0]).toMatch(/^building model: 600 candidates, 102 places, 6 targets/);
    expect(progress.some((message) => message.startsWith('solving'))).toBe(true);
    expect(progress.at(-1)).toMatch(/^done in \d+ ms$/);
  });
});

describe('targets that cannot be met', () => {
  it('reports too few candidates when a group is smaller than its minimum', async () => {
    const sixFromOceania = call.filter((each) => regionOf(each.country!) !== 'oceania').concat(
      Array.from({ length: 6 }, (_, index) => candidate(`oceania-${index}`, { country: index % 2 ? 'NZ' : 'AU', language: 'en' })),
    );
    const suggestion = await suggestSelection({
      candidates: sixFromOceania,
      places: 102,
      targets: [...bilbaoTargets.filter((target) => target.id !== 'oceania'), { id: 'oceania', dimension: 'region', value: 'oceania', min: 30, unit: 'count' }],
    });
    const oceania = outcome(suggestion, 'oceania');
    expect(oceania).toMatchObject({ met: false, achieved: 6, reason: { code: 'too_few_candidates', available: 6, needed: 30 } });
    expect(oceania.reason!.message).toBe('Target "oceania" asks for at least 30 candidates from Oceania, but the call has only 6 candidates from Oceania.');
    expect(suggestion.selectedIds).toHaveLength(102);
    expect(suggestion.targets.filter((each) => each.target.id !== 'oceania').every((each) => each.met)).toBe(true);
  });

  it('reports conflicting targets when minimums add up to more than the places', async () => {
    const targets: SelectionTarget[] = [
      { id: 'africa', dimension: 'region', value: 'africa', min: 60, unit: 'count' },
      { id: 'europe', dimension: 'region', value: 'europe', min: 60, unit: 'count' },
    ];
    const suggestion = await suggestSelection({ candidates: call, places: 102, targets });
    const unmet = suggestion.targets.filter((each) => !each.met);
    expect(unmet.length).toBeGreaterThan(0);
    expect(outcome(suggestion, 'africa').achieved + outcome(suggestion, 'europe').achieved).toBe(102);
    for (const each of unmet) {
      expect(each.reason).toMatchObject({ code: 'conflicts_with_targets', available: 102, needed: 120 });
      expect(each.reason!.conflictingTargetIds).toEqual([each.target.id === 'africa' ? 'europe' : 'africa']);
    }
    expect(unmet[0]!.reason!.message).toMatch(/needs at least 120 candidates \(60 \+ 60\) of the 102 places\.$/);
  });

  it('reports a minimum beyond the places', async () => {
    const suggestion = await suggestSelection({ candidates: call, places: 102, targets: [{ id: 'spanish', dimension: 'language', value: 'es', min: 150, unit: 'count' }] });
    expect(outcome(suggestion, 'spanish')).toMatchObject({ met: false, reason: { code: 'exceeds_places', available: 102, needed: 150 } });
  });

  it('reports too few other candidates when a maximum leaves places nobody else can fill', async () => {
    const candidates = [...Array.from({ length: 15 }, (_, index) => candidate(`es-${index}`)), ...Array.from({ length: 5 }, (_, index) => candidate(`ma-${index}`, { country: 'MA' }))];
    const suggestion = await suggestSelection({ candidates, places: 10, targets: [{ id: 'spain', dimension: 'country', value: 'ES', max: 3, unit: 'count' }] });
    expect(suggestion.selectedIds).toHaveLength(10);
    expect(outcome(suggestion, 'spain')).toMatchObject({ met: false, achieved: 5, reason: { code: 'too_few_candidates', available: 5, needed: 7 } });
  });

  it('names the maximum a minimum runs into', async () => {
    const candidates = [
      ...Array.from({ length: 6 }, (_, index) => candidate(`fr-${index}`, { country: 'FR', language: 'fr', score: 2 })),
      ...Array.from({ length: 6 }, (_, index) => candidate(`es-${index}`, { score: 4 })),
    ];
    const suggestion = await suggestSelection({
      candidates,
      places: 6,
      targets: [
        { id: 'french', dimension: 'language', value: 'fr', min: 4, unit: 'count' },
        { id: 'france', dimension: 'country', value: 'FR', max: 2, unit: 'count' },
      ],
    });
    const unmet = suggestion.targets.filter((each) => !each.met);
    expect(unmet).toHaveLength(1);
    expect(unmet[0]!.reason).toMatchObject({ code: 'conflicts_with_targets' });
    expect(unmet[0]!.reason!.conflictingTargetIds).toEqual([unmet[0]!.target.id === 'french' ? 'france' : 'french']);
  });
});

describe("the organisers' decisions", () => {
  const africans = call.filter((each) => regionOf(each.country!) === 'africa');
  const europeans = call.filter((each) => regionOf(each.country!) === 'europe');

  it('keeps accepted submissions and never selects rejected ones', async () => {
    const lowest = [...call].sort((a, b) => (a.score ?? -1) - (b.score ?? -1));
    const accepted = lowest.slice(0, 3).map((each) => each.id);
    const rejected = [...call].sort((a, b) => (b.score ?? -1) - (a.score ?? -1)).slice(0, 10).map((each) => each.id);
    const suggestion = await suggestSelection({ candidates: call, places: 102, targets: bilbaoTargets, accepted, rejected });
    expect(suggestion.selectedIds).toHaveLength(102);
    expect(suggestion.selectedIds).toEqual(expect.arrayContaining(accepted));
    expect(suggestion.selectedIds.filter((id) => rejected.includes(id))).toEqual([]);
    expect(suggestion.allTargetsMet).toBe(true);
  });

  it('reports a minimum the rejections make impossible', async () => {
    const rejected = africans.slice(3).map((each) => each.id);
    const suggestion = await suggestSelection({ candidates: call, places: 102, targets: bilbaoTargets, rejected });
    expect(outcome(suggestion, 'africa')).toMatchObject({ met: false, achieved: 3, reason: { code: 'conflicts_with_decisions', available: 3, needed: 26 } });
    expect(suggestion.targets.filter((each) => each.target.id !== 'africa').every((each) => each.met)).toBe(true);
  });

  it('reports a maximum the acceptances already break', async () => {
    const spanish = europeans.filter((each) => each.country === 'ES').slice(0, 7).map((each) => each.id);
    const suggestion = await suggestSelection({ candidates: call, places: 102, targets: bilbaoTargets, accepted: spanish });
    expect(outcome(suggestion, 'per-country')).toMatchObject({ met: false, value: 'ES', achieved: 7, reason: { code: 'conflicts_with_decisions', available: 5, needed: 7 } });
    expect(suggestion.targets.filter((each) => each.target.id !== 'per-country').every((each) => each.met)).toBe(true);
  });

  it('fills only the places left when fewer candidates remain than places', async () => {
    const candidates = call.slice(0, 50);
    const suggestion = await suggestSelection({ candidates, places: 102, targets: [], rejected: [candidates[0]!.id] });
    expect(suggestion.selectedIds).toHaveLength(49);
  });
});

describe('unreviewed candidates', () => {
  it('come after every reviewed one, even a low-scored one', async () => {
    const candidates = [candidate('reviewed-low', { score: 0.5 }), candidate('unreviewed', { score: null }), candidate('reviewed-high', { score: 4.5 })];
    const suggestion = await suggestSelection({ candidates, places: 2, targets: [] });
    expect(suggestion.selectedIds.sort()).toEqual(['reviewed-high', 'reviewed-low']);
  });

  it('are taken when a target needs them', async () => {
    const candidates = [candidate('reviewed', { score: 4 }), candidate('unreviewed-kenya', { score: null, country: 'KE' }), candidate('reviewed-2', { score: 3 })];
    const suggestion = await suggestSelection({ candidates, places: 2, targets: [{ id: 'africa', dimension: 'region', value: 'africa', min: 1, unit: 'count' }] });
    expect(suggestion.selectedIds.sort()).toEqual(['reviewed', 'unreviewed-kenya']);
    expect(suggestion.totalScore).toBe(4);
  });
});
