import { parseOrganisationName, parsePersonName } from '../../people/identity/index.js';

/** Tokens and neighbour pairs written as one word ("Moo Kwon" / "Mookwon"), as the aligner joins them. */
function tokensAndJoins(tokens: readonly string[]): string[] {
  const keys = [...tokens];
  for (let i = 0; i + 1 < tokens.length; i++) keys.push(tokens[i]! + tokens[i + 1]!);
  return keys;
}

/**
 * Keys under which two names the person matcher could call the same person meet: every 'same'
 * verdict needs at least one token written identically on both sides (after the aligner's joins).
 */
export function personBlockingKeys(name: string): string[] {
  return [...new Set(tokensAndJoins(parsePersonName(name).tokens))];
}

/** A token and every one-letter deletion of it: two words one slip apart share one of these. */
function withDeletions(token: string): string[] {
  const keys = [token];
  // The organisation matcher only allows slips in words of five letters or more.
  if (token.length >= 5) for (let i = 0; i < token.length; i++) keys.push(token.slice(0, i) + token.slice(i + 1));
  return keys;
}

/**
 * Keys under which two organisation names the matcher could call the same meet: a well-known
 * organisation, a local government's place, an acronym or initials, or a word (up to one slip).
 */
export function organisationBlockingKeys(name: string): string[] {
  const parsed = parseOrganisationName(name);
  const keys = new Set<string>();
  if (parsed.knownId) keys.add(`known:${parsed.knownId}`);
  if (parsed.localGovernmentOf) keys.add(`place:${parsed.localGovernmentOf}`);
  if (parsed.acronym) keys.add(`letters:${parsed.acronym.toLowerCase()}`);
  if (parsed.initials.length >= 3) keys.add(`letters:${parsed.initials}`);
  for (const token of tokensAndJoins(parsed.tokens)) for (const key of withDeletions(token)) keys.add(`word:${key}`);
  return [...keys];
}
