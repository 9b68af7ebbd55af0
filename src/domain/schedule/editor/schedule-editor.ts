import type { Actor } from '../../accounts/actor.js';
import { recordChange } from '../../audit/index.js';
import type { AppContext } from '../../context.js';
import { canManageEdition, canSeeEdition } from '../../edition/rules.js';
import { EditionService } from '../../edition/index.js';
import { conflict, forbidden, invalid, notFound } from '../../errors.js';
import type { LocalizedText } from '../../text/localized-text.js';
import { parseInput } from '../../validation.js';
import { changesSincePublication, type ScheduleChange } from './change-log.js';
import { loadEditorProgram, type EditionRow, type EditorProgram } from './editor-program.js';
import { publishVersion, type PublishedVersion } from './publish-version.js';
import { buildGrid, type GridSession, type ScheduleGrid } from './schedule-grid.js';
import { moveInputSchema, publishInputSchema, solveInputSchema, type SolveInput } from './schedule-schemas.js';
import { interpreterTeamLanguages, interpreterTeamsInputSchema, limitedLanguages, loadInterpreterTeams, saveInterpreterTeams, type InterpreterTeams } from './interpreter-teams.js';
import { loadScheduleWeights, saveScheduleWeights, weightsInputSchema } from './schedule-weights.js';
import { agendaShareCount } from '../interest/agenda-shares.js';
import type { SoftWeights } from '../solver/soft-goals.js';
import { SolveRuns, type SolveRunView } from './solve-runs.js';
import { saveWorkingPlacements } from './working-placements.js';

export interface ScheduleVersionView {
  id: string;
  number: number;
  name: string;
  publishedAt: string;
  publishedBy: string | null;
  sessions: number;
}

/**
 * The organisers' schedule editor for one edition: the grid with its live conflicts, moves, pins,
 * solving in a worker thread, and publication as named versions. Built for one actor and checked
 * at once: an edition the actor may not see does not exist (404), and only its organisers edit (403).
 *
 * @example
 *   const editor = await ScheduleEditor.open(context, actor, 'gsef-2018-bilbao');
 *   await editor.move(sessionId, { slotId, roomId });
 *   await editor.solve({ keepPins: true, stability: 1_000 });
 *   await editor.publish('Programme du 15 septembre');
 */
export class ScheduleEditor {
  private readonly runs: SolveRuns;

  constructor(
    private readonly context: AppContext,
    private readonly actor: Actor,
    private readonly edition: EditionRow,
  ) {
    if (!canSeeEdition(actor, edition)) throw notFound('edition');
    if (!canManageEdition(actor, edition.id)) throw forbidden('only the forum’s organisers edit its schedule');
    this.runs = new SolveRuns(context, actor, edition);
  }

  /** The editor of the edition behind `slug`. */
  static async open(context: AppContext, actor: Actor, slug: string): Promise<ScheduleEditor> {
    return new ScheduleEditor(context, actor, await new EditionService(context, actor).findVisible(slug));
  }

  async grid(): Promise<ScheduleGrid> {
    return buildGrid(await this.program(), this.context.storage.dialect.decodeJson<LocalizedText>(this.edition.name));
  }

  /** Puts a session in a slot and a room, or takes it out of the grid with `null`. A pin moves with it. */
  async move(sessionId: string, to: { slotId: string; roomId: string } | null): Promise<GridSession> {
    const input = parseInput(moveInputSchema, { sessionId, slotId: to?.slotId ?? null, roomId: to?.roomId ?? null });
    const program = await this.program();
    const session = this.sessionOf(program, input.sessionId);
    const problems = [
      ...(input.slotId !== null && !program.slots.some((slot) => slot.id === input.slotId) ? [{ path: 'slotId', message: 'no such time slot in this forum' }] : []),
      ...(input.roomId !== null && !program.rooms.some((room) => room.id === input.roomId) ? [{ path: 'roomId', message: 'no such room or platform in this forum' }] : []),
    ];
    if (problems.length > 0) throw invalid(problems);
    const before = session.placement;
    await this.context.storage.db.transaction().execute(async (transaction) => {
      await saveWorkingPlacements(transaction, this.context.clock, this.actor, this.edition.id,
        [{ sessionId: session.id, slotId: input.slotId, roomId: input.roomId, pinned: input.slotId !== null && session.pinned }]);
      await recordChange(transaction, this.context.clock, this.actor, {
        editionId: this.edition.id, action: 'update', entityType: 'schedule_placement', entityId: session.id, before, after: { slotId: input.slotId, roomId: input.roomId },
      });
    });
    return this.gridSession(session.id);
  }

  /** Keeps a placed session where it is when the schedule is solved again. */
  async pin(sessionId: string): Promise<GridSession> {
    return this.setPinned(sessionId, true);
  }

  async unpin(sessionId: string): Promise<GridSession> {
    return this.setPinned(sessionId, false);
  }

  /**
   * Solves in a worker thread and waits for it. `keepPins` leaves pinned sessions in place; `stability`
   * (soft penalty per moved session) makes a re-solve repair rather than rebuild.
   */
  async solve(options: SolveInput = {}): Promise<SolveRunView> {
    const { finished } = await this.runs.start(parseInput(solveInputSchema, options));
    return finished;
  }

  /** Starts solving and returns at once; read the run's progress with `solveRun`. */
  async startSolve(options: SolveInput = {}): Promise<SolveRunView> {
    const { run, finished } = await this.runs.start(parseInput(solveInputSchema, options));
    // Recorded in the run itself; nobody awaits a background run.
    finished.catch(() => undefined);
    return run;
  }

  async solveRun(runId: string): Promise<SolveRunView> {
    return this.runs.get(runId);
  }

