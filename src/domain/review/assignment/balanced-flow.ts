import { MinHeap } from './min-heap.js';

export interface BalancedFlowProblem {
  /** Per submission: reviews it already has, and how many more it needs. */
  reviewed: readonly number[];
  need: readonly number[];
  /** Per reviewer: reviews already carried, and the most they accept. */
  load: readonly number[];
  maxLoad: readonly number[];
  /** Per submission: the reviewers allowed to read it, and the cost of each (0 = best theme match, up to `matchScale`). */
  candidates: readonly { reviewers: readonly number[]; costs: readonly number[] }[];
  matchScale: number;
}

/**
 * Gives as many reviews as possible; among those, reviews spread over the submissions (a second
 * review for all before a third for any: least sum of squared review counts); then the loads with
 * the least sum of squares (the most even spread, which also has the least maximum); then the best
 * theme match.
 *
 * Min-cost flow, primal–dual. A reviewer's k-th review costs (2k − 1)·W, the step of k², and a
 * submission's k-th review (2k − 1)·V. Optimality means no improving cycle, and a simple cycle
 * changes theme costs by less than W and load costs by less than V, so each goal strictly comes
 * before the next. Each phase finds shortest distances (Dijkstra on reduced costs), then pushes
 * reviews along every path of zero reduced cost it can find: about as many phases as the heaviest
 * load, not one per review.
 *
 * @example
 * solveBalancedFlow({ reviewed: [0, 0], need: [1, 1], load: [0, 0], maxLoad: [2, 2], matchScale: 100,
 *   candidates: [{ reviewers: [0, 1], costs: [0, 100] }, { reviewers: [0], costs: [50] }] });
 * // → [[0, 1], [1, 0]]: one review each, though reviewer 0 matched submission 0 better
 */
export function solveBalancedFlow(problem: BalancedFlowProblem): [submission: number, reviewer: number][] {
  const flow = new BalancedFlow(problem);
  while (flow.findDistances()) flow.pushAlongShortestPaths();
  return flow.pairs();
}

class BalancedFlow {
  private readonly n: number;
  private readonly m: number;
  private readonly sink: number;
  private readonly need: number[];
  private readonly reviewed: number[];
  private readonly load: number[];
  private readonly loadStep: number;
  private readonly reviewStep: number;
  private readonly cost: Float64Array;
  private readonly assigned: Uint8Array;
  private readonly assignedTo: number[][];
  private readonly potential: Float64Array;
  private readonly dist: Float64Array;
  private readonly heap = new MinHeap();
  // Per phase: nodes that led nowhere, and nodes on the path being explored.
  private readonly dead: Uint8Array;
  private readonly onPath: Uint8Array;

  constructor(private readonly problem: BalancedFlowProblem) {
    this.n = problem.need.length;
    this.m = problem.load.length;
    this.sink = this.n + this.m;
    this.need = [...problem.need];
    this.reviewed = [...problem.reviewed];
    this.load = [...problem.load];
    // A simple cycle crosses at most 2m submission–reviewer arcs and the sink (or the source) once.
    this.loadStep = problem.matchScale * (2 * this.m + 2) + 1;
    const heaviest = Math.max(0, ...this.load, ...problem.maxLoad);
    this.reviewStep = this.loadStep * (2 * heaviest + 3) + 1;
    this.cost = new Float64Array(this.n * this.m);
    problem.candidates.forEach(({ reviewers, costs }, s) => reviewers.forEach((r, k) => (this.cost[s * this.m + r] = costs[k]!)));
    this.assigned = new Uint8Array(this.n * this.m);
    this.assignedTo = Array.from({ length: this.m }, () => []);
    this.potential = new Float64Array(this.sink + 1);
    this.dist = new Float64Array(this.sink + 1);
    this.dead = new Uint8Array(this.sink + 1);
    this.onPath = new Uint8Array(this.sink + 1);
  }

  private loadCost(r: number): number {
    return this.loadStep * (2 * this.load[r]! + 1);
  }

