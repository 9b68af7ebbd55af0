import type { Hono } from 'hono';
import { CallService, SubmissionService, type EditionRow } from '../../../domain/call/index.js';
import { DomainError } from '../../../domain/errors.js';
import { loadReviewSettings, ReviewBoard, saveReviewSettings } from '../../../domain/review/index.js';
import { zoneLabel } from '../../../i18n/time.js';
import type { AppEnv } from '../../http/app-env.js';
import { frameOf } from '../frame.js';
import { formList, formText, type FormBody } from './form-body.js';
import { forumOf, managedEdition, queryNumber, signInRedirect, type Ctx } from './manage-scope.js';
import { emptyReviewerValues, reviewerValuesFromForm, reviewerValuesOf, settingsValuesFromForm, settingsValuesOf, toReviewerInput, toSettingsInput } from './review-form-values.js';
import { ReviewPage, type ReviewPageProps } from './review-page.js';
import { describeReviewerProblems, describeSettingsProblems } from './review-problems.js';

type Overrides = Partial<Omit<ReviewPageProps, 'frame' | 'forum'>>;

async function renderReviewPage(c: Ctx, edition: EditionRow, overrides: Overrides = {}, status: 200 | 400 | 409 = 200) {
  const app = c.get('app');
  const actor = c.get('actor');
  const board = new ReviewBoard(app, actor, edition);
  const [settings, reviewers, conflicts, assignments, ranking, submissions, call] = await Promise.all([
    loadReviewSettings(app.storage.db, app.storage.dialect, edition.id), board.listReviewers(), board.listConflicts(), board.listAssignments(), board.ranking(),
    new SubmissionService(app, actor, edition).listAll(), new CallService(app, actor, edition).find(),
  ]);
  const editing = reviewers.find((reviewer) => reviewer.email === c.req.query('reviewer'));
  const props: ReviewPageProps = {
    frame: frameOf(c), forum: forumOf(c, edition), zone: zoneLabel(edition.time_zone, app.clock.now().toISOString()),
    settings: settingsValuesOf(settings, edition.time_zone), settingsProblems: [], reviewers, reviewer: editing ? reviewerValuesOf(editing) : emptyReviewerValues(), reviewerProblems: [],
    themes: call?.themes ?? [], conflicts, assignments, ranking, titles: new Map(submissions.map((submission) => [submission.id, submission.title])), suggestion: null,
    notice: noticeOf(c), ...overrides,
  };
  return c.html(<ReviewPage {...props} />, status);
}

function noticeOf(c: Ctx): string | undefined {
  const t = c.get('t');
  switch (c.req.query('done')) {
    case 'settings': return t.t('manage.review.settingsSaved');
    case 'reviewer': return t.t('manage.reviewer.saved', { email: c.req.query('email') ?? '' });
    case 'conflicts': return t.t('manage.conflicts.done', { found: queryNumber(c, 'found', 0), withdrawn: queryNumber(c, 'withdrawn', 0) });
    case 'assigned': return t.t('manage.assignments.done', { count: queryNumber(c, 'count', 0) });
    case 'removed': return t.t('manage.assignments.removed');
    default: return undefined;
  }
}

const refusal = (error: unknown, ...kinds: DomainError['kind'][]): error is DomainError => error instanceof DomainError && kinds.includes(error.kind);

