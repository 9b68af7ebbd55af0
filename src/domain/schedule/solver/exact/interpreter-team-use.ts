import type { CompiledProblem } from '../compile-problem.js';

/**
 * Sessions per limited interpretation language in one slot's contents as they are built up, so that
 * enumeration (listed contents, pricing) only admits contents within the interpreter teams.
 */
export class InterpreterTeamUse {
  private readonly use: Int32Array;

  constructor(private readonly compiled: CompiledProblem) {
    this.use = new Int32Array(compiled.teamLanguages.length);
  }

  /** Whether session i can join the contents without a language going beyond its teams. */
  fits(i: number): boolean {
    for (const l of this.compiled.teamLanguagesOf[i]!) if (this.use[l]! >= this.compiled.teams[l]!) return false;
    return true;
  }

  add(i: number): void {
    for (const l of this.compiled.teamLanguagesOf[i]!) this.use[l]!++;
  }

  remove(i: number): void {
    for (const l of this.compiled.teamLanguagesOf[i]!) this.use[l]!--;
  }
}

/** Whether these sessions can run in one slot with the interpreter teams there are. */
export function withinInterpreterTeams(compiled: CompiledProblem, sessions: readonly number[]): boolean {
  const use = new InterpreterTeamUse(compiled);
  for (const i of sessions) {
    if (!use.fits(i)) return false;
    use.add(i);
  }
  return true;
}

/** Whether session i needs a language that has no interpreter team at all: it can run nowhere. */
export function needsAbsentTeam(compiled: CompiledProblem, i: number): boolean {
  for (const l of compiled.teamLanguagesOf[i]!) if (compiled.teams[l] === 0) return true;
  return false;
}
