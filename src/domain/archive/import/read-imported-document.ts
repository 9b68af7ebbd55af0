import { DocumentParseError, type ImportedDocument } from './imported-document.js';
import { parseDocument } from './parse/parse-document.js';
import { readFrabJson, readFrabXml } from './structured/frab-schedule-reader.js';
import { readInitiativeSheet } from './structured/initiative-sheet-reader.js';


/** Reads any document the archive imports, by its extension and, for JSON, its content. */
export async function readImportedDocument(file: string, bytes: Buffer): Promise<ImportedDocument> {
  if (/\.(csv|xlsx)$/i.test(file)) return readInitiativeSheet(file, bytes);
  if (/\.xml$/i.test(file)) return readFrabXml(file, bytes.toString('utf8'));
  if (/\.json$/i.test(file)) {
    const text = bytes.toString('utf8');
    if (isCanonicalExport(text)) throw new DocumentParseError({ file, line: 1 }, 'this is a full Convergence export: restore it into an empty database (convergence import FILE.json alone)');
    return readFrabJson(file, text);
  }
  return parseDocument(file, bytes);
}

export function isCanonicalExport(text: string): boolean {
  return /^\s*\{\s*"format"\s*:\s*"convergence-export"/.test(text);
}
