import type { FieldProblem } from '../../../domain/errors.js';
import type { MessageId, Translator } from '../../../i18n/index.js';
import { fieldId, type ShownProblem } from './field-problems.js';
import type { ReviewerFormValues, ReviewSettingsValues } from './review-form-values.js';
import { isBlank } from './trilingual.js';

const settingsFields: Record<string, MessageId> = {
  anonymous: 'manage.review.anonymous', revealScoresBeforeOwn: 'manage.review.revealScores', conflictSameCity: 'manage.review.sameCity',
  conflictSameCountry: 'manage.review.sameCountry', reviewsPerSubmission: 'manage.review.perSubmission', criteria: 'manage.review.criteria', phases: 'manage.review.phases',
};
const criterionFields: Record<string, MessageId> = { key: 'manage.review.criterion.key', label: 'manage.review.criterion.label', weight: 'manage.review.criterion.weight' };
const phaseFields: Record<string, MessageId> = { name: 'manage.review.phase.name', startsAt: 'manage.review.phase.startsAt', endsAt: 'manage.review.phase.endsAt' };

/** Each refused field of the review settings, named as the form names it. */
export function describeSettingsProblems(t: Translator, values: ReviewSettingsValues, problems: readonly FieldProblem[]): ShownProblem[] {
  return problems.map((problem) => {
    const [head = '', index = '', field = ''] = problem.path.split('.');
    if ((head === 'criteria' || head === 'phases') && /^\d+$/.test(index)) {
      const row = Number(index);
      const isCriterion = head === 'criteria';
      const fields = isCriterion ? criterionFields : phaseFields;
      const rowName = isCriterion ? t.t('manage.review.criterionNumber', { number: row + 1 }) : t.t('manage.review.phaseNumber', { number: row + 1 });
      const path = `${head}.${row}.${field}`;
      const text = isCriterion ? values.criteria[row]?.label : values.phases[row]?.name;
      const textual = field === 'label' || field === 'name';
      const message = textual && text && isBlank(text) ? t.t('manage.form.writeOne') : problem.message;
      return { path, field: `${rowName} · ${t.t(fields[field] ?? settingsFields[head]!)}`, anchor: fieldId(textual ? `${path}.fr` : path), message };
    }
    return { path: head, field: t.t(settingsFields[head] ?? 'manage.review.settings'), anchor: head === 'criteria' ? 'criteria-0-key' : head === 'phases' ? 'phases-0-startsAt' : fieldId(head), message: problem.message };
  });
}

const reviewerFields: Record<string, MessageId> = {
  email: 'manage.reviewer.email', languages: 'manage.reviewer.languages', themes: 'manage.reviewer.themes', maxLoad: 'manage.reviewer.maxLoad',
  organisationName: 'manage.reviewer.organisation', networks: 'manage.reviewer.networks', city: 'manage.reviewer.city', country: 'manage.reviewer.country',
};

/** Inputs of the reviewer form have their own ids, apart from the settings form's. */
export const reviewerFieldId = (field: string): string => `reviewer-${field}`;

export function describeReviewerProblems(t: Translator, _values: ReviewerFormValues, problems: readonly FieldProblem[]): ShownProblem[] {
  return problems.map((problem) => {
    const field = problem.path.split('.')[0] ?? '';
    const anchor = field === 'languages' ? reviewerFieldId('languages-fr') : field === 'themes' ? reviewerFieldId('themes') : reviewerFieldId(field in reviewerFields ? field : 'email');
    return { path: field, field: t.t(reviewerFields[field] ?? 'manage.reviewer.email'), anchor, message: problem.message };
  });
}
