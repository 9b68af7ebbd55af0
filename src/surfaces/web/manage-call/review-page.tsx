import type { AssignmentView, ConflictView, RankedSubmission, ReviewerProfileView } from '../../../domain/review/index.js';
import type { AssignmentSuggestion } from '../../../domain/review/assignment/index.js';
import type { LocalizedText } from '../../../domain/text/localized-text.js';
import type { PageFrame } from '../layout.js';
import type { ShownProblem } from './field-problems.js';
import { ManageLayout } from './manage-layout.js';
import type { ManagedForum } from './manage-scope.js';
import { AssignmentSuggestionSection } from './assignment-suggestion-section.js';
import { AssignmentsSection } from './assignments-section.js';
import { ConflictsSection } from './conflicts-section.js';
import type { Titles } from './proposal-title.js';
import { RankingSection } from './ranking-section.js';
import type { ReviewerFormValues, ReviewSettingsValues } from './review-form-values.js';
import { ReviewSettingsForm } from './review-settings-form.js';
import { ReviewersSection } from './reviewers-section.js';

export interface ReviewPageProps {
  frame: PageFrame;
  forum: ManagedForum;
  /** "Europe/Madrid (UTC+2)": the zone phases are typed in. */
  zone: string;
  settings: ReviewSettingsValues;
  settingsProblems: ShownProblem[];
  reviewers: ReviewerProfileView[];
  reviewer: ReviewerFormValues;
  reviewerProblems: ShownProblem[];
  themes: { id: string; name: LocalizedText }[];
  conflicts: ConflictView[];
  assignments: AssignmentView[];
  ranking: RankedSubmission[];
  titles: Titles;
  suggestion: AssignmentSuggestion | null;
  notice?: string | undefined;
  /** A refusal that is no field's: a conflicted pair, say. */
  message?: string | undefined;
}

/** The organisers' review: settings, reviewers, conflicts, assignments, ranking. */
export function ReviewPage(props: ReviewPageProps) {
  const { t, csrfToken } = props.frame;
  const slug = props.forum.slug;
  return (
    <ManageLayout frame={props.frame} forum={props.forum} current="review" title={t.t('manage.review.title')} notice={props.notice}>
      {props.message ? <p role="alert" class="error">{props.message}</p> : null}
      <p>{t.t('manage.review.counts', { proposals: props.titles.size, reviewers: props.reviewers.length, assignments: props.assignments.length })}</p>
      <ReviewSettingsForm t={t} slug={slug} csrfToken={csrfToken} zone={props.zone} values={props.settings} problems={props.settingsProblems} />
      <ReviewersSection t={t} slug={slug} csrfToken={csrfToken} reviewers={props.reviewers} themes={props.themes} values={props.reviewer} problems={props.reviewerProblems} />
      <ConflictsSection t={t} slug={slug} csrfToken={csrfToken} conflicts={props.conflicts} titles={props.titles} />
      <AssignmentSuggestionSection t={t} slug={slug} csrfToken={csrfToken} suggestion={props.suggestion} reviewers={props.reviewers} titles={props.titles} />
      <AssignmentsSection t={t} slug={slug} csrfToken={csrfToken} assignments={props.assignments} reviewers={props.reviewers} titles={props.titles} />
      <RankingSection t={t} ranking={props.ranking} titles={props.titles} />
    </ManageLayout>
  );
}