  async latestSolveRun(): Promise<SolveRunView | null> {
    return this.runs.latest();
  }

  /** Stops a running solve; it keeps the best schedule found so far. */
  async cancelSolve(runId: string): Promise<SolveRunView> {
    return this.runs.cancel(runId);
  }

  /** The weights of the solver's soft goals for this edition (the solver's defaults until set). */
  async weights(): Promise<SoftWeights> {
    return loadScheduleWeights(this.context, this.edition.id);
  }

  /** How many readers share their starred sessions anonymously: the audience the solver can see. */
  async sharedAgendas(): Promise<number> {
    return agendaShareCount(this.context, this.edition.id);
  }

  /** Sets all five weights (numbers ≥ 0); bad input stores nothing and names the field. */
  async setWeights(input: unknown): Promise<SoftWeights> {
    const weights = parseInput(weightsInputSchema, input);
    const before = await this.weights();
    await this.context.storage.db.transaction().execute(async (transaction) => {
      await saveScheduleWeights(transaction, this.context.clock, this.actor, this.edition.id, weights);
      await recordChange(transaction, this.context.clock, this.actor, {
        editionId: this.edition.id, action: 'update', entityType: 'schedule_weights', entityId: this.edition.id, before, after: weights,
      });
    });
    return weights;
  }

  /** Interpreter teams per target language (`{ fr: 1 }`); a language left out is unlimited. */
  async interpreterTeams(): Promise<InterpreterTeams> {
    return loadInterpreterTeams(this.context.storage.db, this.edition.id);
  }

  /** The languages the teams form offers: the edition's, then those its rooms and sessions interpret into. */
  async interpreterTeamLanguages(): Promise<string[]> {
    const [program, teams] = await Promise.all([this.program(), this.interpreterTeams()]);
    const editionLanguages = this.context.storage.dialect.decodeJson<string[]>(this.edition.languages);
    const used = [...program.rooms.map((room) => room.interpretationLanguages), ...program.sessions.map((session) => session.interpretationLanguages)];
    return interpreterTeamLanguages(editionLanguages, used, teams);
  }

  /**
   * Replaces the edition's interpreter teams: ISO 639-1 codes to whole numbers 0–50; a language left
   * out or `null` becomes unlimited. Bad input stores nothing and names the field (the language).
   */
  async setInterpreterTeams(input: unknown): Promise<InterpreterTeams> {
    const teams = limitedLanguages(parseInput(interpreterTeamsInputSchema, input));
    const before = await this.interpreterTeams();
    await this.context.storage.db.transaction().execute(async (transaction) => {
      await saveInterpreterTeams(transaction, this.context.clock, this.actor, this.edition.id, teams);
      await recordChange(transaction, this.context.clock, this.actor, {
        editionId: this.edition.id, action: 'update', entityType: 'schedule_interpreter_teams', entityId: this.edition.id, before, after: teams,
      });
    });
    return teams;
  }

  /** Writes the working schedule to the program as a named version and tells the people of moved sessions. */
  async publish(name: string): Promise<PublishedVersion> {
    const input = parseInput(publishInputSchema, { name });
    return publishVersion(this.context, this.actor, await this.program(), input.name);
  }

  /** What moved, was placed or was taken out since the last publication. */
  async changesSincePublication(): Promise<ScheduleChange[]> {
    return changesSincePublication(await this.program());
  }

  async versions(): Promise<ScheduleVersionView[]> {
    const { db } = this.context.storage;
    const rows = await db
      .selectFrom('schedule_version')
      .leftJoin('user_account', 'user_account.id', 'schedule_version.published_by_user_id')
      .select((eb) => [
        'schedule_version.id', 'schedule_version.number', 'schedule_version.name', 'schedule_version.published_at', 'user_account.display_name',
        eb.selectFrom('schedule_version_placement').select((inner) => inner.fn.countAll<number>().as('count')).whereRef('schedule_version_placement.version_id', '=', 'schedule_version.id').as('sessions'),
      ])
      .where('schedule_version.edition_id', '=', this.edition.id)
      .orderBy('schedule_version.number', 'desc')
      .execute();
    return rows.map((row) => ({ id: row.id, number: row.number, name: row.name, publishedAt: row.published_at, publishedBy: row.display_name, sessions: Number(row.sessions ?? 0) }));
  }

  private async setPinned(sessionId: string, pinned: boolean): Promise<GridSession> {
    const program = await this.program();
    const session = this.sessionOf(program, sessionId);
    if (pinned && session.placement.state !== 'placed') throw conflict('place the session in a slot and a room before pinning it', 'sessionId');
    if (session.pinned === pinned) return this.gridSession(session.id);
    const at = session.placement.state === 'placed' ? session.placement : { slotId: null, roomId: null };
    await this.context.storage.db.transaction().execute(async (transaction) => {
      await saveWorkingPlacements(transaction, this.context.clock, this.actor, this.edition.id, [{ sessionId: session.id, slotId: at.slotId, roomId: at.roomId, pinned }]);
      await recordChange(transaction, this.context.clock, this.actor, {
        editionId: this.edition.id, action: 'update', entityType: 'schedule_pin', entityId: session.id, before: { pinned: session.pinned }, after: { pinned },
      });
    });
    return this.gridSession(session.id);
  }

  private program(): Promise<EditorProgram> {
    return loadEditorProgram(this.context, this.edition);
  }

  private sessionOf(program: EditorProgram, sessionId: string) {
    const session = program.sessions.find((candidate) => candidate.id === sessionId);
    if (!session) throw notFound('session');
    return session;
  }

  private async gridSession(sessionId: string): Promise<GridSession> {
    return (await this.grid()).sessions.find((session) => session.id === sessionId)!;
  }
}
