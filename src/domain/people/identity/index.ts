/**
 * Decides whether two mentions in forum documents name the same person or organisation, and
 * groups many mentions into identities: 'same' merges automatically, 'maybe' goes to an organiser.
 */
export type { MatchResult, Verdict } from './match-verdict.js';
export { parsePersonName, type PersonName, type Honorific } from './person-name.js';
export { comparePeople, type PersonEvidence } from './person-match.js';
export { parseOrganisationName, type OrganisationName } from './organisation-name.js';
export { compareOrganisations, type OrganisationEvidence } from './organisation-match.js';
export { countryKey } from './country-key.js';
export {
  resolvePeople,
  resolveOrganisations,
  type PersonMention,
  type OrganisationMention,
  type Resolution,
  type Suggestion,
} from './resolve-mentions.js';
