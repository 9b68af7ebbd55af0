import { describe, expect, it } from 'vitest';
import { DomainError } from '../../errors.js';
import { suggestSelection, type SelectionTarget } from './index.js';
import { candidate } from './test-candidates.js';

const candidates = [candidate('a'), candidate('b', { country: 'MA' }), candidate('c', { country: 'KR' })];
const africa: SelectionTarget = { id: 'africa', dimension: 'region', value: 'africa', min: 1, unit: 'count' };

async function problemsOf(input: Partial<Parameters<typeof suggestSelection>[0]>): Promise<{ path: string; message: string }[]> {
  try {
    await suggestSelection({ candidates, places: 2, targets: [], ...input });
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return (error as DomainError).fields;
  }
  throw new Error('expected the input to be refused');
}

describe('suggestSelection refuses bad input, naming the field', () => {
  it('a minimum above the maximum', async () => {
    const targets = [africa, africa, { ...africa, id: 'third', min: 5, max: 2 }].map((target, index) => ({ ...target, id: `t${index}` }));
    expect(await problemsOf({ targets })).toEqual([{ path: 'targets[2].min', message: 'must not exceed max (2)' }]);
  });

  it('a share outside 0 to 100', async () => {
    expect(await problemsOf({ targets: [{ ...africa, unit: 'share', min: 120 }] })).toEqual([
      { path: 'targets[0].min', message: 'a share is a percentage of the places, from 0 to 100' },
    ]);
  });

  it('a negative or fractional count', async () => {
    expect(await problemsOf({ targets: [{ ...africa, min: -1 }] })).toEqual([{ path: 'targets[0].min', message: 'must be a number of 0 or more' }]);
    expect(await problemsOf({ targets: [{ ...africa, max: 2.5 }] })).toEqual([{ path: 'targets[0].max', message: 'a count must be a whole number' }]);
  });

  it('an unknown dimension, an unknown region, or a target without bounds', async () => {
    const targets = [{ ...africa, id: 'x', dimension: 'religion' } as unknown as SelectionTarget, { ...africa, id: 'y', value: 'atlantis' }, { id: 'z', dimension: 'country', value: '*', unit: 'count' } as SelectionTarget];
    expect((await problemsOf({ targets })).map((problem) => problem.path)).toEqual(['targets[0].dimension', 'targets[1].value', 'targets[2].min']);
  });

  it('no places, or targets with the same id', async () => {
    expect(await problemsOf({ places: 0 })).toEqual([{ path: 'places', message: 'must be a whole number of 1 or more' }]);
    expect(await problemsOf({ targets: [africa, africa] })).toEqual([{ path: 'targets[1].id', message: '"africa" appears twice' }]);
  });

  it('decisions on unknown candidates, on both sides, or beyond the places', async () => {
    expect(await problemsOf({ accepted: ['zz'] })).toEqual([{ path: 'accepted', message: 'not among the candidates: zz' }]);
    expect(await problemsOf({ accepted: ['a'], rejected: ['a'] })).toEqual([{ path: 'rejected', message: 'both accepted and rejected: a' }]);
    expect(await problemsOf({ accepted: ['a', 'b', 'c'] })).toEqual([{ path: 'accepted', message: '3 accepted submissions do not fit in 2 places' }]);
  });

  it('says every problem in the error message', async () => {
    await expect(suggestSelection({ candidates, places: 0, targets: [{ ...africa, min: 5, max: 2 }] })).rejects.toThrow('places: must be a whole number of 1 or more; targets[0].min: must not exceed max (2)');
  });
});
