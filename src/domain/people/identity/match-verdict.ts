/** The answer every matcher in this folder gives about two mentions. */
export type Verdict = 'same' | 'maybe' | 'different';

export interface MatchResult {
  verdict: Verdict;
  /** 0..1, only for ranking suggestions; the verdict is what callers act on. */
  score: number;
  reasons: string[];
}
