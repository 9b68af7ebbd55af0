import { compareOrganisations } from '../../people/identity/index.js';

/** Asks the identity matcher once per pair of spellings: 600 submissions repeat the same few names. */
export class OrganisationMatcher {
  private readonly verdicts = new Map<string, boolean>();

  same(a: string, b: string): boolean {
    const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
    let same = this.verdicts.get(key);
    if (same === undefined) {
      same = a === b || compareOrganisations(a, b).verdict === 'same';
      this.verdicts.set(key, same);
    }
    return same;
  }
}
