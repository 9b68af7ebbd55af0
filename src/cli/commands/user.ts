import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { createAccount, editionRoles, emailSchema, grantEditionRole, passwordSchema, systemActor, type EditionRole } from '../../domain/accounts/index.js';
import { EditionService } from '../../domain/edition/index.js';
import type { AppContext } from '../../domain/context.js';
import { openAppContext, UsageError } from '../runtime.js';

export interface AccountRequest {
  email: string;
  name: string;
  password?: string;
  admin?: boolean;
  role?: EditionRole;
  edition?: string;
}

/** Creates the account if it does not exist yet, then grants the role; returns the password it set, if any. */
export async function ensureAccount(context: AppContext, request: AccountRequest): Promise<{ created: boolean; password?: string }> {
  const email = emailSchema.parse(request.email);
  const existing = await context.storage.db.selectFrom('user_account').select('id').where('email', '=', email).executeTakeFirst();
  let password: string | undefined;
  if (!existing) {
    password = request.password ?? randomBytes(12).toString('base64url');
    passwordSchema.parse(password);
    await createAccount(context, { email, password, displayName: request.name, locale: 'en', isAdmin: request.admin ?? false });
  }
  if (request.role && request.edition) {
    const edition = await new EditionService(context, systemActor).findVisible(request.edition);
    await grantEditionRole(context, systemActor, edition.id, { email, role: request.role });
  }
  return { created: !existing, password };
}

export async function userCommand(args: string[]): Promise<void> {
  const [action, ...rest] = args;
  if (action !== 'create') throw new UsageError('usage: convergence user create --email E --name N [--password P] [--role ROLE --edition SLUG] [--admin]');
  const { values } = parseArgs({
    args: rest,
    options: { email: { type: 'string' }, name: { type: 'string' }, password: { type: 'string' }, role: { type: 'string' }, edition: { type: 'string' }, admin: { type: 'boolean', default: false } },
  });
  if (!values.email) throw new UsageError('--email is required');
  if ((values.role === undefined) !== (values.edition === undefined)) throw new UsageError('--role and --edition go together');
  if (values.role !== undefined && !(editionRoles as readonly string[]).includes(values.role)) {
    throw new UsageError(`--role must be one of: ${editionRoles.join(', ')}`);
  }
  const context = await openAppContext();
  try {
    const result = await ensureAccount(context, {
      email: values.email, name: values.name ?? values.email.split('@')[0]!, password: values.password, admin: values.admin,
      role: values.role as EditionRole | undefined, edition: values.edition,
    });
    console.log(result.created ? `Created ${values.email}${values.password ? '' : ` with password ${result.password}`}` : `${values.email} already exists`);
    if (values.role) console.log(`${values.email} is ${values.role} of ${values.edition}`);
  } finally {
    await context.close();
  }
}
