import type { Hono } from 'hono';
import { CallService, deadlineLocalInput, describeDeadline, type EditionRow } from '../../../domain/call/index.js';
import { DomainError } from '../../../domain/errors.js';
import { zoneLabel } from '../../../i18n/time.js';
import type { AppEnv } from '../../http/app-env.js';
import { frameOf } from '../frame.js';
import { CallEditorPage } from './call-editor-page.js';
import { callValuesFromForm, callValuesOf, newCallValues, toCallInput } from './call-form-values.js';
import { describeCallProblems } from './call-problems.js';
import type { FormBody } from './form-body.js';
import { forumOf, managedEdition, signInRedirect, type Ctx } from './manage-scope.js';

function pageBasics(c: Ctx, edition: EditionRow, deadline: string | null) {
  const at = deadline ?? c.get('app').clock.now().toISOString();
  return {
    frame: frameOf(c), forum: forumOf(c, edition), zone: zoneLabel(edition.time_zone, at),
    savedDeadline: deadline ? describeDeadline(deadline, c.get('t').locale, edition.time_zone) : null,
  };
}

/** `/editions/:slug/manage/call`: the organisers write the call and its questions. */
export function registerCallEditorPages(web: Hono<AppEnv>): void {
  web.get('/editions/:slug/manage/call', async (c) => {
    const redirect = signInRedirect(c);
    if (redirect) return redirect;
    const edition = await managedEdition(c);
    const call = await new CallService(c.get('app'), c.get('actor'), edition).find();
    const values = call ? callValuesOf(call, deadlineLocalInput(call.deadline, edition.time_zone)) : newCallValues();
    const notice = c.req.query('done') === 'saved' ? c.get('t').t('manage.call.saved') : undefined;
    return c.html(<CallEditorPage {...pageBasics(c, edition, call?.deadline ?? null)} values={values} {...(notice ? { notice } : {})} />);
  });

  web.post('/editions/:slug/manage/call', async (c) => {
    const redirect = signInRedirect(c);
    if (redirect) return redirect;
    const edition = await managedEdition(c);
    const service = new CallService(c.get('app'), c.get('actor'), edition);
    const values = callValuesFromForm((await c.req.parseBody({ all: true })) as FormBody);
    try {
      await service.save(toCallInput(values, c.get('t').locale));
      return c.redirect(`/editions/${edition.slug}/manage/call?done=saved`, 303);
    } catch (error) {
      if (!(error instanceof DomainError) || error.kind !== 'invalid') throw error;
      const saved = await service.find();
      const problems = describeCallProblems(c.get('t'), values, error.fields.length > 0 ? error.fields : [{ path: 'questions', message: error.message }]);
      return c.html(<CallEditorPage {...pageBasics(c, edition, saved?.deadline ?? null)} values={values} problems={problems} />, 400);
    }
  });
}
