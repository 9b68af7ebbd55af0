import type { Translator } from '../../../i18n/index.js';
import { CsrfField } from '../layout.js';
import { FieldError, fieldId, invalidAttributes, messageAt, ProblemList, uniqueProblems, type ShownProblem } from './field-problems.js';
import { emptyCriterionRow, emptyPhaseRow, type ReviewSettingsValues } from './review-form-values.js';
import { formLanguages, type Trilingual } from './trilingual.js';

function Cell(props: { name: string; label: string; value: string; type?: string; problem: string | null; lang?: string }) {
  const id = fieldId(props.name);
  return (
    <td>
      <label class="visually-hidden" for={id}>{props.label}</label>
      <input id={id} name={props.name} type={props.type ?? 'text'} value={props.value} {...(props.lang ? { lang: props.lang } : {})} {...(props.type === 'number' ? { step: 'any', min: '0' } : {})} {...invalidAttributes(props.problem, id)} />
      <FieldError id={id} problem={props.problem} />
    </td>
  );
}

function TextCells(props: { t: Translator; name: string; rowName: string; values: Trilingual; problem: string | null }) {
  return (
    <>
      {formLanguages.map((language, index) => (
        <Cell name={`${props.name}.${language}`} label={`${props.rowName} · ${props.t.languageName(language)}`} value={props.values[language]} lang={language} problem={index === 0 ? props.problem : null} />
      ))}
    </>
  );
}

function Flag(props: { name: string; label: string; checked: boolean }) {
  return <label class="choice"><input type="checkbox" id={props.name} name={props.name} value="on" checked={props.checked} /> {props.label}</label>;
}

/** Anonymity, score reveal, conflict rules, reviews per proposal, weighted criteria and phases. */
export function ReviewSettingsForm(props: { t: Translator; slug: string; csrfToken: string; zone: string; values: ReviewSettingsValues; problems: readonly ShownProblem[] }) {
  const { t, values, problems } = props;
  const criteria = [...values.criteria, emptyCriterionRow()];
  const phases = [...values.phases, emptyPhaseRow()];
  const perSubmissionProblem = messageAt(problems, 'reviewsPerSubmission');
  const languageHeaders = (what: string) => formLanguages.map((language) => <th scope="col">{what} ({t.languageName(language)})</th>);
  return (
    <section aria-labelledby="review-settings">
      <h2 id="review-settings">{t.t('manage.review.settings')}</h2>
      <ProblemList t={t} problems={uniqueProblems(problems)} />
      <form method="post" action={`/editions/${props.slug}/manage/review/settings`}>
        <CsrfField token={props.csrfToken} />
        <fieldset>
          <legend>{t.t('manage.review.rules')}</legend>
          <Flag name="anonymous" label={t.t('manage.review.anonymous')} checked={values.anonymous} />
          <Flag name="revealScoresBeforeOwn" label={t.t('manage.review.revealScores')} checked={values.revealScoresBeforeOwn} />
          <Flag name="conflictSameCity" label={t.t('manage.review.sameCity')} checked={values.conflictSameCity} />
          <Flag name="conflictSameCountry" label={t.t('manage.review.sameCountry')} checked={values.conflictSameCountry} />
          <p>
            <label for="reviewsPerSubmission">{t.t('manage.review.perSubmission')}</label>
            <input id="reviewsPerSubmission" name="reviewsPerSubmission" type="number" min="1" max="10" value={values.reviewsPerSubmission} style="max-width:8rem" {...invalidAttributes(perSubmissionProblem, 'reviewsPerSubmission')} />
            <FieldError id="reviewsPerSubmission" problem={perSubmissionProblem} />
          </p>
        </fieldset>
        <h3 id="criteria">{t.t('manage.review.criteria')}</h3>
        <p>{t.t('manage.review.criteriaHint')}</p>
        {messageAt(problems, 'criteria') ? <p class="field-error">{messageAt(problems, 'criteria')}</p> : null}
        <div class="scroll">
          <table class="rows" aria-labelledby="criteria">
            <thead><tr><th scope="col">{t.t('manage.review.criterion.key')}</th>{languageHeaders(t.t('manage.review.criterion.label'))}<th scope="col">{t.t('manage.review.criterion.weight')}</th></tr></thead>
            <tbody>
              {criteria.map((criterion, row) => {
                const rowName = t.t('manage.review.criterionNumber', { number: row + 1 });
                const at = (field: string) => messageAt(problems, `criteria.${row}.${field}`);
                return (
                  <tr>
                    <Cell name={`criteria.${row}.key`} label={`${rowName} · ${t.t('manage.review.criterion.key')}`} value={criterion.key} problem={at('key')} />
                    <TextCells t={t} name={`criteria.${row}.label`} rowName={`${rowName} · ${t.t('manage.review.criterion.label')}`} values={criterion.label} problem={at('label')} />
                    <Cell name={`criteria.${row}.weight`} label={`${rowName} · ${t.t('manage.review.criterion.weight')}`} value={criterion.weight} type="number" problem={at('weight')} />
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <h3 id="phases">{t.t('manage.review.phases')}</h3>
        <p>{t.t('manage.review.phasesHint', { zone: props.zone })}</p>
        <div class="scroll">
          <table class="rows" aria-labelledby="phases">
            <thead><tr>{languageHeaders(t.t('manage.review.phase.name'))}<th scope="col">{t.t('manage.review.phase.startsAt')}</th><th scope="col">{t.t('manage.review.phase.endsAt')}</th></tr></thead>
            <tbody>
              {phases.map((phase, row) => {
                const rowName = t.t('manage.review.phaseNumber', { number: row + 1 });
                const at = (field: string) => messageAt(problems, `phases.${row}.${field}`);
                return (
                  <tr>
                    <TextCells t={t} name={`phases.${row}.name`} rowName={`${rowName} · ${t.t('manage.review.phase.name')}`} values={phase.name} problem={at('name')} />
                    <Cell name={`phases.${row}.startsAt`} label={`${rowName} · ${t.t('manage.review.phase.startsAt')}`} value={phase.startsAt} type="datetime-local" problem={at('startsAt')} />
                    <Cell name={`phases.${row}.endsAt`} label={`${rowName} · ${t.t('manage.review.phase.endsAt')}`} value={phase.endsAt} type="datetime-local" problem={at('endsAt')} />
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <p><button type="submit">{t.t('manage.review.saveSettings')}</button></p>
      </form>
    </section>
  );
}
