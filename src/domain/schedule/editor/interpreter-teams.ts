import { z } from 'zod';
import { instant, type Clock } from '../../../db/clock.js';
import type { Db } from '../../../db/database.js';
import type { Actor } from '../../accounts/actor.js';

/** Target language → teams; a language left out has as many teams as needed. */
export type InterpreterTeams = Record<string, number>;

export const maxInterpreterTeams = 50;

const isoLanguage = /^[a-z]{2}$/;
const teamCount = z.number({ error: `a whole number from 0 to ${maxInterpreterTeams}` })
  .int(`a whole number from 0 to ${maxInterpreterTeams}`).min(0, `a whole number from 0 to ${maxInterpreterTeams}`).max(maxInterpreterTeams, `at most ${maxInterpreterTeams}`);

/**
 * Every limited language with its teams: `{ fr: 2, en: 1 }`. `null` (like leaving the language out)
 * means unlimited. Keys are ISO 639-1 codes in lower case; a bad key is named as the field.
 */
export const interpreterTeamsInputSchema = z
  .record(z.string().regex(isoLanguage), teamCount.nullable(), {
    error: (issue) => (issue.code === 'invalid_key' ? 'expected an ISO 639-1 language code such as "fr"' : 'an object of language codes to numbers of teams'),
  })
  .refine((teams) => Object.keys(teams).length <= 200, 'at most 200 languages');
export type InterpreterTeamsInput = z.infer<typeof interpreterTeamsInputSchema>;

/** The limited languages as stored and answered: `{ fr: 2 }`. */
export const interpreterTeamsSchema = z.record(z.string(), z.number().int().min(0));

/** The limited languages of parsed input, in code order: unlimited ones (`null`) left out. */
export function limitedLanguages(input: InterpreterTeamsInput): InterpreterTeams {
  return Object.fromEntries(Object.entries(input).filter((entry): entry is [string, number] => entry[1] !== null).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/**
 * The edition's limited languages, in code order; `{}` when organisers never counted their interpreters.
 *
 * @example
 *   await loadInterpreterTeams(db, edition.id); // { fr: 1 }: one team into French, other languages unlimited
 */
export async function loadInterpreterTeams(db: Db, editionId: string): Promise<InterpreterTeams> {
  const rows = await db.selectFrom('schedule_interpreter_teams').select(['language', 'teams']).where('edition_id', '=', editionId).orderBy('language').execute();
  return Object.fromEntries(rows.map((row) => [row.language, Number(row.teams)]));
}

/** Replaces the edition's teams with already-validated ones: a language left out becomes unlimited. */
export async function saveInterpreterTeams(db: Db, clock: Clock, actor: Actor, editionId: string, teams: InterpreterTeams): Promise<void> {
  await db.deleteFrom('schedule_interpreter_teams').where('edition_id', '=', editionId).execute();
  const rows = Object.entries(teams).map(([language, count]) => ({
    edition_id: editionId, language, teams: count, updated_at: instant(clock.now()), updated_by_user_id: actor.user?.id ?? null,
  }));
  if (rows.length > 0) await db.insertInto('schedule_interpreter_teams').values(rows).execute();
}

/**
 * The languages organisers may count teams for: the edition's own (in its order), then every
 * interpretation language its rooms or sessions use, then any still stored, without repeats.
 *
 * @example
 *   interpreterTeamLanguages(['es', 'fr'], [['fr', 'eu']], { en: 1 }); // ['es', 'fr', 'en', 'eu']
 */
export function interpreterTeamLanguages(editionLanguages: string[], usedLanguages: string[][], teams: InterpreterTeams): string[] {
  const others = new Set([...usedLanguages.flat(), ...Object.keys(teams)].filter((language) => isoLanguage.test(language) && !editionLanguages.includes(language)));
  return [...new Set(editionLanguages), ...[...others].sort()];
}
