import type { Selectable } from 'kysely';
import { instant } from '../../../db/clock.js';
import { encodeJson } from '../../../db/database.js';
import { newId } from '../../../db/ids.js';
import type { Actor } from '../../accounts/actor.js';
import { recordChange } from '../../audit/index.js';
import type { AppContext } from '../../context.js';
import { conflict, notFound } from '../../errors.js';
import { audienceInterest } from '../interest/agenda-shares.js';
import type { HardKind } from '../solver/hard-constraints.js';
import type { ForumProblem } from '../solver/model.js';
import type { ScheduleSolveRunTable, SolveRunStatus } from '../tables.js';
import { loadEditorProgram, type EditionRow } from './editor-program.js';
import { findConflicts } from './find-conflicts.js';
import { toForumProblem } from './forum-problem.js';
import type { SolveOptions } from './schedule-schemas.js';
import { loadScheduleWeights } from './schedule-weights.js';
import { solveInWorker, type WorkerSolveResult } from './solve-in-worker.js';
import { saveWorkingPlacements } from './working-placements.js';

export interface SolveRunProgress {
  elapsedMs: number;
  iterations: number;
  bestHard: number;
  bestSoft: number;
}

export interface SolveRunOutcome {
  /** Whether the result became the working schedule. */
  applied: boolean;
  /** Why not, when it did not: `worse` (more hard violations than before), `changed` (edited meanwhile). */
  notAppliedBecause?: 'worse' | 'changed';
  moved: number;
  hard: number;
  hardByKind: Record<HardKind, number>;
  soft: number | null;
  before: { hard: number; unassigned: number };
  elapsedMs: number;
  firstFeasibleMs: number | null;
  iterations: number;
  stoppedBy: WorkerSolveResult['stoppedBy'];
}

export interface SolveRunView {
  id: string;
  status: SolveRunStatus;
  keepPins: boolean;
  stability: number;
  timeLimitMs: number;
  seed: number;
  cancelRequested: boolean;
  startedAt: string;
  finishedAt: string | null;
  progress: SolveRunProgress | null;
  outcome: SolveRunOutcome | null;
  /** Why a failed run failed. */
  error: string | null;
}

/** A run still "running" this long after its time limit died with its process. */
const lostAfterMs = 120_000;
/** Progress reaches the database at most this often; cancellation is read back at the same pace. */
const progressWriteEveryMs = 400;
/** Runs of this process, so a stop asked here is felt at once rather than at the next progress write. */
const localRuns = new Map<string, AbortController>();

type RunRow = Selectable<ScheduleSolveRunTable>;

/**
 * Solver runs of one edition, recorded so that any app process can show their progress and stop them.
 * A run solves in a worker thread, then makes its result the working schedule unless it is worse than
 * what stood before or the schedule was edited meanwhile.
 */
export class SolveRuns {
  constructor(
    private readonly context: AppContext,
    private readonly actor: Actor,
    private readonly edition: EditionRow,
  ) {}

  /** Starts a run and returns at once; `finished` settles when the run has ended and been recorded. */
  async start(options: SolveOptions): Promise<{ run: SolveRunView; finished: Promise<SolveRunView> }> {
    const { db } = this.context.storage;
    const running = (await db.selectFrom('schedule_solve_run').selectAll().where('edition_id', '=', this.edition.id).where('status', '=', 'running').execute())
      .filter((row) => !this.isLost(row));
    if (running.length > 0) throw conflict('a solve is already running for this forum: wait for it or stop it', 'solve');
    const id = newId();
    await db.insertInto('schedule_solve_run').values({
      id, edition_id: this.edition.id, status: 'running', keep_pins: options.keepPins, stability: options.stability, time_limit_ms: options.timeLimitMs,
      seed: options.seed, cancel_requested: false, progress: null, outcome: null, started_at: instant(this.context.clock.now()), finished_at: null,
      started_by_user_id: this.actor.user?.id ?? null,
    }).execute();
    const run = await this.get(id);
    const finished = this.execute(run, options).then(() => this.get(id));
    return { run, finished };
  }

  async get(runId: string): Promise<SolveRunView> {
    const row = await this.context.storage.db.selectFrom('schedule_solve_run').selectAll().where('id', '=', runId).where('edition_id', '=', this.edition.id).executeTakeFirst();
    if (!row) throw notFound('solve run');
    return this.toView(row);
  }

  async latest(): Promise<SolveRunView | null> {
    const row = await this.context.storage.db.selectFrom('schedule_solve_run').selectAll().where('edition_id', '=', this.edition.id)
      .orderBy('started_at', 'desc').orderBy('id', 'desc').limit(1).executeTakeFirst();
    return row ? this.toView(row) : null;
  }

  /** Asks a running solve to stop; it keeps the best schedule found so far. */
  async cancel(runId: string): Promise<SolveRunView> {
    const run = await this.get(runId);
    if (run.status !== 'running') return run;
    await this.context.storage.db.updateTable('schedule_solve_run').set({ cancel_requested: true }).where('id', '=', runId).execute();
    localRuns.get(runId)?.abort();
    return this.get(runId);
  }

