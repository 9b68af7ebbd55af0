import { instant } from '../../../db/clock.js';
import { newId } from '../../../db/ids.js';
import type { Actor } from '../../accounts/actor.js';
import { recordChange } from '../../audit/index.js';
import type { AppContext } from '../../context.js';
import { queueMail } from '../../mail/index.js';
import { changesSincePublication, publishedWhere, workingWhere, type ScheduleChange } from './change-log.js';
import type { EditorProgram } from './editor-program.js';
import { movedSessionMails } from './moved-session-mails.js';

export interface PublishedVersion {
  id: string;
  number: number;
  name: string;
  publishedAt: string;
  /** What changed since the previous publication. */
  changes: ScheduleChange[];
  /** Sessions the public program now shows in the grid. */
  sessionsPublished: number;
  mailsQueued: number;
}

/**
 * Freezes the editor's schedule as a named version: the sessions' own times and rooms are written
 * from their slots, every session placed in the grid is published, a snapshot is kept, and the
 * people of each public session that moved are told, each in their language. All or nothing.
 *
 * @example
 *   const version = await publishVersion(context, actor, await loadEditorProgram(context, edition), 'Programme du 15 septembre');
 */
export async function publishVersion(context: AppContext, actor: Actor, program: EditorProgram, name: string): Promise<PublishedVersion> {
  const { db } = context.storage;
  const editionId = program.edition.id;
  const now = instant(context.clock.now());
  const changes = changesSincePublication(program);
  const id = newId();
  let sessionsPublished = 0;
  let mailsQueued = 0;
  let number = 0;
  await db.transaction().execute(async (transaction) => {
    const last = await transaction.selectFrom('schedule_version').select((eb) => eb.fn.max('number').as('number')).where('edition_id', '=', editionId).executeTakeFirst();
    number = Number(last?.number ?? 0) + 1;
    await transaction.insertInto('schedule_version').values({ id, edition_id: editionId, number, name, published_at: now, published_by_user_id: actor.user?.id ?? null }).execute();
    const snapshot: { version_id: string; session_id: string; slot_id: string | null; venue_id: string | null; starts_at: string; ends_at: string | null }[] = [];
    for (const session of program.sessions) {
      const from = publishedWhere(session);
      // Only what the editor placed is rewritten from its slot; a session it never touched keeps its own times.
      const to = session.hasWorkingPlacement ? workingWhere(program, session) : from;
      if (to) snapshot.push({ version_id: id, session_id: session.id, slot_id: to.slotId, venue_id: to.roomId, starts_at: to.startsAt, ends_at: to.endsAt });
      if (session.placement.state === 'placed') sessionsPublished++;
      const status = session.placement.state === 'placed' ? 'published' : session.status;
      const moved = from?.slotId !== to?.slotId || from?.roomId !== to?.roomId || from?.startsAt !== to?.startsAt || from?.endsAt !== to?.endsAt;
      if (!moved && status === session.status) continue;
      await transaction
        .updateTable('session')
        .set({ slot_id: to?.slotId ?? null, venue_id: to?.roomId ?? null, starts_at: to?.startsAt ?? null, ends_at: to?.endsAt ?? null, status, updated_at: now })
        .where('id', '=', session.id)
        .execute();
    }
    if (snapshot.length > 0) {
      for (let at = 0; at < snapshot.length; at += 200) await transaction.insertInto('schedule_version_placement').values(snapshot.slice(at, at + 200)).execute();
    }
    // Published now: the session's own columns say the same, so only pins need a working row.
    await transaction.deleteFrom('schedule_placement').where('edition_id', '=', editionId).where('pinned', '=', false).execute();
    for (const mail of await movedSessionMails(context, transaction, program, changes)) {
      await queueMail(transaction, context.clock, { recipient: mail.recipient, locale: mail.locale, template: 'session-moved', params: mail.params });
      mailsQueued++;
    }
    await recordChange(transaction, context.clock, actor, {
      editionId, action: 'create', entityType: 'schedule_version', entityId: id, before: null,
      after: { number, name, changes: changes.length, sessionsPublished, mailsQueued },
    });
  });
  return { id, number, name, publishedAt: now, changes, sessionsPublished, mailsQueued };
}
