import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import {
  conflictMessage, gridNames, interpreterTeamsInputSchema, interpreterTeamsSchema, moveInputSchema, pinInputSchema, publishInputSchema, ScheduleEditor, solveInputSchema, weightsInputSchema, type GridSession, type ScheduleGrid,
} from '../../domain/schedule/editor/index.js';
import type { Translator } from '../../i18n/index.js';
import type { AppEnv } from '../http/app-env.js';
import type { ApiApp } from './api-app.js';
import { errorResponses, jsonBody, jsonResponse, slugParams } from './shared-schemas.js';

const tags = ['Schedule'];
const anyJson = (description: string) => jsonResponse(description, z.any());
const runParams = slugParams.extend({ runId: z.string().min(1).max(40) });

function editorOf(c: Context<AppEnv>): Promise<ScheduleEditor> {
  return ScheduleEditor.open(c.get('app'), c.get('actor'), c.req.param('slug')!);
}

/** Each conflict with its words in the reader's language, beside its ids. */
function withMessages(t: Translator, grid: ScheduleGrid, sessions: GridSession[]) {
  const names = gridNames(grid, t.locale);
  return sessions.map((session) => ({ ...session, conflicts: session.conflicts.map((conflict) => ({ ...conflict, message: conflictMessage(t, names, conflict) })) }));
}

async function sessionAnswer(c: Context<AppEnv>, editor: ScheduleEditor, session: GridSession) {
  const grid = await editor.grid();
  return { session: withMessages(c.get('t'), grid, [session])[0], conflicts: grid.conflicts };
}

