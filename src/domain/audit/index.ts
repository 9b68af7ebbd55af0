export { recordChange, type Change } from './record-change.js';
export { listAuditEntries, type AuditEntry } from './audit-log.js';
