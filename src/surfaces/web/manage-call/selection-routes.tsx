import type { Hono } from 'hono';
import { CallService, type EditionRow } from '../../../domain/call/index.js';
import { DomainError } from '../../../domain/errors.js';
import { DecisionMailing, SelectionDesk, WorkshopGrouping } from '../../../domain/selection/index.js';
import type { LocalizedText } from '../../../domain/text/localized-text.js';
import type { AppEnv } from '../../http/app-env.js';
import { frameOf } from '../frame.js';
import { formList, formText, type FormBody } from './form-body.js';
import { MailsPage } from './mails-page.js';
import { forumOf, managedEdition, queryNumber, signInRedirect, type Ctx } from './manage-scope.js';
import { describeTargetProblems, describeWorkshopProblems } from './selection-problems.js';
import { targetValuesFromForm, targetValuesOf, toGroupsInput, toTargetsInput, workshopValuesFromForm, workshopValuesOf } from './selection-form-values.js';
import { SelectionPage, type SelectionPageProps } from './selection-page.js';

/** GSEF Bilbao 2018 selected 102 initiatives. */
const defaultPlaces = 102;

type Overrides = Partial<Omit<SelectionPageProps, 'frame' | 'forum' | 'places' | 'dashboard'>>;

const placesOf = (value: string | undefined): number => {
  const places = Number(value);
  return Number.isInteger(places) && places >= 1 && places <= 10_000 ? places : defaultPlaces;
};

async function renderSelectionPage(c: Ctx, edition: EditionRow, places: number, overrides: Overrides = {}, status: 200 | 400 | 409 = 200) {
  const app = c.get('app');
  const desk = new SelectionDesk(app, c.get('actor'), edition);
  const [dashboard, targets, groups, call] = await Promise.all([
    desk.dashboard(places), desk.targets(), new WorkshopGrouping(app, c.get('actor'), edition).list(), new CallService(app, c.get('actor'), edition).find(),
  ]);
  // The balance counts themes by their id folded to lower case.
  const themes = new Map<string, LocalizedText>((call?.themes ?? []).flatMap((theme) => [[theme.id, theme.name], [theme.id.toLowerCase(), theme.name]] as const));
  const props: SelectionPageProps = {
    frame: frameOf(c), forum: forumOf(c, edition), places, dashboard, targets: targetValuesOf(targets), targetProblems: [], themes, suggestion: null,
    groupSizes: { min: '2', max: '4' }, workshops: null, workshopProblems: [], groups, notice: noticeOf(c), ...overrides,
  };
  return c.html(<SelectionPage {...props} />, status);
}

function noticeOf(c: Ctx): string | undefined {
  const t = c.get('t');
  switch (c.req.query('done')) {
    case 'targets': return t.t('manage.targets.saved');
    case 'decided': return t.t('manage.decisions.saved');
    case 'applied': return t.t('manage.selectionSuggestion.applied');
    case 'groups': return t.t('manage.workshops.created', { count: queryNumber(c, 'count', 0) });
    default: return undefined;
  }
}

const refusal = (error: unknown, ...kinds: DomainError['kind'][]): error is DomainError => error instanceof DomainError && kinds.includes(error.kind);

