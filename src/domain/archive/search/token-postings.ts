/**
 * Which documents hold each token, collected in one pass over many documents: tokens numbered as
 * met, each with its growing list of document positions. A full build meets millions of
 * (token, document) pairs, so no set or string is made per pair.
 *
 * @example
 *   const postings = new TokenPostings();
 *   postings.add(0, 'coop housing'); postings.add(0, 'coop'); postings.add(3, 'coop');
 *   postings.positions(0) // [0, 3]: 'coop', counted once per document
 */
export class TokenPostings {
  readonly tokens: string[] = [];
  private readonly numbers = new Map<string, number>();
  private lists: Int32Array[] = [];
  private lengths = new Int32Array(256);
  private lastPosition = new Int32Array(256).fill(-1);

  /** The space-separated tokens of one text of the document at `position`; call again for its other texts. */
  add(position: number, text: string): void {
    for (const token of text.split(' ')) {
      if (token === '') continue;
      let number = this.numbers.get(token);
      if (number === undefined) number = this.newToken(token);
      if (this.lastPosition[number] === position) continue;
      this.lastPosition[number] = position;
      let list = this.lists[number]!;
      const length = this.lengths[number]!;
      if (length === list.length) {
        const grown = new Int32Array(list.length * 2);
        grown.set(list);
        this.lists[number] = list = grown;
      }
      list[length] = position;
      this.lengths[number] = length + 1;
    }
  }

  /** How many documents hold the token numbered `number`. */
  count(number: number): number {
    return this.lengths[number]!;
  }

  positions(number: number): Int32Array {
    return this.lists[number]!.subarray(0, this.lengths[number]!);
  }

  private newToken(token: string): number {
    const number = this.tokens.length;
    this.tokens.push(token);
    this.numbers.set(token, number);
    this.lists.push(new Int32Array(4));
    if (number >= this.lengths.length) {
      const lengths = new Int32Array(this.lengths.length * 2);
      lengths.set(this.lengths);
      this.lengths = lengths;
      const last = new Int32Array(this.lastPosition.length * 2).fill(-1);
      last.set(this.lastPosition);
      this.lastPosition = last;
    }
    return number;
  }
}
