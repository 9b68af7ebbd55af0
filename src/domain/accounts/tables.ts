import type { BooleanColumn, Instant } from '../../db/column-types.js';

export const editionRoles = ['organiser', 'reviewer', 'session_partner', 'speaker', 'participant'] as const;
export type EditionRole = (typeof editionRoles)[number];

export interface UserAccountTable {
  id: string;
  /** Lower-cased; unique. */
  email: string;
  password_hash: string;
  display_name: string;
  locale: string;
  /** Platform administrators create editions and appoint their first organisers. */
  is_admin: BooleanColumn;
  person_id: string | null;
  created_at: Instant;
  updated_at: Instant;
}

export interface EditionMembershipTable {
  id: string;
  edition_id: string;
  user_id: string;
  role: EditionRole;
  created_at: Instant;
}

/** Server-side sessions: the cookie holds a random token, the table only its SHA-256. */
export interface WebSessionTable {
  id: string;
  user_id: string;
  created_at: Instant;
  expires_at: Instant;
}

export interface PasswordResetTable {
  id: string;
  user_id: string;
  created_at: Instant;
  expires_at: Instant;
  used_at: Instant | null;
}

export interface AccountTables {
  user_account: UserAccountTable;
  edition_membership: EditionMembershipTable;
  web_session: WebSessionTable;
  password_reset: PasswordResetTable;
}
