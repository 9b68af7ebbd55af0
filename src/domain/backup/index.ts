export { backupTables, ephemeralTables, type BackupTable } from './backup-tables.js';
export { exportForum, exportFormat, exportVersion, type ProgressCallback } from './export-forum.js';
export { importForum, type ImportSummary } from './import-forum.js';
