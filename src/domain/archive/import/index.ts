export { importDocuments, type ImportInput, type ImportOptions } from './import-documents.js';
export type { ImportChange, ImportReport } from './import-report.js';
export { DocumentParseError, type ImportedDocument } from './imported-document.js';
export { isCanonicalExport, readImportedDocument } from './read-imported-document.js';
