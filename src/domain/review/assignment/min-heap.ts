/** Nodes keyed by distance, smallest first, ties to the lower node number (so runs are reproducible). */
export class MinHeap {
  private keys: number[] = [];
  private nodes: number[] = [];

  get size(): number {
    return this.nodes.length;
  }

  clear(): void {
    this.keys.length = 0;
    this.nodes.length = 0;
  }

  push(key: number, node: number): void {
    let i = this.nodes.length;
    this.keys.push(key);
    this.nodes.push(node);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  /** Removes the smallest entry and returns its node; read `topKey` first for its key. */
  pop(): number {
    const top = this.nodes[0]!;
    const lastKey = this.keys.pop()!;
    const lastNode = this.nodes.pop()!;
    if (this.nodes.length > 0) {
      this.keys[0] = lastKey;
      this.nodes[0] = lastNode;
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let smallest = i;
        if (left < this.nodes.length && this.before(left, smallest)) smallest = left;
        if (right < this.nodes.length && this.before(right, smallest)) smallest = right;
        if (smallest === i) break;
        this.swap(i, smallest);
        i = smallest;
      }
    }
    return top;
  }

  get topKey(): number {
    return this.keys[0]!;
  }

  private before(a: number, b: number): boolean {
    const ka = this.keys[a]!;
    const kb = this.keys[b]!;
    return ka < kb || (ka === kb && this.nodes[a]! < this.nodes[b]!);
  }

  private swap(a: number, b: number): void {
    [this.keys[a], this.keys[b]] = [this.keys[b]!, this.keys[a]!];
    [this.nodes[a], this.nodes[b]] = [this.nodes[b]!, this.nodes[a]!];
  }
}
