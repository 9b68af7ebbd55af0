import type { CallTables } from '../domain/call/tables.js';
import type { ReviewTables } from '../domain/review/tables.js';
import type { SelectionTables } from '../domain/selection/tables.js';
import type { ArchiveImportTables } from '../domain/archive/import/tables.js';
import type { AccountTables } from '../domain/accounts/tables.js';
import type { ArchiveSearchTables } from '../domain/archive/tables.js';
import type { AuditTables } from '../domain/audit/tables.js';
import type { EditionTables } from '../domain/edition/tables.js';
import type { InitiativeTables } from '../domain/initiative/tables.js';
import type { MailTables } from '../domain/mail/tables.js';
import type { PeopleTables } from '../domain/people/tables.js';
import type { PersonAvailabilityTables } from '../domain/people/availability/tables.js';
import type { ProgramTables } from '../domain/program/tables.js';
import type { RateLimitTables } from '../domain/rate-limit/tables.js';
import type { ScheduleTables } from '../domain/schedule/tables.js';

/** Every table, each declared by the domain that owns it. */
export interface DatabaseSchema
  extends PeopleTables, EditionTables, ProgramTables, InitiativeTables, AccountTables, AuditTables, MailTables, RateLimitTables,
    ArchiveImportTables, ArchiveSearchTables, CallTables, ReviewTables, SelectionTables, ScheduleTables,
    PersonAvailabilityTables {}
