import highsExports from 'highs';

type HighsLoader = typeof highsExports.default;
type Highs = Awaited<ReturnType<HighsLoader>>;

// The package's declarations are read as CommonJS (the loader one level down, under `default`), while
// Node runs its ES build, whose default export is the loader itself.
const highsLoader = ((highsExports as unknown as { default?: HighsLoader }).default ?? highsExports) as unknown as HighsLoader;

let loading: Promise<Highs> | null = null;

const solverOptions = {
  output_flag: false,
  // Exact optimum: the default relative gap (1e-4) could stop a few hundredths of a point short.
  mip_rel_gap: 0,
  presolve: 'off',
  time_limit: 60,
} as const;

/**
 * Solves an LP-format MIP with HiGHS (loaded once). Returns the column values of the best solution
 * found, or null when the model is infeasible.
 *
 * @example const values = await runHighs('Maximize\n obj: x\nSubject To\n c: x <= 1\nBinary\n x\nEnd'); // { x: 1 }
 */
export async function runHighs(model: string): Promise<Record<string, number> | null> {
  loading ??= highsLoader();
  const highs = await loading;
  let solution: ReturnType<Highs['solve']>;
  try {
    solution = highs.solve(model, solverOptions);
  } catch (error) {
    // A WebAssembly abort leaves the instance unusable: load a fresh one next time.
    loading = null;
    throw error;
  }
  if (solution.Status === 'Infeasible') return null;
  if (solution.Status !== 'Optimal' && solution.Status !== 'Time limit reached') throw new Error(`HiGHS stopped with status "${solution.Status}"`);
  const values: Record<string, number> = {};
  for (const [name, column] of Object.entries(solution.Columns as Record<string, { Primal?: number }>)) {
    if (column.Primal !== undefined) values[name] = column.Primal;
  }
  if (Object.keys(values).length === 0) throw new Error(`HiGHS found no solution (status "${solution.Status}")`);
  return values;
}
