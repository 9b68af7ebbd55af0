/** Reviewer positions filed under string keys; looking up many keys gives the union, in ascending order. */
export class CandidateIndex {
  private readonly byKey = new Map<string, number[]>();

  add(key: string | null | undefined, reviewer: number): void {
    if (!key) return;
    const list = this.byKey.get(key);
    if (!list) this.byKey.set(key, [reviewer]);
    else if (list[list.length - 1] !== reviewer) list.push(reviewer);
  }

  collect(key: string | null | undefined, into: Set<number>): void {
    if (!key) return;
    for (const reviewer of this.byKey.get(key) ?? []) into.add(reviewer);
  }
}
