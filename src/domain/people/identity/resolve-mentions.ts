import { countryKey } from './country-key.js';
import type { MatchResult } from './match-verdict.js';
import { compareOrganisations, parseOrganisationCached, type OrganisationEvidence } from './organisation-match.js';
import type { OrganisationName } from './organisation-name.js';
import { comparePeople, parsePersonCached, type PersonEvidence } from './person-match.js';
import { foldText } from './text-folding.js';

export type PersonMention = PersonEvidence & { id: string };
export type OrganisationMention = Exclude<OrganisationEvidence, string> & { id: string };

export interface Suggestion {
  /** Indexes into `clusters`, lower first. */
  clusters: [number, number];
  /** The two mentions whose comparison raised the suggestion. */
  ids: [string, string];
  score: number;
  reasons: string[];
}

export interface Resolution {
  /** Mention ids merged automatically, in input order; clusters ordered by their first mention. */
  clusters: string[][];
  /** Pairs of clusters an organiser should confirm or reject, best first. */
  suggestions: Suggestion[];
}

interface Matcher<T> {
  /** Mentions with equal signatures are the same without comparing. */
  signature(mention: T): string;
  /**
   * Cheap keys: mentions sharing a key are compared. A key starting with "hub:" is a broad one
   * (a surname within an organisation): mentions returning "hub:K" are compared with everyone
   * under "hub:K" or "member:K", but "member:K" mentions are not compared with each other.
   * "K#F" files the mention under K, with F as the finer key used if K's block is too big.
   */
  blockKeys(mention: T): string[];
  compare(a: T, b: T): MatchResult;
}

// A key shared by more mentions than this says little about identity (two common given names,
// a common word); comparing them all would be quadratic. A key may carry a finer one after "#":
// an oversized block is then split by it, so a very common name still meets its exact repetitions.
const largestBlock = 100;
const largestExactBlock = 400;

