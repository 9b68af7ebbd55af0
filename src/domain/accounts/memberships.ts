import { z } from 'zod';
import { instant } from '../../db/clock.js';
import { newId } from '../../db/ids.js';
import { recordChange } from '../audit/index.js';
import type { AppContext } from '../context.js';
import { canManageEdition } from '../edition/rules.js';
import { forbidden, notFound } from '../errors.js';
import type { Actor } from './actor.js';
import { emailSchema } from './account-service.js';
import { editionRoles, type EditionRole } from './tables.js';

export const membershipInputSchema = z.object({ email: emailSchema, role: z.enum(editionRoles) });
export type MembershipInput = z.infer<typeof membershipInputSchema>;

export interface MembershipView {
  userId: string;
  email: string;
  displayName: string;
  role: EditionRole;
}

/** Who holds which role in an edition; organisers only, since it lists emails. */
export async function listMemberships(context: AppContext, actor: Actor, editionId: string): Promise<MembershipView[]> {
  if (!canManageEdition(actor, editionId)) throw forbidden();
  const rows = await context.storage.db
    .selectFrom('edition_membership')
    .innerJoin('user_account', 'user_account.id', 'edition_membership.user_id')
    .select(['user_account.id as userId', 'user_account.email', 'user_account.display_name as displayName', 'edition_membership.role'])
    .where('edition_membership.edition_id', '=', editionId)
    .orderBy('user_account.email')
    .orderBy('edition_membership.role')
    .execute();
  return rows;
}

/** Gives an existing account a role in an edition; granting it twice changes nothing. */
export async function grantEditionRole(context: AppContext, actor: Actor, editionId: string, input: MembershipInput): Promise<MembershipView> {
  if (!canManageEdition(actor, editionId)) throw forbidden();
  const { db } = context.storage;
  const user = await db.selectFrom('user_account').select(['id', 'email', 'display_name']).where('email', '=', input.email).executeTakeFirst();
  if (!user) throw notFound('account');
  await db.transaction().execute(async (transaction) => {
    const inserted = await transaction
      .insertInto('edition_membership')
      .values({ id: newId(), edition_id: editionId, user_id: user.id, role: input.role, created_at: instant(context.clock.now()) })
      .onConflict((conflict) => conflict.columns(['edition_id', 'user_id', 'role']).doNothing())
      .returning('id')
      .executeTakeFirst();
    if (inserted) {
      await recordChange(transaction, context.clock, actor, {
        editionId, action: 'create', entityType: 'edition_membership', entityId: inserted.id, before: null, after: { userId: user.id, role: input.role },
      });
    }
  });
  return { userId: user.id, email: user.email, displayName: user.display_name, role: input.role };
}
