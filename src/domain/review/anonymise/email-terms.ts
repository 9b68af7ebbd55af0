import { foldedTokens } from './folded-text.js';
import type { RevealingTerm } from './revealing-term.js';

const at = '\\s*(?:@|[(\\[{]\\s*(?:at|arobase|arroba)\\s*[)\\]}]|\\s(?:at|arobase|arroba)\\s)\\s*';
const dot = '\\s*(?:\\.|[(\\[{]\\s*(?:dot|point|punto)\\s*[)\\]}]|\\s(?:dot|point|punto)\\s)\\s*';
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The speaker's address also when written to dodge robots: "johanne.lavoie [at] tiess [dot] ca".
 * (Plain addresses are hidden whoever they belong to.)
 *
 * @example
 * emailTerm('johanne.lavoie@tiess.ca') // matches "Johanne.Lavoie (at) tiess.ca"
 */
export function emailTerm(email: string): RevealingTerm | null {
  const [local, domain] = email.trim().toLowerCase().split('@');
  if (!local || !domain) return null;
  const localPattern = escape(local);
  const domainPattern = foldedTokens(domain).map(escape).join(dot);
  return domainPattern ? { kind: 'link', pattern: `${localPattern}${at}${domainPattern}` } : null;
}
