import type { SelectionDashboard, SelectionSuggestion, WorkshopGroupView } from '../../../domain/selection/index.js';
import type { LocalizedText } from '../../../domain/text/localized-text.js';
import type { Translator } from '../../../i18n/index.js';
import type { PageFrame } from '../layout.js';
import { BalanceSection } from './balance-section.js';
import { DecisionsTable } from './decisions-table.js';
import type { ShownProblem } from './field-problems.js';
import { ManageLayout } from './manage-layout.js';
import type { ManagedForum } from './manage-scope.js';
import type { TargetRowValues, WorkshopRowValues } from './selection-form-values.js';
import { SelectionSuggestionSection } from './selection-suggestion-section.js';
import { TargetsSection } from './targets-section.js';
import { WorkshopsSection } from './workshops-section.js';

export interface SelectionPageProps {
  frame: PageFrame;
  forum: ManagedForum;
  places: number;
  dashboard: SelectionDashboard;
  targets: TargetRowValues[];
  targetProblems: ShownProblem[];
  themes: ReadonlyMap<string, LocalizedText>;
  suggestion: SelectionSuggestion | null;
  groupSizes: { min: string; max: string };
  workshops: WorkshopRowValues[] | null;
  workshopProblems: ShownProblem[];
  groups: WorkshopGroupView[];
  notice?: string | undefined;
  message?: string | undefined;
}

const exportFiles = [
  { file: 'submissions.csv', label: 'manage.exports.submissions' },
  { file: 'reviews.csv', label: 'manage.exports.reviews' },
  { file: 'decisions.csv', label: 'manage.exports.decisions' },
  { file: 'call.xlsx', label: 'manage.exports.workbook' },
] as const;

function Exports(props: { t: Translator; slug: string }) {
  const { t } = props;
  return (
    <section aria-labelledby="exports">
      <h2 id="exports">{t.t('manage.exports.title')}</h2>
      <ul>
        {exportFiles.map((entry) => (
          <li><a href={`/api/v1/editions/${props.slug}/selection/exports/${entry.file}?language=${t.locale}`} download>{t.t(entry.label)}</a></li>
        ))}
      </ul>
    </section>
  );
}

/** The selection: places, targets, a suggested selection, decisions, the live balance, workshops, exports. */
export function SelectionPage(props: SelectionPageProps) {
  const { t, csrfToken } = props.frame;
  const { dashboard } = props;
  const slug = props.forum.slug;
  const titles = new Map(dashboard.ranking.map((row) => [row.id, row.title]));
  return (
    <ManageLayout frame={props.frame} forum={props.forum} current="selection" title={t.t('manage.selection.title')} notice={props.notice}>
      {props.message ? <p role="alert" class="error">{props.message}</p> : null}
      <form method="get" action={`/editions/${slug}/manage/selection`} class="filters">
        <p><label for="places">{t.t('manage.selection.places')}</label><input id="places" name="places" type="number" min="1" max="10000" value={String(props.places)} /></p>
        <p><button type="submit">{t.t('manage.selection.show')}</button></p>
      </form>
      <p>{t.t('manage.selection.summary', { accepted: dashboard.acceptedCount, places: props.places, candidates: dashboard.ranking.length })}</p>
      <TargetsSection t={t} slug={slug} csrfToken={csrfToken} places={props.places} standings={dashboard.targets} rows={props.targets} problems={props.targetProblems} themes={props.themes} balance={dashboard.balance} />
      <SelectionSuggestionSection t={t} slug={slug} csrfToken={csrfToken} places={props.places} suggestion={props.suggestion} titles={titles} themes={props.themes} />
      <DecisionsTable t={t} slug={slug} csrfToken={csrfToken} places={props.places} ranking={dashboard.ranking} />
      <BalanceSection t={t} balance={dashboard.balance} themes={props.themes} />
      <WorkshopsSection t={t} slug={slug} csrfToken={csrfToken} places={props.places} sizes={props.groupSizes} workshops={props.workshops} problems={props.workshopProblems} groups={props.groups} titles={titles} />
      <section aria-labelledby="mails-link">
        <h2 id="mails-link">{t.t('manage.mails.title')}</h2>
        <p><a href={`/editions/${slug}/manage/selection/mails`}>{t.t('manage.mails.preview')}</a></p>
      </section>
      <Exports t={t} slug={slug} />
    </ManageLayout>
  );
}
