/**
 * Share of the submission's themes the reviewer knows, 0..1; 0 when the submission names none.
 *
 * @example
 * themeMatch(new Set(['finance', 'housing']), ['housing', 'care']) // → 0.5
 */
export function themeMatch(reviewerThemes: ReadonlySet<string>, submissionThemes: readonly string[]): number {
  const themes = new Set(submissionThemes);
  if (themes.size === 0) return 0;
  let shared = 0;
  for (const theme of themes) if (reviewerThemes.has(theme)) shared++;
  return shared / themes.size;
}
