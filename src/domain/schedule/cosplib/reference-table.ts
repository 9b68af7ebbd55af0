import { readFileSync } from 'node:fs';

export interface CosplibReference {
  instance: string;
  model: 'Exact-Model' | 'Extended-Model';
  total: number;
  /** The checker's printed breakdown, e.g. "Consecutive tracks: 2". */
  breakdown: string[];
  /** Raw counts by REFERENCE.md key, switched-off ones included. */
  raw: Record<string, number>;
}

/** The reference solutions REFERENCE.md lists, with their official totals, printed terms and raw counts. */
export function readCosplibReferences(referencePath: string): CosplibReference[] {
  const text = readFileSync(referencePath, 'utf8');
  const rawCounts = new Map<string, Record<string, number>>();
  for (const match of text.matchAll(/^\| (\S+) (exact|extended) \| ([^|\n]*) \|$/gm)) {
    const counts: Record<string, number> = {};
    for (const [, key, value] of match[3]!.matchAll(/\[?([A-Z_]+) (\d+)\]?/g)) counts[key!] = Number(value);
    rawCounts.set(`${match[1]} ${match[2]}`, counts);
  }
  const references: CosplibReference[] = [];
  // | N2OR | 35 | 4 | 4 | 8 | exact | **2** | Consecutive tracks: 2 | none … | 20 |
  for (const match of text.matchAll(/^\| (\S+) \| \d+ \| \d+ \| \d+ \| \d+ \| (exact|extended) \| \*\*([\d,]+)\*\* \| (.*?) \| [^|]* \| [^|]* \|$/gm)) {
    const [, instance, model, total, components] = match;
    references.push({
      instance: instance!,
      model: model === 'exact' ? 'Exact-Model' : 'Extended-Model',
      total: Number(total!.replaceAll(',', '')),
      breakdown: components!.replaceAll('\\|', '|').split('; '),
      raw: rawCounts.get(`${instance} ${model}`) ?? {},
    });
  }
  return references;
}

export interface CosplibHeuristicRun {
  instance: string;
  run: number;
  total: number;
}

/** REFERENCE.md's second reference: the upstream hyper-heuristic's 60 s runs, re-scored by the checker. */
export function readCosplibHeuristicRuns(referencePath: string): CosplibHeuristicRun[] {
  const text = readFileSync(referencePath, 'utf8');
  // | GECCO19 | 3 | **60,720** | Tracks_Rooms|Penalty: 60080; … | none | 6,372 |
  return [...text.matchAll(/^\| (\S+) \| (\d+) \| \*\*([\d,]+)\*\* \|/gm)].map(([, instance, run, total]) => ({
    instance: instance!, run: Number(run), total: Number(total!.replaceAll(',', '')),
  }));
}
