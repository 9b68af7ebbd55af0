import type { Span } from './span.js';

const emailPattern = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
// A web address with or without its scheme: "https://www.tiess.ca/projets", "www.tiess.ca", "tiess.ca".
const addressPattern = /(?<![\p{L}\p{N}@.\-/])(?:https?:\/\/)?(?:[\p{L}\p{N}-]+\.)+\p{L}{2,}(?::\d+)?(?:[/?#][^\s<>"«»]*)?/giu;

export interface Website {
  host: string;
  /** A path that is part of the identity, as for "facebook.com/tiess"; '' for a whole site. */
  path: string;
}

/** "https://www.TIESS.ca/" gives { host: 'tiess.ca', path: '' }; "facebook.com/tiess.qc" keeps its path. */
export function parseWebsite(written: string): Website | null {
  const trimmed = written.trim();
  if (!trimmed) return null;
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `http://${trimmed}`);
    return { host: url.hostname.toLowerCase().replace(/^www\./, ''), path: url.pathname.replace(/\/+$/, '').toLowerCase() };
  } catch {
    return null;
  }
}

const openerOf: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
const count = (text: string, char: string) => text.split(char).length - 1;

/** Trailing punctuation belongs to the sentence, and so does a closing bracket the address did not open. */
function trimAddress(address: string): string {
  let end = address.length;
  for (;;) {
    const last = address[end - 1];
    const kept = address.slice(0, end);
    if (last && '.,;:!?\'"»’'.includes(last)) end--;
    else if (last && openerOf[last] && count(kept, last) > count(kept, openerOf[last])) end--;
    else break;
  }
  return address.slice(0, end);
}

function belongsTo(address: string, websites: readonly Website[], revealingLabels: ReadonlySet<string>): boolean {
  const parsed = parseWebsite(address);
  if (!parsed) return false;
  const labels = parsed.host.split('.');
  if (labels.slice(0, -1).some((label) => revealingLabels.has(label))) return true;
  return websites.some(
    (site) => (parsed.host === site.host || parsed.host.endsWith(`.${site.host}`)) && (site.path === '' || parsed.path === site.path || parsed.path.startsWith(`${site.path}/`)),
  );
}

/**
 * Every e-mail address (an address to write to identifies its owner), and the web addresses of the
 * speaker's sites, with or without scheme, or whose host is spelled with a revealing word ("tiess.ca").
 *
 * @example
 * linkSpans('Voir www.tiess.ca/projets.', [{ host: 'tiess.ca', path: '' }], new Set()) // → [{ start: 5, end: 25, kind: 'link' }]
 */
export function linkSpans(text: string, websites: readonly Website[], revealingLabels: ReadonlySet<string>): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(emailPattern)) spans.push({ start: match.index, end: match.index + match[0].length, kind: 'link' });
  for (const match of text.matchAll(addressPattern)) {
    const address = trimAddress(match[0]);
    if (belongsTo(address, websites, revealingLabels)) spans.push({ start: match.index, end: match.index + address.length, kind: 'link' });
  }
  return spans;
}
