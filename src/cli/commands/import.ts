import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { systemActor } from '../../domain/accounts/actor.js';
import { importDocuments, isCanonicalExport, type ImportReport } from '../../domain/archive/import/index.js';
import { importForum } from '../../domain/backup/index.js';
import { progressReporter } from '../progress.js';
import { openAppContext, UsageError } from '../runtime.js';

const usage = 'usage: convergence import FILE… [--edition SLUG] [--time-zone ZONE] [--dry-run] [--format json]';

/**
 * `convergence import`: forum documents into the archive, or a full export (alone) into an empty
 * database.
 */
export async function importCommand(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args, allowPositionals: true,
    options: { edition: { type: 'string' }, 'time-zone': { type: 'string' }, 'dry-run': { type: 'boolean', default: false }, format: { type: 'string', default: 'text' } },
  });
  if (positionals.length === 0) throw new UsageError(usage);
  const inputs = await Promise.all(positionals.map(async (file) => ({
    file: basename(file),
    bytes: await readFile(file).catch((error: NodeJS.ErrnoException) => {
      throw new UsageError(`cannot read ${file}: ${error.code ?? error.message}`);
    }),
  })));
  const context = await openAppContext();
  try {
    const [first] = inputs;
    if (first && /\.json$/i.test(first.file) && isCanonicalExport(first.bytes.toString('utf8', 0, 200))) {
      if (inputs.length > 1 || values['dry-run'] || values.edition) throw new UsageError('a full export is restored alone, into an empty database: convergence import FILE.json');
      const summary = await importForum(context.storage, first.bytes.toString('utf8'), progressReporter(`Importing ${first.file}`));
      console.log(JSON.stringify(summary, null, 2));
      return;
    }
    const report = await importDocuments(context, systemActor, inputs, {
      ...(values.edition ? { slug: values.edition } : {}), ...(values['time-zone'] ? { timeZone: values['time-zone'] } : {}),
      dryRun: values['dry-run'], onProgress: progressReporter(values['dry-run'] ? 'Dry run' : 'Importing'),
    });
    console.log(values.format === 'json' ? JSON.stringify(report, null, 2) : formatReport(report));
  } finally {
    await context.close();
  }
}

function formatReport(report: ImportReport): string {
  const lines: string[] = [];
  for (const document of report.documents) {
    lines.push(`${document.file}: ${document.kind} (${document.language}) → ${document.editionSlug}${document.alreadyImported ? ' — already imported' : ''}`);
  }
  lines.push('', report.dryRun ? 'Dry run: nothing was written. The import would:' : 'Imported:');
  for (const action of ['create', 'update', 'merge', 'suggest', 'unchanged'] as const) {
    const counts = Object.entries(report.counts[action]);
    if (counts.length === 0) continue;
    lines.push(`  ${action.padEnd(9)} ${counts.map(([entity, count]) => `${count} ${entity}`).join(', ')}`);
  }
  if (report.dryRun) {
    lines.push('');
    for (const change of report.changes.filter((entry) => entry.action !== 'unchanged')) {
      lines.push(`  ${change.action.padEnd(9)} ${change.entity}: ${change.label}${change.source ? `  (${change.source.file}:${change.source.line})` : ''}`);
    }
  }
  return lines.join('\n');
}
