import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { exportForum } from '../../domain/backup/index.js';
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
