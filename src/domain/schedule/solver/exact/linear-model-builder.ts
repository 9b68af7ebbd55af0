import type { ModelData, VariableType } from 'highs';

/** A column of a {@link LinearModelBuilder}, by index. */
export type Column = number;

/** `coefficient × column` terms; a column may appear more than once (the builder sums them). */
export type LinearTerms = readonly (readonly [Column, number])[];

const continuous: VariableType = 0;
const integer: VariableType = 1;

/**
 * Collects a MIP column by column and row by row, then hands HiGHS's persistent API (`createModel` /
 * `passModel`) one sparse model: no LP text to write and parse, and the columns keep the indices we gave
 * them, so the solution maps back to our placements without name lookups.
 * @example
 * const model = new LinearModelBuilder();
 * const x = model.binary(3), y = model.binary(2);
 * model.row([[x, 1], [y, 1]], 1, 1); // exactly one of them
 * highs.createModel(model.toModelData(highs.infinity)); // minimises 3x + 2y: y = 1
 */
export class LinearModelBuilder {
  private readonly cost: number[] = [];
  private readonly lower: number[] = [];
  private readonly upper: number[] = [];
  private readonly kind: VariableType[] = [];
  private readonly rowLower: number[] = [];
  private readonly rowUpper: number[] = [];
  private readonly rowStarts: number[] = [0];
  private readonly rowColumns: number[] = [];
  private readonly rowValues: number[] = [];

  get columnCount(): number {
    return this.cost.length;
  }

  get rowCount(): number {
    return this.rowLower.length;
  }

  get nonZeroCount(): number {
    return this.rowValues.length;
  }

  /** A 0/1 variable with this objective coefficient. */
  binary(cost = 0): Column {
    return this.column(cost, 0, 1, integer);
  }

  /** A real variable in [lower, upper] (infinite bounds allowed). */
  continuous(lower: number, upper: number, cost = 0): Column {
    return this.column(cost, lower, upper, continuous);
  }

  /** lower ≤ Σ terms ≤ upper; ±Infinity for a missing side. Returns the row's index (for its dual). */
  row(terms: LinearTerms, lower: number, upper: number): number {
    const merged = new Map<number, number>();
    for (const [column, coefficient] of terms) {
      if (!Number.isInteger(column) || column < 0 || column >= this.cost.length) throw new Error(`row term on unknown column ${column}`);
      merged.set(column, (merged.get(column) ?? 0) + coefficient);
    }
    for (const [column, coefficient] of merged) {
      if (coefficient === 0) continue;
      this.rowColumns.push(column);
      this.rowValues.push(coefficient);
    }
    this.rowLower.push(lower);
    this.rowUpper.push(upper);
    this.rowStarts.push(this.rowValues.length);
    return this.rowLower.length - 1;
  }

  /** The model in HiGHS's structured form (minimise); `infinity` is `highs.infinity`; `relaxed` drops integrality. */
  toModelData(infinity: number, relaxed = false): ModelData {
    const finite = (value: number): number => (value === Number.POSITIVE_INFINITY ? infinity : value === Number.NEGATIVE_INFINITY ? -infinity : value);
    return {
      numCols: this.cost.length,
      numRows: this.rowLower.length,
      colCost: Float64Array.from(this.cost),
      colLower: Float64Array.from(this.lower, finite),
      colUpper: Float64Array.from(this.upper, finite),
      rowLower: Float64Array.from(this.rowLower, finite),
      rowUpper: Float64Array.from(this.rowUpper, finite),
      matrix: { format: 'csr', numRows: this.rowLower.length, numCols: this.cost.length, starts: Int32Array.from(this.rowStarts), indices: Int32Array.from(this.rowColumns), values: Float64Array.from(this.rowValues) },
      integrality: relaxed ? new Int32Array(this.kind.length) : Int32Array.from(this.kind),
    };
  }

  private column(cost: number, lower: number, upper: number, kind: VariableType): Column {
    if (!Number.isFinite(cost)) throw new Error(`objective coefficient ${cost} is not finite`);
    this.cost.push(cost);
    this.lower.push(lower);
    this.upper.push(upper);
    this.kind.push(kind);
    return this.cost.length - 1;
  }
}
