import type { Context, Hono } from 'hono';
import { importDocuments, type ImportInput } from '../../../domain/archive/import/index.js';
import { DocumentParseError } from '../../../domain/archive/import/imported-document.js';
import { lintEdition } from '../../../domain/archive/lint/index.js';
import { canManageEdition } from '../../../domain/edition/rules.js';
import { DomainError, forbidden, notFound } from '../../../domain/errors.js';
import { IdentitySuggestionService } from '../../../domain/people/merge/index.js';
import type { AppEnv } from '../../http/app-env.js';
import { frameOf } from '../frame.js';
import { IdentitySuggestionsPage, ImportPage, LintPage } from './archive-pages.js';

/** Signed-out visitors are sent to sign in; the rest of the rights are the domain's to check. */
function requireSignIn(c: Context<AppEnv>): Response | null {
  return c.get('actor').user ? null : c.redirect(`/sign-in?next=${encodeURIComponent(c.req.path)}`, 303);
}

async function managedEdition(c: Context<AppEnv>, slug: string): Promise<string> {
  const edition = await c.get('app').storage.db.selectFrom('edition').select('id').where('slug', '=', slug).executeTakeFirst();
  if (!edition || !canManageEdition(c.get('actor'), edition.id)) throw notFound('edition');
  return edition.id;
}

async function uploadedFiles(c: Context<AppEnv>): Promise<{ inputs: ImportInput[]; dryRun: boolean }> {
  const form = await c.req.parseBody({ all: true });
  const files = ([] as unknown[]).concat(form.files ?? []).filter((value): value is File => value instanceof File && value.size > 0);
  const inputs = await Promise.all(files.map(async (file) => ({ file: file.name, bytes: Buffer.from(await file.arrayBuffer()) })));
  return { inputs, dryRun: form.mode !== 'import' };
}

/** The organisers' archive pages: import documents, check the program, decide possible duplicates. */
export function registerArchivePages(web: Hono<AppEnv>): void {
  const importPage = (slug: string | null) => async (c: Context<AppEnv>) => {
    const redirect = requireSignIn(c);
    if (redirect) return redirect;
    if (slug === null && !c.get('actor').user?.isAdmin) throw forbidden('administrators only');
    return c.html(<ImportPage frame={frameOf(c)} action={c.req.path} editionSlug={slug} />);
  };
  const runImport = (slug: string | null) => async (c: Context<AppEnv>) => {
    const redirect = requireSignIn(c);
    if (redirect) return redirect;
    if (slug === null && !c.get('actor').user?.isAdmin) throw forbidden('administrators only');
    const { inputs, dryRun } = await uploadedFiles(c);
    const frame = frameOf(c);
    if (inputs.length === 0) return c.html(<ImportPage frame={frame} action={c.req.path} editionSlug={slug} error={c.get('t').t('error.badRequest')} />, 400);
    try {
      const report = await importDocuments(c.get('app'), c.get('actor'), inputs, { ...(slug ? { slug } : {}), dryRun });
      return c.html(<ImportPage frame={frame} action={c.req.path} editionSlug={slug} report={report} />);
    } catch (error) {
      if (error instanceof DocumentParseError || (error instanceof DomainError && error.kind === 'invalid')) {
        return c.html(<ImportPage frame={frame} action={c.req.path} editionSlug={slug} error={error.message} />, 400);
      }
      throw error;
    }
  };

  web.get('/manage/import', importPage(null));
  web.post('/manage/import', runImport(null));
  web.get('/editions/:slug/manage/import', async (c) => {
    const redirect = requireSignIn(c);
    if (redirect) return redirect;
    await managedEdition(c, c.req.param('slug'));
    return importPage(c.req.param('slug'))(c);
  });
  web.post('/editions/:slug/manage/import', async (c) => {
    const redirect = requireSignIn(c);
    if (redirect) return redirect;
    await managedEdition(c, c.req.param('slug'));
    return runImport(c.req.param('slug'))(c);
  });

  web.get('/editions/:slug/manage/lint', async (c) => {
    const redirect = requireSignIn(c);
    if (redirect) return redirect;
    const findings = await lintEdition(c.get('app'), c.get('actor'), c.req.param('slug'));
    return c.html(<LintPage frame={frameOf(c)} findings={findings} />);
  });

  web.get('/manage/identities', async (c) => {
    const redirect = requireSignIn(c);
    if (redirect) return redirect;
    const suggestions = await new IdentitySuggestionService(c.get('app'), c.get('actor')).listPending();
    return c.html(<IdentitySuggestionsPage frame={frameOf(c)} suggestions={suggestions} />);
  });

  web.post('/manage/identities/:id', async (c) => {
    const redirect = requireSignIn(c);
    if (redirect) return redirect;
    const decision = (await c.req.parseBody()).decision;
    if (decision !== 'confirm' && decision !== 'reject') throw new DomainError('invalid', 'decision: choose confirm or reject', [{ path: 'decision', message: 'choose confirm or reject' }]);
    await new IdentitySuggestionService(c.get('app'), c.get('actor')).decide(c.req.param('id'), decision);
    return c.redirect('/manage/identities', 303);
  });
}
