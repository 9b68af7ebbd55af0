import { describe, expect, it } from 'vitest';
import { neutraliseFormula } from './neutralise-formula.js';

describe('neutralising formulas', () => {
  it.each(['=1+1', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1', '＝1+1', '＋1', '－1', '＠SUM(A1)'])(
    'a text starting like a formula (%j) gets a leading single quote',
    (text) => {
      expect(neutraliseFormula(text)).toBe(`'${text}`);
    },
  );

  it.each(['Économie sociale', 'a=b', '', ' =1 is not at the start', "'already quoted", '10 %'])('other texts (%j) are left as they are', (text) => {
    expect(neutraliseFormula(text)).toBe(text);
  });
});
