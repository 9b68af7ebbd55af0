import { execFileSync } from 'node:child_process';

export interface LoadResult {
  requestsPerSecond: number;
  p99Ms: number;
}

function milliseconds(value: string, unit: string): number {
  const number = Number(value);
  return unit === 'us' ? number / 1000 : unit === 's' ? number * 1000 : number;
}

/** Loads a URL with wrk (Debian's package) on loopback, for a bounded time, and reads throughput and p99. */
export function runLoad(url: string, connections: number, seconds: number): LoadResult {
  const output = execFileSync('wrk', ['-t', '2', '-c', String(connections), '-d', `${seconds}s`, '--latency', '-H', 'Accept-Encoding: gzip', url], { encoding: 'utf8' });
  const rate = output.match(/Requests\/sec:\s+([\d.]+)/);
  const p99 = output.match(/99%\s+([\d.]+)(us|ms|s)/);
  if (!rate || !p99) throw new Error(`cannot read wrk's output:\n${output}`);
  // A fast error is not a fast page: any failed answer spoils the figure.
  if (/Non-2xx or 3xx responses|Socket errors: connect [1-9]/.test(output)) throw new Error(`${url} answered errors under load:\n${output}`);
  return { requestsPerSecond: Number(rate[1]), p99Ms: milliseconds(p99[1]!, p99[2]!) };
}
