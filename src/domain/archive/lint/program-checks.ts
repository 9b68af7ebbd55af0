import { DateTime } from 'luxon';
import type { Db } from '../../../db/database.js';
import type { DatabaseDialect } from '../../../db/dialect/index.js';
import type { LocalizedText } from '../../text/localized-text.js';
import { httpUrlSchema } from '../../validation.js';
import { foldKey } from '../import/text-values.js';
import type { LintFinding } from './lint-finding.js';

const titleOf = (dialect: DatabaseDialect, raw: unknown) => {
  const text = dialect.decodeJson<LocalizedText | null>(raw);
  return text ? (text.text[text.original] ?? '') : '';
};

const entity = (kind: string, id: string, label: string) => ({ kind: 'entity' as const, entity: kind, id, label });

/** What the stored program of an edition gets wrong, whatever documents it came from. */
export async function checkStoredProgram(db: Db, dialect: DatabaseDialect, editionId: string): Promise<LintFinding[]> {
  return [
    ...(await checkPeople(db, dialect, editionId)),
    ...(await checkPresentations(db, dialect, editionId)),
    ...(await checkInitiatives(db, dialect, editionId)),
    ...(await checkDocuments(db, dialect, editionId)),
    ...(await checkDates(db, dialect, editionId)),
  ];
}

/** Imported sessions are written as documents state them; one outside the forum's days is a typing slip somewhere. */
async function checkDates(db: Db, dialect: DatabaseDialect, editionId: string): Promise<LintFinding[]> {
  const edition = await db.selectFrom('edition').select(['starts_on', 'ends_on', 'time_zone']).where('id', '=', editionId).executeTakeFirstOrThrow();
  const sessions = await db.selectFrom('session').select(['id', 'title', 'starts_at']).where('edition_id', '=', editionId).where('starts_at', 'is not', null).orderBy('starts_at').execute();
  return sessions.flatMap((session) => {
    const date = DateTime.fromISO(session.starts_at!, { zone: edition.time_zone }).toISODate()!;
    if (date >= edition.starts_on && date <= edition.ends_on) return [];
    const title = titleOf(dialect, session.title);
    return [{ severity: 'warning' as const, code: 'session_outside_dates' as const, where: entity('session', session.id, title), params: { session: title, date, start: edition.starts_on, end: edition.ends_on } }];
  });
}

async function checkPeople(db: Db, dialect: DatabaseDialect, editionId: string): Promise<LintFinding[]> {
  const findings: LintFinding[] = [];
  const roles = await db.selectFrom('session_person_role').innerJoin('session', 'session.id', 'session_person_role.session_id')
    .innerJoin('person', 'person.id', 'session_person_role.person_id')
    .select(['session.id as session_id', 'session.title', 'session.starts_at', 'session.ends_at', 'session.edition_id', 'person.id as person_id', 'person.name', 'person.bio', 'session_person_role.role', 'session_person_role.status'])
    .where('session_person_role.person_id', 'in', db.selectFrom('session_person_role').innerJoin('session', 'session.id', 'session_person_role.session_id').select('session_person_role.person_id').where('session.edition_id', '=', editionId))
    .orderBy('person.id').orderBy('session.starts_at').execute();
  const byPerson = new Map<string, typeof roles>();
  for (const role of roles) byPerson.set(role.person_id, [...(byPerson.get(role.person_id) ?? []), role]);
  for (const [personId, personRoles] of byPerson) {
    const timed = [...new Map(personRoles.filter((role) => role.starts_at && role.ends_at).map((role) => [role.session_id, role])).values()];
    for (let i = 0; i < timed.length; i++) {
      for (let j = i + 1; j < timed.length; j++) {
        const [a, b] = [timed[i]!, timed[j]!];
        if ((a.edition_id !== editionId && b.edition_id !== editionId) || !(a.starts_at! < b.ends_at! && b.starts_at! < a.ends_at!)) continue;
        findings.push({
          severity: 'error', code: 'person_double_booked', where: entity('person', personId, a.name),
          params: { person: a.name, first: titleOf(dialect, a.title), second: titleOf(dialect, b.title) },
        });
      }
    }
    const inEdition = personRoles.find((role) => role.edition_id === editionId && role.role !== 'organiser');
    if (inEdition && !dialect.decodeJson<LocalizedText | null>(inEdition.bio)) {
      findings.push({ severity: 'info', code: 'missing_bio', where: entity('person', personId, inEdition.name), params: { person: inEdition.name } });
    }
  }
  const presenters = await db.selectFrom('initiative_presenter').innerJoin('initiative', 'initiative.id', 'initiative_presenter.initiative_id')
    .innerJoin('person', 'person.id', 'initiative_presenter.person_id').select(['person.id', 'person.name', 'person.bio'])
    .where('initiative.edition_id', '=', editionId).orderBy('person.id').execute();
  for (const presenter of presenters) {
    if (byPerson.has(presenter.id) || dialect.decodeJson<LocalizedText | null>(presenter.bio)) continue;
    byPerson.set(presenter.id, []);
    findings.push({ severity: 'info', code: 'missing_bio', where: entity('person', presenter.id, presenter.name), params: { person: presenter.name } });
  }
  const speakersBySession = new Map<string, typeof roles>();
  for (const role of roles) {
    if (role.edition_id === editionId && role.role === 'speaker') speakersBySession.set(role.session_id, [...(speakersBySession.get(role.session_id) ?? []), role]);
  }
  for (const [sessionId, speakers] of speakersBySession) {
    if (speakers.every((speaker) => speaker.status === 'to_be_confirmed')) {
      const title = titleOf(dialect, speakers[0]!.title);
      findings.push({ severity: 'warning', code: 'all_speakers_unconfirmed', where: entity('session', sessionId, title), params: { session: title } });
    }
  }
  return findings;
}