function resolveMentions<T extends { id: string }>(mentions: readonly T[], matcher: Matcher<T>): Resolution {
  const groupOf = new Map<string, number>();
  const groups: number[][] = [];
  for (let i = 0; i < mentions.length; i++) {
    const signature = matcher.signature(mentions[i]!);
    const known = groupOf.get(signature);
    if (known === undefined) {
      groupOf.set(signature, groups.length);
      groups.push([i]);
    } else {
      groups[known]!.push(i);
    }
  }
  const representative = (g: number): T => mentions[groups[g]![0]!]!;

  const blocks = new Map<string, number[]>();
  // Finer key of each block member ("p:mar|p:lop" → "maria|lopez"), used only when a block is too big.
  const finer = new Map<string, string[]>();
  for (let g = 0; g < groups.length; g++) {
    const seen = new Set<string>();
    for (const blockKey of matcher.blockKeys(representative(g))) {
      const cut = blockKey.indexOf('#');
      const key = cut < 0 ? blockKey : blockKey.slice(0, cut);
      if (seen.has(key)) continue;
      seen.add(key);
      const block = blocks.get(key);
      if (block) block.push(g);
      else blocks.set(key, [g]);
      if (cut >= 0) {
        const sub = finer.get(key);
        if (sub) sub.push(blockKey.slice(cut + 1));
        else finer.set(key, [blockKey.slice(cut + 1)]);
      }
    }
  }

  // For each group, the other groups it must be compared with (only later ones, so each pair is seen once).
  const candidates: number[][] = groups.map(() => []);
  const addPairs = (block: number[], others: number[]): void => {
    for (const g of block) for (const other of others) if (other !== g) candidates[Math.min(g, other)]!.push(Math.max(g, other));
  };
  for (const [key, block] of blocks) {
    if (key.startsWith('member:')) continue;
    if (key.startsWith('hub:')) {
      const members = blocks.get(`member:${key.slice(4)}`) ?? [];
      if (block.length * (block.length + members.length) > largestBlock * largestBlock) continue;
      addPairs(block, block);
      addPairs(block, members);
      continue;
    }
    if (block.length < 2) continue;
    for (const part of block.length <= largestBlock ? [block] : splitByFinerKey(block, finer.get(key))) {
      for (let x = 0; x < part.length; x++) {
        const list = candidates[part[x]!]!;
        for (let y = x + 1; y < part.length; y++) list.push(part[y]!);
      }
    }
  }

  const same: { a: number; b: number; result: MatchResult }[] = [];
  const maybe: { a: number; b: number; result: MatchResult }[] = [];
  const cannotLink: number[][] = groups.map(() => []);
  const seenBy = new Int32Array(groups.length).fill(-1);
  for (let a = 0; a < groups.length; a++) {
    for (const b of candidates[a]!) {
      if (seenBy[b] === a) continue;
      seenBy[b] = a;
      const result = matcher.compare(representative(a), representative(b));
      if (result.verdict === 'same') same.push({ a, b, result });
      else if (result.verdict === 'maybe') maybe.push({ a, b, result });
      else {
        cannotLink[a]!.push(b);
        cannotLink[b]!.push(a);
      }
    }
  }

  const parent = groups.map((_, g) => g);
  const members = groups.map((_, g) => [g]);
  const find = (g: number): number => {
    while (parent[g] !== g) {
      parent[g] = parent[parent[g]!]!;
      g = parent[g]!;
    }
    return g;
  };
  const byStrength = (p: { a: number; b: number; result: MatchResult }, q: { a: number; b: number; result: MatchResult }) =>
    q.result.score - p.result.score || p.a - q.a || p.b - q.b;
  same.sort(byStrength);
  for (const edge of same) {
    const ra = find(edge.a);
    const rb = find(edge.b);
    if (ra === rb) continue;
    const [small, large] = members[ra]!.length <= members[rb]!.length ? [ra, rb] : [rb, ra];
    // 'same' is not transitive when a third spelling links two people known to differ: ask instead.
    let conflict = false;
    for (const g of members[small]!) {
      for (const other of cannotLink[g]!) if (find(other) === large) conflict = true;
      if (conflict) break;
    }
    if (conflict) {
      maybe.push({ a: edge.a, b: edge.b, result: { ...edge.result, verdict: 'maybe', reasons: [...edge.result.reasons, 'would join mentions found different'] } });
      continue;
    }
    parent[small] = large;
    members[large]!.push(...members[small]!);
    members[small] = [];
  }

  const clusterOfRoot = new Map<number, number>();
  const clusters: string[][] = [];
  const firstIndexOfGroup = groups.map((indexes) => indexes[0]!);
  const rootsInOrder = groups
    .map((_, g) => g)
    .filter((g) => find(g) === g)
    .map((root) => ({ root, indexes: members[root]!.flatMap((g) => groups[g]!).sort((p, q) => p - q) }))
    .sort((p, q) => p.indexes[0]! - q.indexes[0]!);
  for (const { root, indexes } of rootsInOrder) {
    clusterOfRoot.set(root, clusters.length);
    clusters.push(indexes.map((i) => mentions[i]!.id));
  }

  const best = new Map<string, Suggestion>();
  for (const edge of maybe) {
    const ca = clusterOfRoot.get(find(edge.a))!;
    const cb = clusterOfRoot.get(find(edge.b))!;
    if (ca === cb) continue;
    const [low, high] = ca < cb ? [ca, cb] : [cb, ca];
    const [first, second] = ca < cb ? [edge.a, edge.b] : [edge.b, edge.a];
    const key = `${low}:${high}`;
    const current = best.get(key);
    if (!current || edge.result.score > current.score) {
      best.set(key, {
        clusters: [low, high],
        ids: [mentions[firstIndexOfGroup[first]!]!.id, mentions[firstIndexOfGroup[second]!]!.id],
        score: edge.result.score,
        reasons: edge.result.reasons,
      });
    }
  }
  const suggestions = [...best.values()].sort(
    (p, q) => q.score - p.score || p.clusters[0] - q.clusters[0] || p.clusters[1] - q.clusters[1],
  );
  return { clusters, suggestions };
}

/** An oversized block split by its members' finer keys; parts still too big are dropped. */
function splitByFinerKey(block: number[], finerKeys: string[] | undefined): number[][] {
  if (!finerKeys) return [];
  const parts = new Map<string, number[]>();
  block.forEach((g, i) => {
    const key = finerKeys[i]!;
    const part = parts.get(key);
    if (part) part.push(g);
    else parts.set(key, [g]);
  });
  return [...parts.values()].filter((part) => part.length > 1 && part.length <= largestExactBlock);
}

function organisationBlockKey(name: OrganisationName): string {
  return name.knownId ?? name.localGovernmentOf ?? name.acronym ?? name.key;
}

