import { parseArgs } from 'node:util';
import { loadDemoForum } from '../../domain/demo/index.js';
import { progressReporter } from '../progress.js';
import { openAppContext, UsageError } from '../runtime.js';

export async function demoCommand(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { seed: { type: 'string', default: '2018' }, scale: { type: 'string', default: '1' } } });
  const seed = Number(values.seed);
  const scale = Number(values.scale);
  if (!Number.isInteger(seed)) throw new UsageError('--seed must be a whole number');
  if (!Number.isInteger(scale) || scale < 1 || scale > 1000) throw new UsageError('--scale must be a whole number from 1 to 1000');
  const context = await openAppContext();
  try {
    const summary = await loadDemoForum(context.storage, { seed, scale }, progressReporter('Loading the demo forum'));
    console.log(JSON.stringify(summary, null, 2));
  } finally {
    await context.close();
  }
}