/** `/editions/:slug/manage/selection` and its actions, and the decision mails. */
export function registerSelectionPages(web: Hono<AppEnv>): void {
  const page = (slug: string, places: number, query = '') => `/editions/${slug}/manage/selection?places=${places}${query}`;
  const organiser = (handler: (c: Ctx, edition: EditionRow) => Promise<Response>) => async (c: Ctx) => {
    const redirect = signInRedirect(c);
    if (redirect) return redirect;
    return handler(c, await managedEdition(c));
  };
  const form = async (c: Ctx) => (await c.req.parseBody({ all: true })) as FormBody;

  web.get('/editions/:slug/manage/selection', organiser((c, edition) => renderSelectionPage(c, edition, placesOf(c.req.query('places')))));

  web.post('/editions/:slug/manage/selection/targets', organiser(async (c, edition) => {
    const body = await form(c);
    const places = placesOf(formText(body, 'places'));
    const rows = targetValuesFromForm(body);
    try {
      await new SelectionDesk(c.get('app'), c.get('actor'), edition).saveTargets(toTargetsInput(rows));
      return c.redirect(page(edition.slug, places, '&done=targets#targets'), 303);
    } catch (error) {
      if (!refusal(error, 'invalid')) throw error;
      return renderSelectionPage(c, edition, places, { targets: rows, targetProblems: describeTargetProblems(c.get('t'), error.fields), notice: undefined }, 400);
    }
  }));

  web.post('/editions/:slug/manage/selection/decisions/:id', organiser(async (c, edition) => {
    const body = await form(c);
    const places = placesOf(formText(body, 'places'));
    const id = c.req.param('id')!;
    try {
      await new SelectionDesk(c.get('app'), c.get('actor'), edition).decide(id, { outcome: formText(body, 'outcome') as 'accepted' });
      return c.redirect(page(edition.slug, places, `&done=decided#proposal-${id}`), 303);
    } catch (error) {
      if (!refusal(error, 'invalid', 'conflict')) throw error;
      const message = c.get('t').t(error.kind === 'conflict' ? 'manage.decisions.alreadySent' : 'manage.decisions.choose');
      return renderSelectionPage(c, edition, places, { message, notice: undefined }, error.kind === 'conflict' ? 409 : 400);
    }
  }));

  web.post('/editions/:slug/manage/selection/suggestion', organiser(async (c, edition) => {
    const places = placesOf(formText(await form(c), 'places'));
    const suggestion = await new SelectionDesk(c.get('app'), c.get('actor'), edition).suggest({ places });
    return renderSelectionPage(c, edition, places, { suggestion, notice: undefined });
  }));

  web.post('/editions/:slug/manage/selection/apply', organiser(async (c, edition) => {
    const body = await form(c);
    const places = placesOf(formText(body, 'places'));
    await new SelectionDesk(c.get('app'), c.get('actor'), edition).applySelection(formList(body, 'selectedIds'));
    return c.redirect(page(edition.slug, places, '&done=applied#decisions'), 303);
  }));

  web.post('/editions/:slug/manage/selection/groups/suggestion', organiser(async (c, edition) => {
    const body = await form(c);
    const places = placesOf(formText(body, 'places'));
    const sizes = { min: formText(body, 'minSize') || '2', max: formText(body, 'maxSize') || '4' };
    const size = (value: string) => Math.min(12, Math.max(1, Math.round(Number(value)) || 1));
    const workshops = await new WorkshopGrouping(c.get('app'), c.get('actor'), edition).suggest({ minSize: size(sizes.min), maxSize: size(sizes.max) });
    return renderSelectionPage(c, edition, places, { groupSizes: sizes, workshops: workshopValuesOf(workshops), notice: undefined });
  }));

  web.post('/editions/:slug/manage/selection/groups', organiser(async (c, edition) => {
    const body = await form(c);
    const places = placesOf(formText(body, 'places'));
    const workshops = workshopValuesFromForm(body);
    try {
      const created = await new WorkshopGrouping(c.get('app'), c.get('actor'), edition).apply(toGroupsInput(workshops, c.get('t').locale));
      return c.redirect(page(edition.slug, places, `&done=groups&count=${created.length}#workshops`), 303);
    } catch (error) {
      if (!refusal(error, 'invalid')) throw error;
      return renderSelectionPage(c, edition, places, { workshops, workshopProblems: describeWorkshopProblems(c.get('t'), workshops, error.fields), notice: undefined }, 400);
    }
  }));

  web.get('/editions/:slug/manage/selection/mails', organiser(async (c, edition) => {
    const mails = await new DecisionMailing(c.get('app'), c.get('actor'), edition).preview();
    const notice = c.req.query('done') === 'sent' ? c.get('t').t('manage.mails.sent', { decisions: queryNumber(c, 'decisions', 0), mails: queryNumber(c, 'mails', 0) }) : undefined;
    return c.html(<MailsPage frame={frameOf(c)} forum={forumOf(c, edition)} mails={mails} notice={notice} />);
  }));

  web.post('/editions/:slug/manage/selection/mails', organiser(async (c, edition) => {
    const sent = await new DecisionMailing(c.get('app'), c.get('actor'), edition).send();
    return c.redirect(`/editions/${edition.slug}/manage/selection/mails?done=sent&decisions=${sent.decisions}&mails=${sent.mails}`, 303);
  }));
}
