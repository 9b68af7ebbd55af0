import type { Context, Hono } from 'hono';
import { acceptInvitation, CallService, SubmissionService, type CallView, type EditionRow } from '../../../domain/call/index.js';
import { EditionService } from '../../../domain/edition/index.js';
import { DomainError } from '../../../domain/errors.js';
import { ReviewerDesk } from '../../../domain/review/index.js';
import { confirmParticipation } from '../../../domain/selection/index.js';
import type { AppEnv } from '../../http/app-env.js';
import { checkRateLimit } from '../../http/rate-limits.js';
import { frameOf } from '../frame.js';
import { readerZone } from '../program/reader-zone.js';
import { CallPage } from './call-page.js';
import { InvitationPage, ReviewListPage, ReviewPage } from './review-pages.js';
import { emptyValues, formValues, toInput, valuesOf, type SubmissionFormValues } from './submission-form-values.js';
import { SubmissionPage } from './submission-page.js';

type Ctx = Context<AppEnv>;

function signInRedirect(c: Ctx): Response | null {
  return c.get('actor').user ? null : c.redirect(`/sign-in?next=${encodeURIComponent(c.req.path)}`, 303);
}

async function editionAndCall(c: Ctx): Promise<{ edition: EditionRow; call: CallView }> {
  const edition = await new EditionService(c.get('app'), c.get('actor')).findVisible(c.req.param('slug')!);
  return { edition, call: await new CallService(c.get('app'), c.get('actor'), edition).get() };
}

/** Refusals a person can fix in the form come back as the form, with what they typed; the rest is the app's error page. */
function fixable(error: unknown): error is DomainError {
  return error instanceof DomainError && (error.kind === 'invalid' || error.kind === 'conflict');
}

async function decisionOf(c: Ctx, submissionId: string) {
  const row = await c.get('app').storage.db.selectFrom('selection_decision').select(['outcome', 'state']).where('submission_id', '=', submissionId).executeTakeFirst();
  return row ? { outcome: row.outcome, sent: row.state === 'sent' } : null;
}

const notices = { saved: 'call.notice.saved', sent: 'call.notice.sent', invited: 'call.notice.invited', uploaded: 'call.notice.uploaded', withdrawn: 'call.notice.withdrawn', confirmed: 'call.notice.confirmed', accepted: 'call.notice.accepted' } as const;

