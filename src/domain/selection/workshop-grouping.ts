import { OrganiserService } from '../edition/organiser-service.js';
import { invalid, notFound } from '../errors.js';
import { SessionService } from '../program/index.js';
import { readLocalized, type LocalizedText } from '../text/localized-text.js';
import { parseInput } from '../validation.js';
import { suggestWorkshopGroups } from './grouping/index.js';
import { addSessionRole, personForAccount } from './program-people.js';
import { loadCandidates } from './selection-candidates.js';
import { groupsInputSchema, type GroupsInput } from './selection-schemas.js';

export interface SuggestedWorkshop {
  title: LocalizedText;
  theme: string | null;
  keywords: string[];
  cohesion: number;
  submissions: { id: string; title: LocalizedText }[];
}

export interface WorkshopGroupView {
  sessionId: string;
  title: LocalizedText;
  submissionIds: string[];
  moderators: string[];
}

/** Accepted initiatives grouped into workshops: suggested by theme and text, adjusted by organisers. */
export class WorkshopGrouping extends OrganiserService {

  /** Groups of the accepted initiatives not yet in a workshop. */
  async suggest(options: { minSize?: number; maxSize?: number } = {}): Promise<SuggestedWorkshop[]> {
    const { details, candidates } = await loadCandidates(this.db, this.context.storage.dialect, this.edition.id);
    const accepted = await this.db.selectFrom('selection_decision').select('submission_id').where('edition_id', '=', this.edition.id).where('outcome', '=', 'accepted').execute();
    const grouped = new Set((await this.db.selectFrom('selection_group_member').select('submission_id').where('edition_id', '=', this.edition.id).execute()).map((row) => row.submission_id));
    const themes = new Map((await this.db.selectFrom('theme').select(['id', 'name']).where('edition_id', '=', this.edition.id).execute()).map((row) => [row.id, this.context.storage.dialect.decodeJson(row.name) as LocalizedText]));
    const byId = new Map(candidates.map((candidate) => [candidate.id, candidate]));
    const items = accepted
      .map((row) => row.submission_id)
      .filter((id) => !grouped.has(id) && details.get(id)?.kind === 'initiative')
      .sort()
      .map((id) => {
        const detail = details.get(id)!;
        const text = [...Object.values(detail.title.text), ...Object.values(detail.summary?.text ?? {})].join('\n');
        return { id, title: readLocalized(detail.title, detail.title.original).value, text, language: byId.get(id)!.language, themes: byId.get(id)!.themes };
      });
    if (items.length === 0) return [];
    const minSize = Math.min(options.minSize ?? 2, items.length);
    const groups = suggestWorkshopGroups(items, { minSize, maxSize: Math.max(minSize, options.maxSize ?? 4) });
    return groups.map((group) => {
      const themeName = group.theme ? themes.get(group.theme) : undefined;
      const fallback = group.keywords.slice(0, 3).join(', ') || 'Workshop';
      return {
        title: themeName ?? { original: 'en', text: { en: fallback } }, theme: group.theme, keywords: group.keywords, cohesion: group.cohesion,
        submissions: group.itemIds.map((id) => ({ id, title: details.get(id)!.title })),
      };
    });
  }

  /** Creates each group as a draft workshop of the program, with its moderator. */
  async apply(raw: GroupsInput): Promise<WorkshopGroupView[]> {
    const input = parseInput(groupsInputSchema, raw);
    const accepted = new Set((await this.db.selectFrom('selection_decision').select('submission_id').where('edition_id', '=', this.edition.id).where('outcome', '=', 'accepted').execute()).map((row) => row.submission_id));
    const problems = input.groups.flatMap((group, groupIndex) =>
      group.submissionIds.filter((id) => !accepted.has(id)).map((id) => ({ path: `groups.${groupIndex}.submissionIds`, message: `${id} is not an accepted proposal of this forum` })));
    for (const [groupIndex, group] of input.groups.entries()) {
      if (!group.moderatorEmail) continue;
      const account = await this.db.selectFrom('user_account').select('id').where('email', '=', group.moderatorEmail).executeTakeFirst();
      if (!account) problems.push({ path: `groups.${groupIndex}.moderatorEmail`, message: 'no account has this address; ask the moderator to sign up first' });
    }
    // Everything is checked before the first workshop is made, so a refused list creates nothing.
    if (problems.length > 0) throw invalid(problems);
    const sessions = new SessionService(this.context, this.actor, { id: this.edition.id, starts_on: this.edition.starts_on, ends_on: this.edition.ends_on, time_zone: this.edition.time_zone });
    const languages = new Map((await this.db.selectFrom('submission').select(['id', 'language']).where('edition_id', '=', this.edition.id).execute()).map((row) => [row.id, row.language]));
    const created: WorkshopGroupView[] = [];
    for (const group of input.groups) {
      const language = mostCommon(group.submissionIds.map((id) => languages.get(id) ?? group.title.original));
      const session = await sessions.create({ format: 'workshop', title: group.title, language: language as never, status: 'draft' });
      await this.db.deleteFrom('selection_group_member').where('submission_id', 'in', group.submissionIds).execute();
      await this.db.insertInto('selection_group_member').values(group.submissionIds.map((id, position) => ({ submission_id: id, edition_id: this.edition.id, session_id: session.id, position }))).execute();
      if (group.moderatorEmail) await this.setModerator(session.id, group.moderatorEmail);
      created.push(await this.view(session.id));
    }
    return created;
  }

  async setModerator(sessionId: string, email: string): Promise<void> {
    const session = await this.db.selectFrom('session').select('id').where('id', '=', sessionId).where('edition_id', '=', this.edition.id).executeTakeFirst();
    if (!session) throw notFound('session');
    const user = await this.db.selectFrom('user_account').select('id').where('email', '=', email.trim().toLowerCase()).executeTakeFirst();
    if (!user) throw invalid([{ path: 'moderatorEmail', message: 'no account has this address; ask the moderator to sign up first' }]);
    const personId = await personForAccount(this.db, this.context.clock, user.id);
    await addSessionRole(this.db, sessionId, personId, 'moderator');
  }

  async list(): Promise<WorkshopGroupView[]> {
    const sessions = await this.db.selectFrom('selection_group_member').select('session_id').distinct().where('edition_id', '=', this.edition.id).execute();
    return Promise.all(sessions.map((row) => this.view(row.session_id)));
  }

  private async view(sessionId: string): Promise<WorkshopGroupView> {
    const session = await this.db.selectFrom('session').select(['id', 'title']).where('id', '=', sessionId).executeTakeFirstOrThrow();
    const members = await this.db.selectFrom('selection_group_member').select('submission_id').where('session_id', '=', sessionId).orderBy('position').execute();
    const moderators = await this.db
      .selectFrom('session_person_role')
      .innerJoin('person', 'person.id', 'session_person_role.person_id')
      .select('person.name')
      .where('session_person_role.session_id', '=', sessionId)
      .where('session_person_role.role', '=', 'moderator')
      .execute();
    return { sessionId, title: this.context.storage.dialect.decodeJson(session.title) as LocalizedText, submissionIds: members.map((row) => row.submission_id), moderators: moderators.map((row) => row.name) };
  }
}

function mostCommon(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
}
