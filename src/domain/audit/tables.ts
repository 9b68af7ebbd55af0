import type { Instant, NullableJsonColumn } from '../../db/column-types.js';

export interface AuditEntryTable {
  id: string;
  edition_id: string | null;
  actor_user_id: string | null;
  action: 'create' | 'update' | 'delete';
  entity_type: string;
  entity_id: string;
  before: NullableJsonColumn;
  after: NullableJsonColumn;
  at: Instant;
}

export interface AuditTables {
  audit_entry: AuditEntryTable;
}
