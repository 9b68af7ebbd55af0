/** The same value with object keys sorted at every depth, so equal content serialises to equal bytes. */
export function canonicalise(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonicalise);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value as Record<string, unknown>)
        .sort()
        .map((key) => [key, canonicalise((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

/** Code-unit order, the same on every engine and locale (SQL collations differ). */
export function compareKeys(a: unknown[], b: unknown[]): number {
  for (let index = 0; index < a.length; index++) {
    const left = a[index];
    const right = b[index];
    if (left === right) continue;
    if (typeof left === 'number' && typeof right === 'number') return left - right;
    return String(left) < String(right) ? -1 : 1;
  }
  return 0;
}