  private async execute(run: SolveRunView, options: SolveOptions): Promise<void> {
    const { db } = this.context.storage;
    const controller = new AbortController();
    localRuns.set(run.id, controller);
    let lastWrite = 0;
    let writing: Promise<unknown> = Promise.resolve();
    try {
      const program = await loadEditorProgram(this.context, this.edition);
      const editorProblem = toForumProblem(program, { keepPins: options.keepPins });
      editorProblem.problem.interest = onlyGridSessions(await audienceInterest(this.context, this.edition.id), editorProblem.problem);
      const before = findConflicts(editorProblem);
      const unassigned = editorProblem.problem.sessions.length - editorProblem.placements.length;
      const weights = await loadScheduleWeights(this.context, this.edition.id);
      const result = await solveInWorker(editorProblem.problem, editorProblem.placements, {
        weights, stability: options.stability, timeLimitMs: options.timeLimitMs, seed: options.seed, signal: controller.signal,
        ...(options.iterationLimit ? { iterationLimit: options.iterationLimit } : {}),
        onProgress: (progress) => {
          if (progress.elapsedMs - lastWrite < progressWriteEveryMs) return;
          lastWrite = progress.elapsedMs;
          const saved: SolveRunProgress = { elapsedMs: Math.round(progress.elapsedMs), iterations: progress.iterations, bestHard: progress.bestHard, bestSoft: progress.bestSoft };
          writing = writing.then(async () => {
            await db.updateTable('schedule_solve_run').set({ progress: encodeJson(saved) }).where('id', '=', run.id).execute();
            const row = await db.selectFrom('schedule_solve_run').select('cancel_requested').where('id', '=', run.id).executeTakeFirst();
            if (row && this.context.storage.dialect.decodeBoolean(row.cancel_requested)) controller.abort();
          }).catch(() => undefined);
        },
      });
      await writing;
      const current = new Map(editorProblem.placements.map((placement) => [placement.sessionId, placement]));
      const moves = result.placements.filter((placement) => {
        const was = current.get(placement.sessionId);
        return !was || was.slotId !== placement.slotId || was.roomId !== placement.roomId;
      });
      const worse = unassigned === 0 && result.hard.total > before.total;
      const editedMeanwhile = await db.selectFrom('schedule_placement').select('session_id').where('edition_id', '=', this.edition.id)
        .where('updated_at', '>', run.startedAt).limit(1).executeTakeFirst();
      const notAppliedBecause = worse ? 'worse' : editedMeanwhile ? 'changed' : undefined;
      const outcome: SolveRunOutcome = {
        applied: notAppliedBecause === undefined, ...(notAppliedBecause ? { notAppliedBecause } : {}), moved: notAppliedBecause ? 0 : moves.length,
        hard: result.hard.total, hardByKind: result.hard.byKind, soft: result.soft, before: { hard: before.total, unassigned },
        elapsedMs: Math.round(result.elapsedMs), firstFeasibleMs: result.firstFeasibleMs === null ? null : Math.round(result.firstFeasibleMs),
        iterations: result.iterations, stoppedBy: result.stoppedBy,
      };
      const pinned = new Set(program.sessions.filter((session) => session.pinned).map((session) => session.id));
      await db.transaction().execute(async (transaction) => {
        if (outcome.applied && moves.length > 0) {
          await saveWorkingPlacements(transaction, this.context.clock, this.actor, this.edition.id,
            moves.map((placement) => ({ sessionId: placement.sessionId, slotId: placement.slotId, roomId: placement.roomId, pinned: pinned.has(placement.sessionId) })));
          await recordChange(transaction, this.context.clock, this.actor, {
            editionId: this.edition.id, action: 'update', entityType: 'schedule_solve_run', entityId: run.id, before: null, after: { moved: moves.length, hard: outcome.hard },
          });
        }
        await transaction.updateTable('schedule_solve_run').set({
          status: result.stoppedBy === 'abort' ? 'cancelled' : 'done', outcome: encodeJson(outcome), finished_at: instant(this.context.clock.now()),
        }).where('id', '=', run.id).execute();
      });
    } catch (error) {
      await writing;
      const message = error instanceof Error ? error.message : String(error);
      await db.updateTable('schedule_solve_run').set({ status: 'failed', outcome: encodeJson({ error: message }), finished_at: instant(this.context.clock.now()) })
        .where('id', '=', run.id).execute().catch(() => undefined);
    } finally {
      localRuns.delete(run.id);
    }
  }

  private isLost(row: RunRow): boolean {
    return row.status === 'running' && Date.parse(row.started_at) + row.time_limit_ms + lostAfterMs < this.context.clock.now().getTime();
  }

  private toView(row: RunRow): SolveRunView {
    const { dialect } = this.context.storage;
    const lost = this.isLost(row);
    const stored = dialect.decodeJson<SolveRunOutcome | { error: string } | null>(row.outcome);
    const outcome = stored !== null && 'applied' in stored ? stored : null;
    const error = lost ? 'the process running this solve stopped' : stored !== null && 'error' in stored ? stored.error : null;
    return {
      id: row.id, status: lost ? 'failed' : row.status, keepPins: dialect.decodeBoolean(row.keep_pins), stability: row.stability, timeLimitMs: row.time_limit_ms, seed: row.seed,
      cancelRequested: dialect.decodeBoolean(row.cancel_requested), startedAt: row.started_at, finishedAt: row.finished_at,
      progress: dialect.decodeJson<SolveRunProgress | null>(row.progress), outcome, error,
    };
  }
}

/** Readers' agendas as the solver reads them, keeping only the sessions it places. */
function onlyGridSessions(interest: NonNullable<ForumProblem['interest']>, problem: ForumProblem): NonNullable<ForumProblem['interest']> {
  const placed = new Set(problem.sessions.map((session) => session.id));
  return interest.map((entry) => ({ ...entry, sessionIds: entry.sessionIds.filter((id) => placed.has(id)) })).filter((entry) => entry.sessionIds.length > 0);
}
