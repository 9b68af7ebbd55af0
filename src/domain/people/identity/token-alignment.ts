export interface TokenAlignment {
  exact: number;
  slip: number;
  initial: number;
  nickname: number;
  /** Tokens of each side left without a partner. */
  unmatchedA: string[];
  unmatchedB: string[];
  /** Written-order positions of unmatched tokens, after joining split words. */
  unmatchedIndexA: number[];
  unmatchedIndexB: number[];
  tokensA: string[];
  tokensB: string[];
}

export interface AlignmentRules {
  isSlip(a: string, b: string): boolean;
  initials: boolean;
  nicknames: boolean;
}

/** "Moo Kwon" against "Mookwon", "plate forme" against "plateforme": join neighbours the other side writes as one word. */
function joinSplitWords(tokens: string[], other: string[]): string[] {
  if (tokens.length < 2 || tokens.every((t) => other.includes(t))) return tokens;
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const next = tokens[i + 1];
    if (next !== undefined && !other.includes(token) && other.includes(token + next)) {
      out.push(token + next);
      i++;
    } else {
      out.push(token);
    }
  }
  return out;
}

function isNickname(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 3 && long.length - short.length >= 2 && (long.startsWith(short) || long.endsWith(short));
}

function isInitialOf(a: string, b: string): boolean {
  return (a.length === 1) !== (b.length === 1) && a[0] === b[0];
}

const enum Link {
  Exact,
  Slip,
  Initial,
  Nickname,
}

/** Order-insensitive pairing of tokens: exact first, then slips, initials and nicknames among what is left. */
export function alignTokens(a: string[], b: string[], rules: AlignmentRules): TokenAlignment {
  const tokensA = joinSplitWords(a, b);
  const tokensB = joinSplitWords(b, tokensA);
  const usedA = new Uint8Array(tokensA.length);
  const usedB = new Uint8Array(tokensB.length);
  const counts = [0, 0, 0, 0];
  let left = Math.min(tokensA.length, tokensB.length);

  for (let link = Link.Exact; link <= Link.Nickname && left > 0; link++) {
    if (link === Link.Initial && !rules.initials) continue;
    if (link === Link.Nickname && !rules.nicknames) continue;
    for (let i = 0; i < tokensA.length; i++) {
      if (usedA[i]) continue;
      const x = tokensA[i]!;
      for (let j = 0; j < tokensB.length; j++) {
        if (usedB[j]) continue;
        const y = tokensB[j]!;
        const linked =
          link === Link.Exact ? x === y
          : link === Link.Slip ? x.length > 1 && y.length > 1 && rules.isSlip(x, y)
          : link === Link.Initial ? isInitialOf(x, y)
          : isNickname(x, y);
        if (!linked) continue;
        usedA[i] = 1;
        usedB[j] = 1;
        counts[link]!++;
        left--;
        break;
      }
    }
  }

  const unmatchedIndexA: number[] = [];
  const unmatchedIndexB: number[] = [];
  for (let i = 0; i < tokensA.length; i++) if (!usedA[i]) unmatchedIndexA.push(i);
  for (let j = 0; j < tokensB.length; j++) if (!usedB[j]) unmatchedIndexB.push(j);
  return {
    exact: counts[Link.Exact]!,
    slip: counts[Link.Slip]!,
    initial: counts[Link.Initial]!,
    nickname: counts[Link.Nickname]!,
    unmatchedA: unmatchedIndexA.map((i) => tokensA[i]!),
    unmatchedB: unmatchedIndexB.map((j) => tokensB[j]!),
    unmatchedIndexA,
    unmatchedIndexB,
    tokensA,
    tokensB,
  };
}
