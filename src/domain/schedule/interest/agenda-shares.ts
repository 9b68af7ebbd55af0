import { createHash } from 'node:crypto';
import { z } from 'zod';
import { encodeJson } from '../../../db/database.js';
import { newId } from '../../../db/ids.js';
import { isTimeZone } from '../../../i18n/time.js';
import type { AppContext } from '../../context.js';
import { invalid, notFound, type FieldProblem } from '../../errors.js';
import type { ForumProblem } from '../solver/model.js';

/** A reader stars at most this many sessions worth sharing; more is not an agenda. */
export const maxSharedSessions = 300;

export const agendaShareSchema = z.object({
  /** Made by the browser (random, kept in its storage): lets it replace or withdraw its own share. */
  token: z.string().regex(/^[A-Za-z0-9_-]{20,64}$/, 'must be 20 to 64 letters, digits, - or _'),
  /** The starred sessions; an empty list withdraws the share. */
  sessionIds: z.array(z.string().min(1).max(64)).max(maxSharedSessions),
  /** The browser's IANA zone. */
  timeZone: z.string().max(64).nullable().optional(),
});
export type AgendaShareInput = z.infer<typeof agendaShareSchema>;

export interface AgendaShareOutcome {
  /** How many sessions are shared now; 0 when withdrawn. */
  shared: number;
}

const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * Keeps (or replaces, or withdraws) one reader's anonymous agenda for a published forum. Only
 * published sessions of that forum may be named; a refused share leaves the stored one as it was.
 */
export async function shareAgenda(context: AppContext, editionSlug: string, input: AgendaShareInput): Promise<AgendaShareOutcome> {
  const { db } = context.storage;
  const edition = await db.selectFrom('edition').select('id').where('slug', '=', editionSlug).where('status', '=', 'published').executeTakeFirst();
  if (!edition) throw notFound('forum');
  const sessionIds = [...new Set(input.sessionIds)];
  const problems: FieldProblem[] = [];
  if (input.timeZone != null && !isTimeZone(input.timeZone)) problems.push({ path: 'timeZone', message: `"${input.timeZone}" is not an IANA time zone` });
  const published = sessionIds.length === 0 ? new Set<string>() : new Set((await db.selectFrom('session').select('id')
    .where('edition_id', '=', edition.id).where('status', '=', 'published').where('id', 'in', sessionIds).execute()).map((row) => row.id));
  input.sessionIds.forEach((id, index) => {
    if (!published.has(id)) problems.push({ path: `sessionIds.${index}`, message: 'is not a published session of this forum' });
  });
  if (problems.length > 0) throw invalid(problems);
  const hash = tokenHash(input.token);
  const now = context.clock.now().toISOString();
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('agenda_share').where('edition_id', '=', edition.id).where('token_hash', '=', hash).execute();
    if (sessionIds.length === 0) return;
    await trx.insertInto('agenda_share').values({
      id: newId(), edition_id: edition.id, token_hash: hash, session_ids: encodeJson(sessionIds.sort()), time_zone: input.timeZone ?? null, updated_at: now,
    }).execute();
  });
  return { shared: sessionIds.length };
}

/**
 * The shared agendas of a forum as the solver reads them: identical agendas from the same zone are
 * one entry with a count. Sessions no longer published are left out.
 */
export async function audienceInterest(context: AppContext, editionId: string): Promise<NonNullable<ForumProblem['interest']>> {
  const { db, dialect } = context.storage;
  const rows = await db.selectFrom('agenda_share').select(['session_ids', 'time_zone']).where('edition_id', '=', editionId).execute();
  const published = new Set((await db.selectFrom('session').select('id').where('edition_id', '=', editionId).where('status', '=', 'published').execute()).map((row) => row.id));
  const grouped = new Map<string, { sessionIds: string[]; count: number; timeZone?: string }>();
  for (const row of rows) {
    const sessionIds = dialect.decodeJson<string[]>(row.session_ids).filter((id) => published.has(id));
    if (sessionIds.length === 0) continue;
    const key = `${row.time_zone ?? ''}|${sessionIds.join(',')}`;
    const entry = grouped.get(key);
    if (entry) entry.count += 1;
    else grouped.set(key, { sessionIds, count: 1, ...(row.time_zone ? { timeZone: row.time_zone } : {}) });
  }
  return [...grouped.values()];
}

/** How many readers share their agenda with the organisers of this forum. */
export async function agendaShareCount(context: AppContext, editionId: string): Promise<number> {
  const row = await context.storage.db.selectFrom('agenda_share').select(({ fn }) => fn.countAll<number | string>().as('n')).where('edition_id', '=', editionId).executeTakeFirstOrThrow();
  return Number(row.n);
}
