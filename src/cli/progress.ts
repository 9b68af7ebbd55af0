/**
 * Progress of a long run on standard error: a live line on a terminal, a line every 10 % elsewhere
 * (CI logs), so standard output stays clean for data such as an export.
 */
export function progressReporter(label: string): (done: number, total: number, detail?: string) => void {
  const live = process.stderr.isTTY === true;
  let lastDecile = -1;
  return (done, total, detail = '') => {
    const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
    const line = `${label}: ${percent}% (${done}/${total})${detail ? ` ${detail}` : ''}`;
    if (live) {
      process.stderr.write(`\r\x1b[K${line}${done >= total ? '\n' : ''}`);
      return;
    }
    const decile = Math.floor(percent / 10);
    if (decile !== lastDecile || done >= total) {
      lastDecile = decile;
      process.stderr.write(`${line}\n`);
    }
  };
}
