import type { CompiledProblem } from './compile-problem.js';

export interface SoftWeights {
  /** Per slot two sessions on similar themes run in parallel, times their similarity. */
  similarThemesInParallel: number;
  /** Per slot two sessions run in parallel, per attendee who wanted both. */
  audienceOverlap: number;
  /** Per speaker-slot outside the speaker's preferred times. */
  speakerPreferredTimes: number;
  /**
   * Per person-hour outside waking hours (08:00–22:00 in their zone) of a session in a virtual room:
   * its speakers and moderators count 1 each, interested attendees their number.
   */
  awakeVirtualSessions: number;
  /** Squared deviation of each slot's expected audience from the mean, relative to the mean. */
  balancedSlots: number;
}

export const defaultSoftWeights: SoftWeights = { similarThemesInParallel: 10, audienceOverlap: 1, speakerPreferredTimes: 5, awakeVirtualSessions: 5, balancedSlots: 1 };

export type SoftGoal = keyof SoftWeights;

/** The weighted soft penalty, kept up to date as sessions are placed and removed. */
export class SoftGoalCounter {
  /** Weighted, by goal. */
  readonly parts: Record<SoftGoal, number> = { similarThemesInParallel: 0, audienceOverlap: 0, speakerPreferredTimes: 0, awakeVirtualSessions: 0, balancedSlots: 0 };
  private readonly themeCost: Map<number, number>[];
  private readonly audienceCost: Map<number, number>[];
  private readonly inSlot: number[][];
  private readonly load: Float64Array;
  private readonly meanLoad: number;

  constructor(private readonly compiled: CompiledProblem, private readonly weights: SoftWeights) {
    const { problem } = compiled;
    this.themeCost = problem.sessions.map(() => new Map());
    this.audienceCost = problem.sessions.map(() => new Map());
    const similarity = new Map<string, Map<string, number>>();
    const similar = (a: string, b: string, value: number): void => {
      if (!similarity.has(a)) similarity.set(a, new Map());
      similarity.get(a)!.set(b, Math.max(value, similarity.get(a)!.get(b) ?? 0));
    };
    for (const { a, b, similarity: value } of problem.themeSimilarity ?? []) { similar(a, b, value); similar(b, a, value); }
    const sessionsOfTheme = new Map<string, number[]>();
    problem.sessions.forEach((session, i) => {
      for (const theme of new Set(session.themes)) sessionsOfTheme.set(theme, [...(sessionsOfTheme.get(theme) ?? []), i]);
    });
    // Per pair, the best-matching theme pair counts (identical themes count 1).
    const pairSimilarity = (a: number, b: number, value: number): void => {
      if (a === b || value <= 0) return;
      if ((this.themeCost[a]!.get(b) ?? 0) < value) { this.themeCost[a]!.set(b, value); this.themeCost[b]!.set(a, value); }
    };
    for (const [theme, members] of sessionsOfTheme) {
      for (const a of members) {
        for (const b of members) pairSimilarity(a, b, 1);
        for (const [other, value] of similarity.get(theme) ?? []) for (const b of sessionsOfTheme.get(other) ?? []) pairSimilarity(a, b, value);
      }
    }
    for (const { sessionIds, count = 1 } of problem.interest ?? []) {
      const members = [...new Set(sessionIds.map((id) => compiled.sessionIndex.get(id)).filter((i): i is number => i !== undefined))];
      for (const a of members) for (const b of members) if (a !== b) this.audienceCost[a]!.set(b, (this.audienceCost[a]!.get(b) ?? 0) + count);
    }
    this.inSlot = Array.from({ length: compiled.slotCount }, () => []);
    this.load = new Float64Array(compiled.slotCount);
    let totalLoad = 0;
    for (let i = 0; i < compiled.sessionCount; i++) totalLoad += compiled.attendance[i]! * compiled.duration[i]!;
    this.meanLoad = Math.max(1, totalLoad / Math.max(1, compiled.slotCount));
    // An empty slot deviates by the whole mean: start from the empty schedule's deviation.
    this.parts.balancedSlots = weights.balancedSlots * compiled.slotCount * this.meanLoad;
  }

  get total(): number {
    const p = this.parts;
    return p.similarThemesInParallel + p.audienceOverlap + p.speakerPreferredTimes + p.awakeVirtualSessions + p.balancedSlots;
  }

  /** `room` matters only to virtual sessions; without it the session counts as in person. */
  place(session: number, start: number, room = -1): void {
    this.change(session, start, room, 1);
  }

  remove(session: number, start: number, room = -1): void {
    this.change(session, start, room, -1);
  }

  private change(session: number, start: number, room: number, sign: 1 | -1): void {
    const c = this.compiled;
    const w = this.weights;
    const end = Math.min(start + c.duration[session]! - 1, c.slotCount - 1);
    if (sign === 1) for (let t = start; t <= end; t++) this.pairsIn(t, session, 1);
    for (let t = start; t <= end; t++) {
      const list = this.inSlot[t]!;
      if (sign === 1) list.push(session);
      else {
        const at = list.indexOf(session);
        list[at] = list[list.length - 1]!;
        list.pop();
      }
      const before = this.load[t]! - this.meanLoad;
      this.load[t]! += sign * c.attendance[session]!;
      const after = this.load[t]! - this.meanLoad;
      this.parts.balancedSlots += (w.balancedSlots * (after * after - before * before)) / this.meanLoad;
    }
    if (sign === -1) for (let t = start; t <= end; t++) this.pairsIn(t, session, -1);
    this.parts.speakerPreferredTimes += sign * w.speakerPreferredTimes * c.unpreferred[session * c.slotCount + start]!;
    if (room >= 0 && c.virtualRoom[room] === 1) this.parts.awakeVirtualSessions += sign * w.awakeVirtualSessions * c.asleep[session * c.slotCount + start]!;
  }

  private pairsIn(slot: number, session: number, sign: 1 | -1): void {
    const themes = this.themeCost[session]!;
    const audience = this.audienceCost[session]!;
    if (themes.size === 0 && audience.size === 0) return;
    let theme = 0;
    let overlap = 0;
    for (const other of this.inSlot[slot]!) {
      if (other === session) continue;
      theme += themes.get(other) ?? 0;
      overlap += audience.get(other) ?? 0;
    }
    this.parts.similarThemesInParallel += sign * this.weights.similarThemesInParallel * theme;
    this.parts.audienceOverlap += sign * this.weights.audienceOverlap * overlap;
  }
}
