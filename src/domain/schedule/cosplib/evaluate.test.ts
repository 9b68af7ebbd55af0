import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sharedDataAvailable, sharedRoot } from '../../../../tests/support/shared-data.js';
import { compileCosplib } from './compiled-instance.js';
import { cosplibComponents, evaluateCosplib } from './evaluate.js';
import type { CosplibAssignment } from './instance.js';
import { readCosplibInstance } from './read-instance.js';
import { readCosplibSolution } from './read-solution.js';
import { readCosplibReferences } from './reference-table.js';
import { writeCosplibSolution } from './write-solution.js';

const available = sharedDataAvailable('benchmarks/cosplib');
const root = `${sharedRoot}benchmarks/cosplib/`;
const references = available ? readCosplibReferences(`${root}REFERENCE.md`) : [];

describe.skipIf(!available)('CoSPLib evaluator against the official checker (REFERENCE.md)', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'cosplib-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('reads all 12 reference solutions from REFERENCE.md', () => {
    expect(references).toHaveLength(12);
  });

  it.each(references.map((r) => [`${r.instance} ${r.model}`, r] as const))('%s scores as the checker does', async (_, reference) => {
    const instance = await readCosplibInstance(`${root}Dataset/${reference.instance}.xlsx`);
    const solution = await readCosplibSolution(`${root}Solutions/${reference.model}/${reference.instance}Solution.xlsx`, instance);
    const evaluation = evaluateCosplib(instance, solution);
    console.log(`${reference.instance} ${reference.model}: ours ${evaluation.total}, checker ${reference.total} — ${evaluation.breakdown.join('; ')}`);
    expect(evaluation.total).toBe(reference.total);
    expect(evaluation.breakdown).toEqual(reference.breakdown);
    const ourRaw = Object.fromEntries(cosplibComponents.map((c) => [c.key, evaluation.raw[c.key]]).filter(([, v]) => v !== 0));
    expect(ourRaw).toEqual(reference.raw);
    expect(evaluation.multi).toBe(0);
    expect(evaluation.hard).toEqual([]);
    expect(evaluation.feasible && evaluation.valid).toBe(true);
  });

  it('writes a solution that reads back to the same schedule and score', async () => {
    const instance = await readCosplibInstance(`${root}Dataset/GECCO21.xlsx`);
    const solution = await readCosplibSolution(`${root}Solutions/Exact-Model/GECCO21Solution.xlsx`, instance);
    const path = join(scratch, 'GECCO21Solution.xlsx');
    await writeCosplibSolution(path, instance, solution);
    const again = await readCosplibSolution(path, instance);
    expect(again).toEqual(solution);
    expect(evaluateCosplib(instance, again).total).toBe(11_280);
  });

  it('names each kind of hard violation', async () => {
    const instance = await readCosplibInstance(`${root}Dataset/N2OR.xlsx`);
    const compiled = compileCosplib(instance);
    const solution = await readCosplibSolution(`${root}Solutions/Exact-Model/N2ORSolution.xlsx`, instance);
    const broken: CosplibAssignment = structuredClone(solution);
    const dropped = broken.slots[0]![0]![0]!;
    broken.slots[0]![0]![0] = null; // a missing talk
    broken.slots[0]![1]![0] = 'NOPE'; // an unknown id
    broken.tracks[1]![2] = null; // talks left in a cell without a track
    const multiSlot = instance.submissions.find((s) => s.requiredSlots > 1)!;
    const evaluation = evaluateCosplib(instance, broken, compiled);
    const kinds = Object.fromEntries(evaluation.hard.map((h) => [h.kind, h]));
    expect(kinds['wrong-slot-count']?.messages.join()).toContain(dropped);
    expect(kinds['unknown-name']?.messages.join()).toContain('NOPE');
    expect(kinds['untracked-cell']?.count).toBe(2);
    expect(evaluation.feasible).toBe(false);

    const split: CosplibAssignment = structuredClone(solution);
    const cells = split.slots.flatMap((session, s) => session.flatMap((cell, r) => cell.map((id, k) => ({ id, s, r, k }))));
    const part = cells.find((c) => c.id === multiSlot.id)!;
    const other = cells.find((c) => c.s !== part.s && c.id !== null && instance.submissions.find((x) => x.id === c.id)!.track === multiSlot.track) ?? cells.find((c) => c.s !== part.s)!;
    split.slots[part.s]![part.r]![part.k] = other.id;
    split.slots[other.s]![other.r]![other.k] = multiSlot.id;
    const splitEvaluation = evaluateCosplib(instance, split, compiled);
    expect(splitEvaluation.hard.find((h) => h.kind === 'split-submission')?.messages.join()).toContain(multiSlot.id);
    expect(splitEvaluation.multi).toBeGreaterThanOrEqual(10_000_000);
  });
});
