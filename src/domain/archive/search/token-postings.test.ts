import { describe, expect, it } from 'vitest';
import { TokenPostings } from './token-postings.js';

describe('token postings', () => {
  it('lists each document once per token, in the order documents were added', () => {
    const postings = new TokenPostings();
    postings.add(0, 'coop housing');
    postings.add(0, 'coop  ßk1');
    postings.add(5, 'housing');
    postings.add(9, 'coop');
    const of = (token: string) => [...postings.positions(postings.tokens.indexOf(token))];
    expect(postings.tokens).toEqual(['coop', 'housing', 'ßk1']);
    expect(of('coop')).toEqual([0, 9]);
    expect(of('housing')).toEqual([0, 5]);
    expect(postings.count(postings.tokens.indexOf('ßk1'))).toBe(1);
  });

  it('grows past its first sizes without losing a position', () => {
    const postings = new TokenPostings();
    for (let position = 0; position < 3000; position++) postings.add(position, `common t${position % 700}`);
    expect(postings.tokens).toHaveLength(701);
    expect(postings.count(0)).toBe(3000);
    expect([...postings.positions(postings.tokens.indexOf('t699'))]).toEqual([699, 1399, 2099, 2799]);
  });
});
