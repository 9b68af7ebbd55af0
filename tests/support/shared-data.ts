import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** `../shared` beside the checkout: seed documents, benchmarks and exchange formats we test against. */
export const sharedRoot = fileURLToPath(new URL('../../../shared/', import.meta.url));

/**
 * Whether the shared data is here. A user's clone may not have it: those tests skip with a message.
 * Under CI it must be there, so its absence fails instead.
 */
export function sharedDataAvailable(part: string): boolean {
  if (existsSync(`${sharedRoot}${part}`)) return true;
  if (process.env.CI === 'true') throw new Error(`CI needs ${sharedRoot}${part}`);
  console.warn(`Skipping tests that read ${part}: ${sharedRoot} is absent (it sits beside the project in the team's checkout).`);
  return false;
}