/** `/editions/:slug/manage/review` and its actions: settings, reviewers, conflicts, assignments. */
export function registerReviewPages(web: Hono<AppEnv>): void {
  const page = (slug: string, query = '') => `/editions/${slug}/manage/review${query}`;
  const organiser = (handler: (c: Ctx, edition: EditionRow) => Promise<Response>) => async (c: Ctx) => {
    const redirect = signInRedirect(c);
    if (redirect) return redirect;
    return handler(c, await managedEdition(c));
  };
  const form = async (c: Ctx) => (await c.req.parseBody({ all: true })) as FormBody;

  web.get('/editions/:slug/manage/review', organiser((c, edition) => renderReviewPage(c, edition)));

  web.post('/editions/:slug/manage/review/settings', organiser(async (c, edition) => {
    const values = settingsValuesFromForm(await form(c));
    try {
      await saveReviewSettings(c.get('app'), c.get('actor'), edition, toSettingsInput(values, c.get('t').locale, edition.time_zone));
      return c.redirect(page(edition.slug, '?done=settings'), 303);
    } catch (error) {
      if (!refusal(error, 'invalid')) throw error;
      return renderReviewPage(c, edition, { settings: values, settingsProblems: describeSettingsProblems(c.get('t'), values, error.fields), notice: undefined }, 400);
    }
  }));

  web.post('/editions/:slug/manage/review/reviewers', organiser(async (c, edition) => {
    const values = reviewerValuesFromForm(await form(c));
    const t = c.get('t');
    try {
      const saved = await new ReviewBoard(c.get('app'), c.get('actor'), edition).saveReviewer(toReviewerInput(values));
      return c.redirect(page(edition.slug, `?done=reviewer&email=${encodeURIComponent(saved.email)}`), 303);
    } catch (error) {
      if (!refusal(error, 'invalid', 'not_found')) throw error;
      const fields = error.kind === 'not_found' ? [{ path: 'email', message: t.t('manage.reviewer.noAccount') }] : error.fields;
      return renderReviewPage(c, edition, { reviewer: values, reviewerProblems: describeReviewerProblems(t, values, fields), notice: undefined }, 400);
    }
  }));

  web.post('/editions/:slug/manage/review/conflicts', organiser(async (c, edition) => {
    const found = await new ReviewBoard(c.get('app'), c.get('actor'), edition).detectConflicts();
    return c.redirect(page(edition.slug, `?done=conflicts&found=${found.detected}&withdrawn=${found.assignmentsWithdrawn}#conflicts`), 303);
  }));

  web.post('/editions/:slug/manage/review/assignments/suggestion', organiser(async (c, edition) => {
    const suggestion = await new ReviewBoard(c.get('app'), c.get('actor'), edition).suggestAssignments();
    return renderReviewPage(c, edition, { suggestion, notice: undefined });
  }));

  web.post('/editions/:slug/manage/review/assignments', organiser(async (c, edition) => {
    const body = await form(c);
    const pairs = formList(body, 'pair').map((pair) => {
      const [submissionId = '', reviewerUserId = ''] = pair.split(':');
      return { submissionId, reviewerUserId };
    });
    if (formText(body, 'submissionId') && formText(body, 'reviewerUserId')) pairs.push({ submissionId: formText(body, 'submissionId'), reviewerUserId: formText(body, 'reviewerUserId') });
    const t = c.get('t');
    if (pairs.length === 0) return renderReviewPage(c, edition, { message: t.t('manage.assignments.nothing'), notice: undefined }, 400);
    try {
      const created = await new ReviewBoard(c.get('app'), c.get('actor'), edition).assign(pairs, formText(body, 'source') === 'suggested' ? 'suggested' : 'manual');
      return c.redirect(page(edition.slug, `?done=assigned&count=${created}#assignments`), 303);
    } catch (error) {
      if (!refusal(error, 'conflict', 'invalid', 'not_found')) throw error;
      const message = error.kind === 'conflict' ? t.t('manage.assignments.conflicted') : t.t('manage.assignments.unknown');
      return renderReviewPage(c, edition, { message, notice: undefined }, error.kind === 'conflict' ? 409 : 400);
    }
  }));

  web.post('/editions/:slug/manage/review/assignments/remove', organiser(async (c, edition) => {
    const body = await form(c);
    await new ReviewBoard(c.get('app'), c.get('actor'), edition).unassign(formText(body, 'submissionId'), formText(body, 'reviewerUserId'));
    return c.redirect(page(edition.slug, '?done=removed#assignments'), 303);
  }));
}