export function registerCallPages(web: Hono<AppEnv>): void {
  web.get('/editions/:slug/call', async (c) => {
    const { edition, call } = await editionAndCall(c);
    const mine = c.get('actor').user ? await new SubmissionService(c.get('app'), c.get('actor'), edition).listMine() : null;
    return c.html(<CallPage frame={frameOf(c)} call={call} readerZone={readerZone(c, edition.time_zone)} mine={mine} />);
  });

  web.get('/editions/:slug/call/submissions/new', async (c) => {
    const redirect = signInRedirect(c);
    if (redirect) return redirect;
    const { call } = await editionAndCall(c);
    return c.html(<SubmissionPage frame={frameOf(c)} call={call} submission={null} values={emptyValues(call, c.get('t').locale)} />);
  });

  web.post('/editions/:slug/call/submissions', async (c) => {
    const redirect = signInRedirect(c);
    if (redirect) return redirect;
    const { edition, call } = await editionAndCall(c);
    const form = await c.req.parseBody({ all: true });
    const values = formValues(form, call);
    const t = c.get('t');
    // A filled honeypot is a robot: answer as if saved, keep nothing.
    if (typeof form.homepage === 'string' && form.homepage !== '') return c.redirect(`/editions/${edition.slug}/call`, 303);
    const verdict = await checkRateLimit(c, 'submission', c.get('actor').user!.email);
    if (!verdict.allowed) return c.html(<SubmissionPage frame={frameOf(c)} call={call} submission={null} values={values} message={t.t('error.rateLimited')} />, 429);
    const service = new SubmissionService(c.get('app'), c.get('actor'), edition);
    try {
      const created = await service.create(toInput(values));
      if (form.intent === 'submit') {
        try {
          await service.submit(created.id);
        } catch (error) {
          if (!fixable(error)) throw error;
          return c.html(<SubmissionPage frame={frameOf(c)} call={call} submission={await service.get(created.id)} values={{ ...values, version: String(created.version) }} problems={error.fields} message={t.t('call.form.savedNotSent')} />, 400);
        }
      }
      return c.redirect(`/editions/${edition.slug}/call/submissions/${created.id}?done=${form.intent === 'submit' ? 'sent' : 'saved'}`, 303);
    } catch (error) {
      if (!fixable(error)) throw error;
      return c.html(<SubmissionPage frame={frameOf(c)} call={call} submission={null} values={values} problems={error.fields} message={error.kind === 'conflict' ? error.message : undefined} />, error.kind === 'conflict' ? 409 : 400);
    }
  });

  web.get('/editions/:slug/call/submissions/:id', async (c) => {
    const redirect = signInRedirect(c);
    if (redirect) return redirect;
    const { edition, call } = await editionAndCall(c);
    const submission = await new SubmissionService(c.get('app'), c.get('actor'), edition).get(c.req.param('id'));
    const done = c.req.query('done') as keyof typeof notices | undefined;
    const notice = done && done in notices ? c.get('t').t(notices[done]) : undefined;
    return c.html(
      <SubmissionPage frame={frameOf(c)} call={call} submission={submission} values={valuesOf(submission, c.get('actor').user?.id)} decision={await decisionOf(c, submission.id)} {...(notice ? { notice } : {})} />,
    );
  });

  web.post('/editions/:slug/call/submissions/:id', async (c) => {
    const redirect = signInRedirect(c);
    if (redirect) return redirect;
    const { edition, call } = await editionAndCall(c);
    const service = new SubmissionService(c.get('app'), c.get('actor'), edition);
    const current = await service.get(c.req.param('id'));
    const form = await c.req.parseBody({ all: true });
    const values: SubmissionFormValues = { ...formValues(form, call), kind: current.kind };
    try {
      const saved = await service.update(current.id, { ...toInput(values), version: Number(values.version) || 0 });
      if (form.intent === 'submit') await service.submit(saved.id);
      return c.redirect(`/editions/${edition.slug}/call/submissions/${current.id}?done=${form.intent === 'submit' ? 'sent' : 'saved'}`, 303);
    } catch (error) {
      if (!fixable(error)) throw error;
      const latest = await service.get(current.id);
      // The typed text stays in the form; the version is the one the next save must name.
      const typed = error.kind === 'conflict' ? values : { ...values, version: String(latest.version) };
      return c.html(
        <SubmissionPage frame={frameOf(c)} call={call} submission={latest} values={typed} problems={error.fields} message={error.kind === 'conflict' ? error.message : undefined} decision={await decisionOf(c, current.id)} />,
        error.kind === 'conflict' ? 409 : 400,
      );
    }
  });

  const action = (path: string, run: (c: Ctx, service: SubmissionService, id: string, form: Record<string, string | File>) => Promise<keyof typeof notices>) => {
    web.post(`/editions/:slug/call/submissions/:id/${path}`, async (c) => {
      const redirect = signInRedirect(c);
      if (redirect) return redirect;
      const { edition, call } = await editionAndCall(c);
      const service = new SubmissionService(c.get('app'), c.get('actor'), edition);
      const id = c.req.param('id');
      try {
        const done = await run(c, service, id, await c.req.parseBody());
        return c.redirect(`/editions/${edition.slug}/call/submissions/${id}?done=${done}`, 303);
      } catch (error) {
        if (!fixable(error)) throw error;
        const submission = await service.get(id);
        return c.html(<SubmissionPage frame={frameOf(c)} call={call} submission={submission} values={valuesOf(submission, c.get('actor').user?.id)} problems={error.fields} message={error.message} decision={await decisionOf(c, id)} />, error.kind === 'conflict' ? 409 : 400);
      }
    });
  };

  action('presenters', async (c, service, id, form) => {
    const verdict = await checkRateLimit(c, 'invitation', c.get('actor').user!.email);
    if (!verdict.allowed) throw new DomainError('conflict', c.get('t').t('error.rateLimited'));
    await service.invite(id, { name: String(form.name ?? ''), email: String(form.email ?? ''), role: form.role === 'speaker' ? 'speaker' : 'co_presenter' });
    return 'invited';
  });
  action('files', async (_c, service, id, form) => {
    const file = form.file;
    if (!(file instanceof File) || file.size === 0) throw new DomainError('invalid', 'file: choose a file', [{ path: 'file', message: 'choose a file' }]);
    await service.attachFile(id, String(form.questionKey ?? ''), file.name, new Uint8Array(await file.arrayBuffer()));
    return 'uploaded';
  });
  action('withdraw', async (_c, service, id) => {
    await service.withdraw(id);
    return 'withdrawn';
  });
  action('confirm', async (c, _service, id) => {
    const edition = await new EditionService(c.get('app'), c.get('actor')).findVisible(c.req.param('slug')!);
    await confirmParticipation(c.get('app'), c.get('actor'), edition, id);
    return 'confirmed';
  });

  web.get('/editions/:slug/call/submissions/:id/files/:fileId', async (c) => {
    const redirect = signInRedirect(c);
    if (redirect) return redirect;
    const edition = await new EditionService(c.get('app'), c.get('actor')).findVisible(c.req.param('slug'));
    const file = await new SubmissionService(c.get('app'), c.get('actor'), edition).readFile(c.req.param('id'), c.req.param('fileId'));
    const ascii = file.fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
    return c.body(new Uint8Array(file.bytes), 200, {
      'Content-Type': file.mediaType, 'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'private, no-store',
    });
  });

  web.get('/invitations/:token', (c) => c.html(<InvitationPage frame={frameOf(c)} token={c.req.param('token')} signedIn={c.get('actor').user !== null} />));
  web.post('/invitations/:token', async (c) => {
    const redirect = signInRedirect(c);
    if (redirect) return redirect;
    try {
      const accepted = await acceptInvitation(c.get('app'), c.get('actor'), c.req.param('token'));
      return c.redirect(`/editions/${accepted.editionSlug}/call/submissions/${accepted.submissionId}?done=accepted`, 303);
    } catch (error) {
      if (!(error instanceof DomainError) || !['conflict', 'not_found'].includes(error.kind)) throw error;
      return c.html(<InvitationPage frame={frameOf(c)} token={c.req.param('token')} signedIn error={c.get('t').t(error.kind === 'not_found' ? 'invitation.unknown' : 'invitation.already')} />, error.kind === 'not_found' ? 404 : 409);
    }
  });

  web.get('/editions/:slug/reviews', async (c) => {
    const redirect = signInRedirect(c);
    if (redirect) return redirect;
    const edition = await new EditionService(c.get('app'), c.get('actor')).findVisible(c.req.param('slug'));
    const entries = await desk(c, edition).list();
    const notice = c.req.query('done') === 'conflict' ? c.get('t').t('review.conflictDone') : undefined;
    return c.html(<ReviewListPage frame={frameOf(c)} slug={edition.slug} entries={entries} {...(notice ? { notice } : {})} />);
  });

  web.get('/editions/:slug/reviews/:id', async (c) => {
    const redirect = signInRedirect(c);
    if (redirect) return redirect;
    const edition = await new EditionService(c.get('app'), c.get('actor')).findVisible(c.req.param('slug'));
    return c.html(<ReviewPage frame={frameOf(c)} slug={edition.slug} entry={await desk(c, edition).get(c.req.param('id'))} />);
  });

  web.post('/editions/:slug/reviews/:id', async (c) => {
    const redirect = signInRedirect(c);
    if (redirect) return redirect;
    const edition = await new EditionService(c.get('app'), c.get('actor')).findVisible(c.req.param('slug'));
    const form = await c.req.parseBody();
    const typedScores = Object.fromEntries(Object.entries(form).filter(([key, value]) => key.startsWith('score_') && typeof value === 'string').map(([key, value]) => [key.slice(6), String(value)]));
    const comment = typeof form.comment === 'string' ? form.comment : '';
    const reviews = desk(c, edition);
    try {
      await reviews.save(c.req.param('id'), { scores: Object.fromEntries(Object.entries(typedScores).map(([key, value]) => [key, Number(value)])), comment, submit: form.intent === 'submit' });
      return c.redirect(`/editions/${edition.slug}/reviews/${c.req.param('id')}`, 303);
    } catch (error) {
      if (!fixable(error)) throw error;
      return c.html(<ReviewPage frame={frameOf(c)} slug={edition.slug} entry={await reviews.get(c.req.param('id'))} problems={error.fields.length > 0 ? error.fields : [{ path: 'review', message: error.message }]} typed={{ scores: typedScores, comment }} />, 400);
    }
  });

  web.post('/editions/:slug/reviews/:id/conflict', async (c) => {
    const redirect = signInRedirect(c);
    if (redirect) return redirect;
    const edition = await new EditionService(c.get('app'), c.get('actor')).findVisible(c.req.param('slug'));
    const form = await c.req.parseBody();
    await desk(c, edition).declareConflict(c.req.param('id'), { reason: typeof form.reason === 'string' ? form.reason : '' });
    return c.redirect(`/editions/${edition.slug}/reviews?done=conflict`, 303);
  });
}

function desk(c: Ctx, edition: EditionRow): ReviewerDesk {
  const t = c.get('t');
  return new ReviewerDesk(c.get('app'), c.get('actor'), edition, { name: t.t('review.placeholder.name'), organisation: t.t('review.placeholder.organisation'), link: t.t('review.placeholder.link') });
}
