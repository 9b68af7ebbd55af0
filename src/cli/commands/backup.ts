import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { exportForum, importForum } from '../../domain/backup/index.js';
import { progressReporter } from '../progress.js';
import { openAppContext, UsageError } from '../runtime.js';

export async function exportCommand(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { format: { type: 'string', default: 'json' }, output: { type: 'string', short: 'o' } } });
  if (values.format !== 'json') throw new UsageError(`--format ${values.format} is not supported; use --format json`);
  const context = await openAppContext();
  try {
    const document = await exportForum(context.storage, progressReporter('Exporting'));
    if (values.output) await writeFile(values.output, document);
    else process.stdout.write(document);
  } finally {
    await context.close();
  }
}

export async function importCommand(args: string[]): Promise<void> {
  const { positionals } = parseArgs({ args, allowPositionals: true });
  const [file] = positionals;
  if (!file || positionals.length > 1) throw new UsageError('usage: convergence import FILE.json');
  const document = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new UsageError(`cannot read ${file}: ${error.code ?? error.message}`);
  });
  const context = await openAppContext();
  try {
    const summary = await importForum(context.storage, document, progressReporter(`Importing ${file}`));
    console.log(JSON.stringify(summary, null, 2));
  } finally {
    await context.close();
  }
}
