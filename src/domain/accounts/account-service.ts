import { z } from 'zod';
import { instant } from '../../db/clock.js';
import { newId } from '../../db/ids.js';
import type { AppContext } from '../context.js';
import { conflict } from '../errors.js';
import { queueMail } from '../mail/index.js';
import { hashPassword, minimumPasswordLength, verifyAgainstDecoy, verifyPassword } from './passwords.js';

export const emailSchema = z.string().trim().toLowerCase().pipe(z.email().max(254));
export const passwordSchema = z.string().min(minimumPasswordLength).max(1024);

export const signUpSchema = z.object({
  email: emailSchema,
  password: passwordSchema,
  displayName: z.string().trim().min(1).max(200),
  locale: z.enum(['fr', 'es', 'en']).default('en'),
});
export type SignUpInput = z.infer<typeof signUpSchema>;

export interface NewAccount extends SignUpInput {
  isAdmin?: boolean;
}

/** Creates an account; the caller decides what to tell whom (sign-up must not reveal existing emails). */
export async function createAccount(context: AppContext, input: NewAccount): Promise<string> {
  const { db, dialect } = context.storage;
  const now = instant(context.clock.now());
  const id = newId();
  try {
    await db
      .insertInto('user_account')
      .values({
        id, email: input.email, password_hash: await hashPassword(input.password), display_name: input.displayName,
        locale: input.locale, is_admin: input.isAdmin ?? false, person_id: null, created_at: now, updated_at: now,
      })
      .execute();
  } catch (error) {
    if (dialect.isUniqueViolation(error)) throw conflict('an account already uses this email', 'email');
    throw error;
  }
  return id;
}

/**
 * Public sign-up. Whether or not the email is taken, the answer is the same and a mail goes out:
 * a welcome for a new account, a "you already have an account" note otherwise.
 */
export async function signUp(context: AppContext, input: SignUpInput): Promise<void> {
  const { db } = context.storage;
  const signInUrl = `${context.config.publicUrl}/sign-in`;
  try {
    await createAccount(context, input);
    await queueMail(db, context.clock, {
      recipient: input.email, locale: input.locale, template: 'welcome', params: { displayName: input.displayName, signInUrl },
    });
  } catch (error) {
    if (!(error instanceof Error && 'kind' in error && error.kind === 'conflict')) throw error;
    const existing = await db.selectFrom('user_account').select('locale').where('email', '=', input.email).executeTakeFirstOrThrow();
    await queueMail(db, context.clock, {
      recipient: input.email, locale: existing.locale, template: 'account-exists',
      params: { signInUrl, resetUrl: `${context.config.publicUrl}/password-reset` },
    });
  }
}

/** The user id for a correct email and password, or null; both failures take the same time. */
export async function authenticate(context: AppContext, email: string, password: string): Promise<string | null> {
  const normalised = emailSchema.safeParse(email);
  const user = normalised.success
    ? await context.storage.db.selectFrom('user_account').select(['id', 'password_hash']).where('email', '=', normalised.data).executeTakeFirst()
    : undefined;
  if (!user) return verifyAgainstDecoy(password).then(() => null);
  return (await verifyPassword(user.password_hash, password)) ? user.id : null;
}
