import { parseArgs } from 'node:util';
import { searchHitKinds, searchPublicArchive, type SearchHitKind, type SearchResult } from '../../domain/archive/index.js';
import { readLocalized } from '../../domain/text/localized-text.js';
import { openAppContext, UsageError } from '../runtime.js';

function cell(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);
}

/** A readable table: kind, code, title, edition, and the snippet with the matched words in [brackets]. */
export function formatSearchTable(result: SearchResult, language: string): string {
  const lines = [`${result.total} result${result.total === 1 ? '' : 's'}${result.total > result.hits.length ? ` (showing ${result.offset + 1}–${result.offset + result.hits.length})` : ''}`];
  if (result.hits.length === 0) return lines.join('\n');
  lines.push(`${cell('KIND', 12)} ${cell('CODE', 9)} ${cell('TITLE', 60)} ${cell('EDITION', 20)} ID`);
  for (const hit of result.hits) {
    const title = typeof hit.title === 'string' ? hit.title : readLocalized(hit.title, language).value;
    lines.push(`${cell(hit.kind, 12)} ${cell(hit.code ?? '', 9)} ${cell(title, 60)} ${cell(hit.editionSlug ?? hit.editionSlugs.join(','), 20)} ${hit.id}`);
    const snippet = hit.snippet.map((fragment) => (fragment.highlighted ? `[${fragment.text}]` : fragment.text)).join('').replace(/\s+/g, ' ');
    if (snippet) lines.push(`${' '.repeat(23)}${snippet}`);
  }
  return lines.join('\n');
}

export async function searchCommand(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args, allowPositionals: true,
    options: { kind: { type: 'string' }, edition: { type: 'string' }, limit: { type: 'string', default: '20' }, offset: { type: 'string', default: '0' }, format: { type: 'string', default: 'table' }, lang: { type: 'string', default: 'en' } },
  });
  const text = positionals.join(' ').trim();
  if (text.length < 2) throw new UsageError('give the words to search, at least 2 characters: convergence search QUERY');
  if (values.kind && !searchHitKinds.includes(values.kind as SearchHitKind)) throw new UsageError(`--kind must be one of ${searchHitKinds.join(', ')}`);
  const limit = Number(values.limit);
  const offset = Number(values.offset);
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw new UsageError('--limit must be a whole number from 1 to 100');
  if (!Number.isInteger(offset) || offset < 0) throw new UsageError('--offset must be a whole number, 0 or more');
  if (values.format !== 'table' && values.format !== 'json') throw new UsageError('--format must be table or json');
  const context = await openAppContext();
  try {
    const result = await searchPublicArchive(context, {
      text, kind: values.kind as SearchHitKind | undefined, edition: values.edition, limit, offset, language: values.lang,
    });
    console.log(values.format === 'json' ? JSON.stringify(result, null, 2) : formatSearchTable(result, values.lang ?? 'en'));
  } finally {
    await context.close();
  }
}