async function checkPresentations(db: Db, dialect: DatabaseDialect, editionId: string): Promise<LintFinding[]> {
  const rows = await db.selectFrom('presentation').innerJoin('session', 'session.id', 'presentation.session_id')
    .leftJoin('person', 'person.id', 'presentation.person_id')
    .select(['presentation.id', 'presentation.title', 'presentation.description', 'presentation.person_id', 'person.name', 'session.id as session_id', 'session.title as session_title'])
    .where('session.edition_id', '=', editionId).orderBy('presentation.id').execute();
  const findings: LintFinding[] = [];
  const seen = new Map<string, (typeof rows)[number]>();
  for (const row of rows) {
    const texts = [titleOf(dialect, row.title), titleOf(dialect, row.description)].filter((text) => foldKey(text).length >= 12);
    for (const text of texts) {
      const key = foldKey(text);
      const earlier = seen.get(key);
      if (!earlier) {
        seen.set(key, row);
        continue;
      }
      if (earlier.id === row.id || (earlier.person_id === row.person_id && earlier.session_id === row.session_id)) continue;
      const other = earlier.person_id !== row.person_id ? (earlier.name ?? '?') : titleOf(dialect, earlier.session_title);
      findings.push({ severity: 'warning', code: 'duplicate_presentation', where: entity('presentation', row.id, row.name ?? titleOf(dialect, row.title)), params: { title: text.slice(0, 120), other } });
      break;
    }
  }
  return findings;
}

async function checkInitiatives(db: Db, dialect: DatabaseDialect, editionId: string): Promise<LintFinding[]> {
  const rows = await db.selectFrom('initiative').select(['id', 'code', 'title', 'organisation_id', 'website']).where('edition_id', '=', editionId).orderBy('position').orderBy('id').execute();
  const findings: LintFinding[] = [];
  const byTitle = new Map<string, typeof rows>();
  for (const row of rows) {
    const key = `${foldKey(titleOf(dialect, row.title))}|${row.organisation_id ?? ''}`;
    byTitle.set(key, [...(byTitle.get(key) ?? []), row]);
    if (row.website && !httpUrlSchema.safeParse(row.website).success) {
      findings.push({ severity: 'warning', code: 'malformed_url', where: entity('initiative', row.id, row.code ?? ''), params: { url: row.website, what: `${row.code ?? ''} ${titleOf(dialect, row.title)}`.trim() } });
    }
  }
  for (const group of byTitle.values()) {
    if (group.length < 2) continue;
    const first = group[0]!;
    findings.push({
      severity: 'warning', code: 'duplicate_initiative', where: entity('initiative', first.id, first.code ?? ''),
      params: { title: titleOf(dialect, first.title), codes: group.map((row) => row.code ?? row.id).join(', ') },
    });
  }
  return findings;
}

async function checkDocuments(db: Db, dialect: DatabaseDialect, editionId: string): Promise<LintFinding[]> {
  const rows = await db.selectFrom('session_document').innerJoin('session', 'session.id', 'session_document.session_id')
    .select(['session_document.id', 'session_document.url', 'session.title']).where('session.edition_id', '=', editionId).execute();
  return rows.filter((row) => !httpUrlSchema.safeParse(row.url).success).map((row) => ({
    severity: 'warning' as const, code: 'malformed_url' as const, where: entity('session', row.id, titleOf(dialect, row.title)), params: { url: row.url, what: titleOf(dialect, row.title) },
  }));
}
