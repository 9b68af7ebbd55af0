import { describe, expect, it } from 'vitest';
import { countBounds, type SelectionTarget } from './index.js';

const share = (min?: number, max?: number): SelectionTarget => ({ id: 't', dimension: 'region', value: 'africa', unit: 'share', ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) });

describe('countBounds', () => {
  it('rounds a minimum share up and a maximum share down, so meeting the count meets the share', () => {
    expect(countBounds(share(25), 102)).toEqual({ min: 26, max: null });
    expect(countBounds(share(undefined, 40), 102)).toEqual({ min: null, max: 40 });
    expect(countBounds(share(15, 15), 102)).toEqual({ min: 16, max: 15 });
  });

  it('keeps a share that falls on a whole number exact', () => {
    expect(countBounds(share(10, 10), 100)).toEqual({ min: 10, max: 10 });
    expect(countBounds(share(7, 7), 300)).toEqual({ min: 21, max: 21 });
  });

  it('takes counts as they are', () => {
    expect(countBounds({ id: 't', dimension: 'country', value: '*', max: 5, unit: 'count' }, 102)).toEqual({ min: null, max: 5 });
  });
});
