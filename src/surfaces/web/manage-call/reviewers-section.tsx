import type { ReviewerProfileView } from '../../../domain/review/index.js';
import { contentLanguages, readLocalized, type LocalizedText } from '../../../domain/text/localized-text.js';
import type { Translator } from '../../../i18n/index.js';
import { CsrfField } from '../layout.js';
import { FieldError, invalidAttributes, messageAt, ProblemList, uniqueProblems, type ShownProblem } from './field-problems.js';
import type { ReviewerFormValues } from './review-form-values.js';
import { reviewerFieldId } from './review-problems.js';
import { countryName, countryOptions } from './value-labels.js';

export interface ReviewersSectionProps {
  t: Translator;
  slug: string;
  csrfToken: string;
  reviewers: ReviewerProfileView[];
  themes: { id: string; name: LocalizedText }[];
  values: ReviewerFormValues;
  problems: readonly ShownProblem[];
}

/** The edition's reviewers, and a form that makes an existing account one (or changes one). */
export function ReviewersSection(props: ReviewersSectionProps) {
  const { t, values, problems } = props;
  const themeName = new Map(props.themes.map((theme) => [theme.id, readLocalized(theme.name, t.locale).value]));
  const text = (field: 'email' | 'maxLoad' | 'organisationName' | 'networks' | 'city', label: string, type = 'text', hint?: string) => {
    const id = reviewerFieldId(field);
    const problem = messageAt(problems, field);
    return (
      <p>
        <label for={id}>{label}</label>
        {hint ? <small id={`${id}-hint`}>{hint}</small> : null}
        <input id={id} name={field} type={type} value={values[field]} {...(field === 'email' ? { required: true, autocomplete: 'off' } : {})} {...(type === 'number' ? { min: '1', max: '200' } : {})}
          {...invalidAttributes(problem, id)} {...(hint && !problem ? { 'aria-describedby': `${id}-hint` } : {})} />
        <FieldError id={id} problem={problem} />
      </p>
    );
  };
  const languagesProblem = messageAt(problems, 'languages');
  const countryProblem = messageAt(problems, 'country');
  return (
    <section aria-labelledby="reviewers">
      <h2 id="reviewers">{t.t('manage.reviewers.title')}</h2>
      {props.reviewers.length === 0 ? <p>{t.t('manage.reviewers.none')}</p> : (
        <div class="scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t.t('manage.reviewer.email')}</th><th scope="col">{t.t('manage.reviewer.languages')}</th><th scope="col">{t.t('manage.reviewer.themes')}</th>
                <th scope="col">{t.t('manage.reviewer.maxLoad')}</th><th scope="col">{t.t('manage.reviewer.organisation')}</th><th scope="col">{t.t('manage.reviewer.networks')}</th>
                <th scope="col">{t.t('manage.reviewer.place')}</th><th scope="col">{t.t('manage.reviewer.change')}</th>
              </tr>
            </thead>
            <tbody>
              {props.reviewers.map((reviewer) => (
                <tr>
                  <th scope="row">{reviewer.email}<br /><small>{reviewer.displayName}</small></th>
                  <td>{reviewer.languages.map((language) => t.languageName(language)).join(', ')}</td>
                  <td>{reviewer.themes.map((theme) => themeName.get(theme) ?? theme).join(', ')}</td>
                  <td>{reviewer.maxLoad}</td>
                  <td>{reviewer.organisationName ?? ''}</td>
                  <td>{reviewer.networks.join(', ')}</td>
                  <td>{[reviewer.city, countryName(reviewer.country, t.locale)].filter(Boolean).join(', ')}</td>
                  <td><a href={`/editions/${props.slug}/manage/review?reviewer=${encodeURIComponent(reviewer.email)}#add-reviewer`}>{t.t('manage.reviewer.edit')}<span class="visually-hidden"> {reviewer.email}</span></a></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h3 id="add-reviewer">{t.t('manage.reviewer.add')}</h3>
      <p>{t.t('manage.reviewer.addHint')}</p>
      <ProblemList t={t} problems={uniqueProblems(problems)} />
      <form method="post" action={`/editions/${props.slug}/manage/review/reviewers`}>
        <CsrfField token={props.csrfToken} />
        <div class="grid">
          {text('email', t.t('manage.reviewer.email'), 'email')}
          {text('maxLoad', t.t('manage.reviewer.maxLoad'), 'number')}
          {text('organisationName', t.t('manage.reviewer.organisation'))}
          {text('networks', t.t('manage.reviewer.networks'), 'text', t.t('manage.reviewer.networksHint'))}
          {text('city', t.t('manage.reviewer.city'))}
          <p>
            <label for={reviewerFieldId('country')}>{t.t('manage.reviewer.country')}</label>
            <select id={reviewerFieldId('country')} name="country" {...invalidAttributes(countryProblem, reviewerFieldId('country'))}>
              <option value="">{t.t('manage.form.none')}</option>
              {countryOptions(t.locale).map((country) => <option value={country.code} selected={country.code === values.country}>{country.name}</option>)}
            </select>
            <FieldError id={reviewerFieldId('country')} problem={countryProblem} />
          </p>
        </div>
        <fieldset class={languagesProblem ? 'field invalid' : 'field'}>
          <legend>{t.t('manage.reviewer.languages')}</legend>
          {contentLanguages.map((language) => (
            <label class="inline">
              <input type="checkbox" id={reviewerFieldId(`languages-${language}`)} name="languages" value={language} checked={values.languages.includes(language)} {...invalidAttributes(languagesProblem, reviewerFieldId('languages'))} /> {t.languageName(language)}
            </label>
          ))}
          <FieldError id={reviewerFieldId('languages')} problem={languagesProblem} />
        </fieldset>
        {props.themes.length > 0 ? (
          <fieldset id={reviewerFieldId('themes')}>
            <legend>{t.t('manage.reviewer.themes')}</legend>
            {props.themes.map((theme) => (
              <label class="inline"><input type="checkbox" name="themes" value={theme.id} checked={values.themes.includes(theme.id)} /> {themeName.get(theme.id)}</label>
            ))}
          </fieldset>
        ) : null}
        <p><button type="submit">{t.t('manage.reviewer.save')}</button></p>
      </form>
    </section>
  );
}
