import { instant } from '../../db/clock.js';
import type { AppContext } from '../context.js';
import { queueMail } from '../mail/index.js';
import { emailSchema } from './account-service.js';
import { hashPassword } from './passwords.js';
import { newSecretToken, tokenDigest } from './tokens.js';
import { closeAllWebSessions } from './web-sessions.js';

export const resetLinkMinutes = 60;

/** Mails a reset link when the account exists; says nothing either way. */
export async function requestPasswordReset(context: AppContext, email: string): Promise<void> {
  const normalised = emailSchema.safeParse(email);
  if (!normalised.success) return;
  const { db } = context.storage;
  const user = await db.selectFrom('user_account').select(['id', 'display_name', 'locale']).where('email', '=', normalised.data).executeTakeFirst();
  if (!user) return;
  const token = newSecretToken();
  const now = context.clock.now();
  await db.transaction().execute(async (transaction) => {
    await transaction
      .insertInto('password_reset')
      .values({
        id: tokenDigest(token), user_id: user.id, created_at: instant(now),
        expires_at: instant(new Date(now.getTime() + resetLinkMinutes * 60_000)), used_at: null,
      })
      .execute();
    await queueMail(transaction, context.clock, {
      recipient: normalised.data, locale: user.locale, template: 'password-reset',
      params: {
        displayName: user.display_name, expiresInMinutes: resetLinkMinutes,
        resetUrl: `${context.config.publicUrl}/password-reset/${token}`,
      },
    });
  });
}

/** Whether a reset link can still be used. */
export async function isResetTokenUsable(context: AppContext, token: string): Promise<boolean> {
  const reset = await context.storage.db
    .selectFrom('password_reset')
    .select('id')
    .where('id', '=', tokenDigest(token))
    .where('used_at', 'is', null)
    .where('expires_at', '>', instant(context.clock.now()))
    .executeTakeFirst();
  return reset !== undefined;
}

/** Sets the new password once per link, and signs the account out everywhere. */
export async function completePasswordReset(context: AppContext, token: string, newPassword: string): Promise<boolean> {
  const now = instant(context.clock.now());
  const passwordHash = await hashPassword(newPassword);
  return context.storage.db.transaction().execute(async (transaction) => {
    const claimed = await transaction
      .updateTable('password_reset')
      .set({ used_at: now })
      .where('id', '=', tokenDigest(token))
      .where('used_at', 'is', null)
      .where('expires_at', '>', now)
      .returning('user_id')
      .executeTakeFirst();
    if (!claimed) return false;
    await transaction.updateTable('user_account').set({ password_hash: passwordHash, updated_at: now }).where('id', '=', claimed.user_id).execute();
    await closeAllWebSessions(transaction, claimed.user_id);
    return true;
  });
}