function foldedOrNothing(value: string | null | undefined): string {
  return value ? foldText(value).trim() : '';
}

const personMatcher: Matcher<PersonMention> = {
  signature(m) {
    const name = parsePersonCached(m.name);
    // Only a full name written identically, in the same context, is the same without comparing.
    if (name.tokens.length < 2 || name.tokens.some((t) => t.length === 1)) return `id:${m.id}`;
    const organisation = m.organisation?.trim() ? parseOrganisationCached(m.organisation).key : '';
    return [name.key, organisation, countryKey(m.country) ?? '', foldedOrNothing(m.email), name.honorific ?? ''].join('|');
  },
  blockKeys(m) {
    const name = parsePersonCached(m.name);
    const tokens = [...name.tokens, ...name.marriedTokens].slice(0, 6);
    const keys: string[] = [];
    const email = foldedOrNothing(m.email);
    if (email) keys.push(`email:${email}`);
    const org = m.organisation?.trim() ? organisationBlockKey(parseOrganisationCached(m.organisation)) : null;
    // Two tokens' beginnings, or two tokens' endings: one slip cannot spoil both keys.
    // Mentions with an initial ("J. Charest") probe the full names offering that initial.
    const pairKey = (p: string, q: string) => (p < q ? `${p}|${q}` : `${q}|${p}`);
    // Two given names ("Juan Carlos", "Jean Pierre") say little about who it is when a surname follows.
    const given = tokens.length >= 3 ? new Set(name.givenNames.flatMap((w) => foldText(w).split(/[^a-z0-9]+/))) : new Set<string>();
    for (let i = 0; i < tokens.length; i++) {
      for (let j = i + 1; j < tokens.length; j++) {
        const x = tokens[i]!;
        const y = tokens[j]!;
        if (x.length === 1 && y.length === 1) continue;
        if (given.has(x) && given.has(y) && j === i + 1 && i === 0) continue;
        if (x.length > 1 && y.length > 1) {
          const exact = pairKey(x, y);
          keys.push(`${pairKey(`p:${x.slice(0, 3)}`, `p:${y.slice(0, 3)}`)}#${exact}`, `${pairKey(`s:${x.slice(-3)}`, `s:${y.slice(-3)}`)}#${exact}`);
        }
        const role = x.length === 1 || y.length === 1 ? 'hub' : 'member';
        if (y.length > 1) keys.push(`${role}:${pairKey(`i:${x[0]}`, `f:${y}`)}`);
        if (x.length > 1) keys.push(`${role}:${pairKey(`f:${x}`, `i:${y[0]}`)}`);
      }
    }
    // A lone surname ("Mme Alain") can only be tied to a full name through its organisation.
    if (tokens.length === 1) {
      keys.push(`hub:${tokens[0]}`);
      if (org) keys.push(`hub:${tokens[0]}|${org}`);
    } else if (org) {
      for (const t of tokens) if (t.length > 1) keys.push(`member:${t}|${org}`);
    }
    return keys;
  },
  compare: comparePeople,
};

const organisationMatcher: Matcher<OrganisationMention> = {
  signature: (m) =>
    [parseOrganisationCached(m.name).key, parseOrganisationCached(m.name).acronym ?? '', foldedOrNothing(m.acronym), foldedOrNothing(m.city), countryKey(m.country) ?? ''].join('|'),
  blockKeys(m) {
    const name = parseOrganisationCached(m.name);
    const keys = [`key:${name.key}`];
    if (name.knownId) keys.push(`known:${name.knownId}`);
    if (name.localGovernmentOf) keys.push(`gov:${name.localGovernmentOf}`);
    const acronym = m.acronym?.replace(/[^\p{L}\p{N}]/gu, '').toUpperCase() || name.acronym;
    if (acronym) keys.push(`acr:${acronym}`);
    if (name.initials.length >= 3) keys.push(`acr:${name.initials.toUpperCase()}`);
    for (const token of name.tokens) {
      keys.push(`tok:${token.slice(0, 4)}`);
      if (token.length >= 6) keys.push(`tok:…${token.slice(-4)}`);
    }
    return keys;
  },
  compare: compareOrganisations,
};

export function resolvePeople(mentions: readonly PersonMention[]): Resolution {
  return resolveMentions(mentions, personMatcher);
}

export function resolveOrganisations(mentions: readonly OrganisationMention[]): Resolution {
  return resolveMentions(mentions, organisationMatcher);
}
