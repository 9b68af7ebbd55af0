import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `convergence ARGS…` as a user would, with its own environment. */
export function runCli(args: string[], environment: Record<string, string>): CliResult {
  const result = spawnSync(process.execPath, ['bin/convergence.js', ...args], {
    cwd: projectRoot, env: { ...process.env, ...environment }, encoding: 'utf8', timeout: 240_000, maxBuffer: 256 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
