const units = ['bytes', 'KB', 'MB', 'GB'] as const;

/**
 * A size as people read it, in binary multiples with the usual short names.
 *
 * @example
 * formatByteSize(10 * 1024 * 1024); // → '10 MB'
 * formatByteSize(1536);             // → '1.5 KB'
 */
export function formatByteSize(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const rounded = unit === 0 ? String(value) : String(Math.round(value * 10) / 10);
  return `${rounded} ${units[unit]}`;
}
