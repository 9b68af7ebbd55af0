import type { Db } from '../../../db/database.js';
import { formatDay, formatTimeRange } from '../../../i18n/time.js';
import type { AppContext } from '../../context.js';
import { mailLanguageFor, type MailLanguage, type MailParams } from '../../mail/index.js';
import { readLocalized, type LocalizedText } from '../../text/localized-text.js';
import { unscheduledWords } from '../mail/session-moved.js';
import type { PlacementWhere, ScheduleChange } from './change-log.js';
import type { EditorProgram } from './editor-program.js';

export interface MovedSessionMail {
  sessionId: string;
  recipient: string;
  locale: MailLanguage;
  params: MailParams<'session-moved'>;
}

/**
 * One mail per person of each public session that moved or left the schedule, in their language: the
 * language of their account, else the session's. People without an address are skipped.
 *
 * @example
 *   for (const mail of await movedSessionMails(context, db, program, changes)) await queueMail(db, clock, { ...mail, template: 'session-moved' });
 */
export async function movedSessionMails(context: AppContext, db: Db, program: EditorProgram, changes: ScheduleChange[]): Promise<MovedSessionMail[]> {
  const told = changes.filter((change) => change.wasPublic && change.kind !== 'placed');
  const sessions = new Map(program.sessions.map((session) => [session.id, session]));
  const personIds = [...new Set(told.flatMap((change) => sessions.get(change.sessionId)!.people.map((person) => person.personId)))];
  if (personIds.length === 0) return [];
  const [people, accounts] = await Promise.all([
    db.selectFrom('person').select(['id', 'name', 'email']).where('id', 'in', personIds).execute(),
    db.selectFrom('user_account').select(['person_id', 'email', 'locale']).where('person_id', 'in', personIds).orderBy('created_at').execute(),
  ]);
  const personOf = new Map(people.map((person) => [person.id, person]));
  const accountOf = new Map(accounts.map((account) => [account.person_id!, account]));
  const rooms = new Map(program.rooms.map((room) => [room.id, room.name]));
  const forum = context.storage.dialect.decodeJson<LocalizedText>(program.edition.name);
  const zone = program.edition.time_zone;
  const mails: MovedSessionMail[] = [];
  for (const change of told) {
    const session = sessions.get(change.sessionId)!;
    const sent = new Set<string>();
    for (const { personId } of session.people) {
      const person = personOf.get(personId);
      const account = accountOf.get(personId);
      const recipient = person?.email ?? account?.email;
      if (!person || !recipient || sent.has(recipient.toLowerCase())) continue;
      sent.add(recipient.toLowerCase());
      const locale = mailLanguageFor(account?.locale ?? session.language);
      const describe = (where: PlacementWhere | null) => (where ? describeWhere(where, rooms, zone, locale) : unscheduledWords[locale]);
      mails.push({
        sessionId: session.id, recipient, locale,
        params: {
          displayName: person.name, title: readLocalized(session.title, locale).value, forum: readLocalized(forum, locale).value,
          before: describe(change.from), after: describe(change.to), url: `${context.config.publicUrl}/editions/${program.edition.slug}/sessions/${session.id}`,
        },
      });
    }
  }
  return mails;
}

/** "lundi 1 octobre 2018, 09:30–11:00 (Europe/Madrid), Sala 1" */
function describeWhere(where: PlacementWhere, rooms: Map<string, LocalizedText>, zone: string, locale: MailLanguage): string {
  const time = where.endsAt
    ? formatTimeRange(where.startsAt, where.endsAt, zone, locale)
    : new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: zone }).format(new Date(where.startsAt));
  const room = where.roomId ? rooms.get(where.roomId) : undefined;
  return `${formatDay(where.startsAt, zone, locale)}, ${time} (${zone})${room ? `, ${readLocalized(room, locale).value}` : ''}`;
}
