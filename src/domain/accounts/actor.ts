import type { Db } from '../../db/database.js';
import type { DatabaseDialect } from '../../db/dialect/index.js';
import type { EditionRole } from './tables.js';

export interface SignedInUser {
  id: string;
  email: string;
  displayName: string;
  locale: string;
  isAdmin: boolean;
}

/** Who is asking: everything a permission rule needs, loaded once per request. */
export interface Actor {
  user: SignedInUser | null;
  rolesByEdition: ReadonlyMap<string, ReadonlySet<EditionRole>>;
  /** The command line, run by whoever operates the server: acts with administrator rights. */
  isSystem?: boolean;
}

export const anonymousActor: Actor = { user: null, rolesByEdition: new Map() };
export const systemActor: Actor = { user: null, rolesByEdition: new Map(), isSystem: true };

export function hasEditionRole(actor: Actor, editionId: string, ...roles: EditionRole[]): boolean {
  const held = actor.rolesByEdition.get(editionId);
  return held !== undefined && roles.some((role) => held.has(role));
}

export function isAdmin(actor: Actor): boolean {
  return actor.isSystem === true || actor.user?.isAdmin === true;
}

export async function loadActor(db: Db, dialect: DatabaseDialect, userId: string): Promise<Actor> {
  const user = await db.selectFrom('user_account').selectAll().where('id', '=', userId).executeTakeFirst();
  if (!user) return anonymousActor;
  const memberships = await db.selectFrom('edition_membership').select(['edition_id', 'role']).where('user_id', '=', userId).execute();
  const rolesByEdition = new Map<string, Set<EditionRole>>();
  for (const membership of memberships) {
    const roles = rolesByEdition.get(membership.edition_id) ?? new Set<EditionRole>();
    roles.add(membership.role);
    rolesByEdition.set(membership.edition_id, roles);
  }
  return {
    user: { id: user.id, email: user.email, displayName: user.display_name, locale: user.locale, isAdmin: dialect.decodeBoolean(user.is_admin) },
    rolesByEdition,
  };
}
