import { parseArgs } from 'node:util';
import { systemActor } from '../../domain/accounts/actor.js';
import { lintEdition, lintMessage, lintPlace, type LintFinding } from '../../domain/archive/lint/index.js';
import { isUiLocale, translator } from '../../i18n/index.js';
import { openAppContext, UsageError } from '../runtime.js';

/** `convergence lint`: what the program's documents and data contradict or leave out. */
export async function lintCommand(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { edition: { type: 'string' }, format: { type: 'string', default: 'text' }, lang: { type: 'string', default: 'en' } } });
  if (!isUiLocale(values.lang)) throw new UsageError(`--lang ${values.lang}: choose fr, es or en`);
  if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`--format ${values.format}: choose text or json`);
  const t = translator(values.lang);
  const context = await openAppContext();
  try {
    const slugs = values.edition ? [values.edition] : (await context.storage.db.selectFrom('edition').select('slug').orderBy('slug').execute()).map((row) => row.slug);
    const results: { edition: string; findings: LintFinding[] }[] = [];
    for (const slug of slugs) {
      try {
        results.push({ edition: slug, findings: await lintEdition(context, systemActor, slug) });
      } catch (error) {
        if (values.edition) throw new UsageError(`no edition "${slug}"`);
        throw error;
      }
    }
    if (values.format === 'json') {
      const rendered = results.map((result) => ({
        edition: result.edition,
        findings: result.findings.map((finding) => ({ ...finding, message: lintMessage(t, finding), place: lintPlace(t, finding) })),
      }));
      console.log(JSON.stringify(values.edition ? rendered[0] : rendered, null, 2));
      return;
    }
    for (const result of results) {
      console.log(`${result.edition}: ${result.findings.length} finding(s)`);
      for (const finding of result.findings) console.log(`  ${finding.severity.padEnd(7)} ${lintPlace(t, finding)}  ${lintMessage(t, finding)}`);
    }
  } finally {
    await context.close();
  }
}
