import { invalid, type FieldProblem } from '../../errors.js';
import { emailTerm } from './email-terms.js';
import { foldWithOffsets, foldedTokens, type FoldedText } from './folded-text.js';
import { linkSpans, parseWebsite, type Website } from './link-spans.js';
import { nameTerms } from './name-terms.js';
import { acronymTerm, organisationTerms } from './organisation-terms.js';
import type { PlaceholderKind, RevealingTerm } from './revealing-term.js';
import { mergeSpans, type Span } from './span.js';

export interface RevealingFacts {
  names: string[];
  organisations: string[];
  acronyms?: string[];
  websites?: string[];
  emails?: string[];
}

export type Placeholders = Record<PlaceholderKind, string>;

const defaultPlaceholders: Placeholders = { name: '[name]', organisation: '[organisation]', link: '[link]' };

function assertValid(text: unknown, revealing: RevealingFacts): void {
  const problems: FieldProblem[] = [];
  if (typeof text !== 'string') problems.push({ path: 'text', message: 'must be a string' });
  const optional = new Set(['acronyms', 'websites', 'emails']);
  for (const field of ['names', 'organisations', 'acronyms', 'websites', 'emails'] as const) {
    const list: unknown = revealing?.[field];
    if (list === undefined && optional.has(field)) continue;
    if (!Array.isArray(list)) problems.push({ path: `revealing.${field}`, message: 'must be a list of strings' });
    else list.forEach((item, i) => typeof item !== 'string' && problems.push({ path: `revealing.${field}[${i}]`, message: 'must be a string' }));
  }
  if (problems.length > 0) throw invalid(problems);
}

// Word boundaries in the folded text: letters and digits of any script.
const before = '(?<![\\p{L}\\p{N}])';
const after = '(?![\\p{L}\\p{N}])';

function termSpans(folded: FoldedText, original: string, terms: readonly RevealingTerm[]): Span[] {
  const spans: Span[] = [];
  for (const term of terms) {
    const pattern = new RegExp(`${before}(?:${term.pattern})${after}`, 'gud');
    for (const match of folded.folded.matchAll(pattern)) {
      const from = match.index;
      const to = from + match[0].length;
      if (to === from) continue;
      const start = folded.start[from]!;
      const end = folded.end[to - 1]!;
      if (term.accepts) {
        const core = match.indices?.groups?.core;
        const seen = core ? original.slice(folded.start[core[0]]!, folded.end[core[1] - 1]!) : original.slice(start, end);
        if (!term.accepts(seen)) continue;
      }
      spans.push({ start, end, kind: term.kind });
    }
  }
  return spans;
}

/** Host labels that give the speaker away even on a site nobody listed: "tiess" in "tiess.ca". */
function revealingLabels(revealing: RevealingFacts): Set<string> {
  const labels = new Set<string>();
  for (const phrase of [...revealing.organisations, ...(revealing.acronyms ?? []), ...revealing.names]) {
    const joined = foldedTokens(phrase).join('');
    if (joined.length >= 4) labels.add(joined);
  }
  for (const acronym of revealing.acronyms ?? []) {
    const joined = foldedTokens(acronym).join('');
    if (joined.length >= 3) labels.add(joined);
  }
  return labels;
}

/**
 * Hides what gives a speaker away in their own words: their names (full, with initials or a title,
 * and surnames alone when written as proper nouns), their organisations and acronyms (whole words),
 * e-mail addresses, and links to their websites. Matching ignores accents and case; everything
 * else in the text stays exactly as written.
 *
 * @example
 * anonymiseText('Johanne Lavoie (TIESS) : voir https://tiess.ca. Mme Lavoie coordonne le projet.', {
 *   names: ['Johanne Lavoie'], organisations: ['Territoires innovants en économie sociale et solidaire'],
 *   acronyms: ['TIESS'], websites: ['tiess.ca'],
 * });
 * // → '[name] ([organisation]) : voir [link]. [name] coordonne le projet.'
 */
export function anonymiseText(text: string, revealing: RevealingFacts, placeholders: Partial<Placeholders> = {}): string {
  assertValid(text, revealing);
  const replacement = { ...defaultPlaceholders, ...placeholders };
  const terms: RevealingTerm[] = [
    ...revealing.names.flatMap(nameTerms),
    ...revealing.organisations.flatMap(organisationTerms),
    ...(revealing.acronyms ?? []).flatMap((acronym) => acronymTerm(acronym, acronym) ?? []),
    ...(revealing.emails ?? []).flatMap((email) => emailTerm(email) ?? []),
  ];
  const websites = (revealing.websites ?? []).map(parseWebsite).filter((site): site is Website => site !== null);
  const folded = foldWithOffsets(text);
  const spans = mergeSpans([...termSpans(folded, text, terms), ...linkSpans(text, websites, revealingLabels(revealing))]);
  let result = '';
  let copied = 0;
  for (const span of spans) {
    result += text.slice(copied, span.start) + replacement[span.kind];
    copied = span.end;
  }
  return result + text.slice(copied);
}
