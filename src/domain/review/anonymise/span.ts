import type { PlaceholderKind } from './revealing-term.js';

/** A stretch of the original text, in UTF-16 offsets [start, end), to be replaced by one placeholder. */
export interface Span {
  start: number;
  end: number;
  kind: PlaceholderKind;
}

/**
 * Overlapping spans become one, so no fragment of a revealing phrase is left beside a placeholder;
 * the merged span takes the kind of its longest part (its first, on a tie).
 */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].filter((span) => span.end > span.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: (Span & { longest: number })[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    const length = span.end - span.start;
    if (last && span.start < last.end) {
      if (length > last.longest) {
        last.kind = span.kind;
        last.longest = length;
      }
      last.end = Math.max(last.end, span.end);
    } else {
      merged.push({ ...span, longest: length });
    }
  }
  return merged.map(({ start, end, kind }) => ({ start, end, kind }));
}