  /** Reduced cost of one more review for submission `s`, from the source. */
  private sourceCost(s: number): number {
    return this.reviewStep * (2 * this.reviewed[s]! + 1) - this.potential[s]!;
  }

  /** Reduced cost of each residual arc out of `node`, handed to `visit`; stops early when `visit` returns true. */
  private arcsFrom(node: number, visit: (to: number, reduced: number) => boolean | void): void {
    const { n, m, potential } = this;
    if (node < n) {
      for (const r of this.problem.candidates[node]!.reviewers) {
        if (this.assigned[node * m + r]) continue;
        if (visit(n + r, this.cost[node * m + r]! + potential[node]! - potential[n + r]!)) return;
      }
      return;
    }
    const r = node - n;
    for (const s of this.assignedTo[r]!) if (visit(s, -this.cost[s * m + r]! + potential[node]! - potential[s]!)) return;
    if (this.load[r]! < this.problem.maxLoad[r]!) visit(this.sink, this.loadCost(r) + potential[node]! - potential[this.sink]!);
  }

  /** Dijkstra from every submission still short; false when no review can be added. Updates the potentials. */
  findDistances(): boolean {
    const { dist, heap, sink } = this;
    dist.fill(Number.POSITIVE_INFINITY);
    heap.clear();
    for (let s = 0; s < this.n; s++) {
      if (this.need[s]! > 0) {
        dist[s] = this.sourceCost(s);
        heap.push(dist[s]!, s);
      }
    }
    const done = this.dead;
    done.fill(0);
    while (heap.size > 0) {
      const key = heap.topKey;
      const node = heap.pop();
      if (done[node] || key > dist[node]!) continue;
      done[node] = 1;
      if (node === sink) break;
      this.arcsFrom(node, (to, reduced) => {
        const candidate = key + reduced;
        if (candidate < dist[to]!) {
          dist[to] = candidate;
          heap.push(candidate, to);
        }
      });
    }
    const reach = dist[sink]!;
    if (reach === Number.POSITIVE_INFINITY) return false;
    for (let v = 0; v <= sink; v++) this.potential[v] = this.potential[v]! + Math.min(dist[v]!, reach);
    return true;
  }

  /** Adds reviews along paths whose reduced costs are all zero: each is a shortest path. */
  pushAlongShortestPaths(): void {
    this.dead.fill(0);
    for (let s = 0; s < this.n; s++) {
      while (this.need[s]! > 0 && this.sourceCost(s) === 0) {
        const path: number[] = [];
        if (!this.findPath(s, path)) break;
        this.augment(path);
      }
    }
  }

  private findPath(node: number, path: number[]): boolean {
    if (node === this.sink) return true;
    if (this.dead[node] || this.onPath[node]) return false;
    this.onPath[node] = 1;
    path.push(node);
    let found = false;
    this.arcsFrom(node, (to, reduced) => (found = reduced === 0 && this.findPath(to, path)));
    this.onPath[node] = 0;
    if (!found) {
      path.pop();
      this.dead[node] = 1;
    }
    return found;
  }

  /** `path` alternates submission, reviewer, submission, …, reviewer: assign forward steps, free backward ones. */
  private augment(path: number[]): void {
    const { n, m } = this;
    this.need[path[0]!]!--;
    this.reviewed[path[0]!]!++;
    this.load[path[path.length - 1]! - n]!++;
    for (let i = 0; i + 1 < path.length; i++) {
      const from = path[i]!;
      const to = path[i + 1]!;
      if (from < n) {
        this.assigned[from * m + (to - n)] = 1;
        this.assignedTo[to - n]!.push(from);
      } else {
        this.assigned[to * m + (from - n)] = 0;
        const list = this.assignedTo[from - n]!;
        list.splice(list.indexOf(to), 1);
      }
    }
  }

  pairs(): [number, number][] {
    const pairs: [number, number][] = [];
    for (let s = 0; s < this.n; s++) for (let r = 0; r < this.m; r++) if (this.assigned[s * this.m + r]) pairs.push([s, r]);
    return pairs;
  }
}