/** The organisers' schedule editor over JSON: the same rights and rules as its pages. */
export function registerScheduleRoutes(api: ApiApp): void {
  api.openapi(
    createRoute({ method: 'get', path: '/editions/{slug}/schedule', tags, summary: 'The working schedule: days × slots × rooms, every session with its live conflicts (organisers)', request: { params: slugParams }, responses: { 200: anyJson('The grid'), ...errorResponses } }),
    async (c) => {
      const grid = await (await editorOf(c)).grid();
      return c.json({ ...grid, sessions: withMessages(c.get('t'), grid, grid.sessions) }, 200);
    },
  );
  api.openapi(
    createRoute({ method: 'post', path: '/editions/{slug}/schedule/moves', tags, summary: 'Put a session in a slot and a room, or out of the grid with nulls (organisers)', request: { params: slugParams, body: jsonBody(moveInputSchema) }, responses: { 200: anyJson('The session where it now stands, and the schedule’s conflicts'), ...errorResponses } }),
    async (c) => {
      const editor = await editorOf(c);
      const { sessionId, slotId, roomId } = c.req.valid('json');
      return c.json(await sessionAnswer(c, editor, await editor.move(sessionId, slotId && roomId ? { slotId, roomId } : null)), 200);
    },
  );
  api.openapi(
    createRoute({ method: 'post', path: '/editions/{slug}/schedule/pins', tags, summary: 'Pin a placed session where it is, or unpin it (organisers)', request: { params: slugParams, body: jsonBody(pinInputSchema) }, responses: { 200: anyJson('The session'), ...errorResponses } }),
    async (c) => {
      const editor = await editorOf(c);
      const { sessionId, pinned } = c.req.valid('json');
      return c.json(await sessionAnswer(c, editor, pinned ? await editor.pin(sessionId) : await editor.unpin(sessionId)), 200);
    },
  );
  api.openapi(
    createRoute({ method: 'post', path: '/editions/{slug}/schedule/solve', tags, summary: 'Start solving in the background; stability > 0 re-solves moving as few sessions as possible (organisers)', request: { params: slugParams, body: jsonBody(solveInputSchema) }, responses: { 202: anyJson('The run, still running: poll its status'), ...errorResponses } }),
    async (c) => c.json(await (await editorOf(c)).startSolve(c.req.valid('json')), 202),
  );
  api.openapi(
    createRoute({ method: 'get', path: '/editions/{slug}/schedule/solve/{runId}', tags, summary: 'A solve’s progress and outcome (organisers)', request: { params: runParams }, responses: { 200: anyJson('The run'), ...errorResponses } }),
    async (c) => c.json(await (await editorOf(c)).solveRun(c.req.valid('param').runId), 200),
  );
  api.openapi(
    createRoute({ method: 'post', path: '/editions/{slug}/schedule/solve/{runId}/cancel', tags, summary: 'Stop a solve, keeping the best schedule so far (organisers)', request: { params: runParams }, responses: { 200: anyJson('The run'), ...errorResponses } }),
    async (c) => c.json(await (await editorOf(c)).cancelSolve(c.req.valid('param').runId), 200),
  );
  api.openapi(
    createRoute({ method: 'get', path: '/editions/{slug}/schedule/versions', tags, summary: 'Published versions, newest first (organisers)', request: { params: slugParams }, responses: { 200: anyJson('Versions'), ...errorResponses } }),
    async (c) => c.json(await (await editorOf(c)).versions(), 200),
  );
  api.openapi(
    createRoute({ method: 'post', path: '/editions/{slug}/schedule/versions', tags, summary: 'Publish the working schedule as a named version; mails the people of moved sessions (organisers)', request: { params: slugParams, body: jsonBody(publishInputSchema) }, responses: { 201: anyJson('The version'), ...errorResponses } }),
    async (c) => c.json(await (await editorOf(c)).publish(c.req.valid('json').name), 201),
  );
  api.openapi(
    createRoute({ method: 'get', path: '/editions/{slug}/schedule/weights', tags, summary: 'The weights of the solver’s soft goals (organisers)', request: { params: slugParams }, responses: { 200: jsonResponse('The weights', weightsInputSchema), ...errorResponses } }),
    async (c) => c.json(await (await editorOf(c)).weights(), 200),
  );
  api.openapi(
    createRoute({ method: 'put', path: '/editions/{slug}/schedule/weights', tags, summary: 'Set the weights of the solver’s soft goals, each a number ≥ 0; solving uses them (organisers)', request: { params: slugParams, body: jsonBody(weightsInputSchema) }, responses: { 200: jsonResponse('The weights', weightsInputSchema), ...errorResponses } }),
    async (c) => c.json(await (await editorOf(c)).setWeights(c.req.valid('json')), 200),
  );
  api.openapi(
    createRoute({ method: 'get', path: '/editions/{slug}/schedule/interpreter-teams', tags, summary: 'Interpreter teams per target language; a language left out is unlimited (organisers)', request: { params: slugParams }, responses: { 200: jsonResponse('Teams by ISO 639-1 language code', interpreterTeamsSchema), ...errorResponses } }),
    async (c) => c.json(await (await editorOf(c)).interpreterTeams(), 200),
  );
  api.openapi(
    createRoute({ method: 'put', path: '/editions/{slug}/schedule/interpreter-teams', tags, summary: 'Replace the interpreter teams: ISO 639-1 code → whole number 0–50; null or left out is unlimited; conflicts and solving count them (organisers)', request: { params: slugParams, body: jsonBody(interpreterTeamsInputSchema) }, responses: { 200: jsonResponse('Teams by ISO 639-1 language code', interpreterTeamsSchema), ...errorResponses } }),
    async (c) => c.json(await (await editorOf(c)).setInterpreterTeams(c.req.valid('json')), 200),
  );
  api.openapi(
    createRoute({ method: 'get', path: '/editions/{slug}/schedule/changes', tags, summary: 'What moved since the last publication (organisers)', request: { params: slugParams }, responses: { 200: anyJson('Changes'), ...errorResponses } }),
    async (c) => c.json(await (await editorOf(c)).changesSincePublication(), 200),
  );
}
