import type { WorkshopGroupView } from '../../../domain/selection/index.js';
import type { Translator } from '../../../i18n/index.js';
import { CsrfField } from '../layout.js';
import { Localized } from '../localized.js';
import { FieldError, fieldId, invalidAttributes, messageAt, ProblemList, uniqueProblems, type ShownProblem } from './field-problems.js';
import { ProposalTitle, type Titles } from './proposal-title.js';
import type { WorkshopRowValues } from './selection-form-values.js';
import { TrilingualInputs } from './trilingual-inputs.js';

export interface WorkshopsSectionProps {
  t: Translator;
  slug: string;
  csrfToken: string;
  places: number;
  sizes: { min: string; max: string };
  /** The suggested workshops being adjusted; null until asked for. */
  workshops: WorkshopRowValues[] | null;
  problems: readonly ShownProblem[];
  groups: WorkshopGroupView[];
  titles: Titles;
}

/** Accepted initiatives grouped into workshops: suggest, adjust titles and moderators, create. */
export function WorkshopsSection(props: WorkshopsSectionProps) {
  const { t, problems } = props;
  const base = `/editions/${props.slug}/manage/selection`;
  return (
    <section aria-labelledby="workshops">
      <h2 id="workshops">{t.t('manage.workshops.title')}</h2>
      <p>{t.t('manage.workshops.intro')}</p>
      <form method="post" action={`${base}/groups/suggestion`} class="filters">
        <CsrfField token={props.csrfToken} />
        <input type="hidden" name="places" value={String(props.places)} />
        <p><label for="minSize">{t.t('manage.workshops.minSize')}</label><input id="minSize" name="minSize" type="number" min="1" max="12" value={props.sizes.min} /></p>
        <p><label for="maxSize">{t.t('manage.workshops.maxSize')}</label><input id="maxSize" name="maxSize" type="number" min="1" max="12" value={props.sizes.max} /></p>
        <p><button type="submit">{t.t('manage.workshops.suggest')}</button></p>
      </form>
      {props.workshops !== null ? (
        props.workshops.length === 0 ? <p role="status">{t.t('manage.workshops.nothingToGroup')}</p> : (
          <form method="post" action={`${base}/groups`}>
            <CsrfField token={props.csrfToken} />
            <input type="hidden" name="places" value={String(props.places)} />
            <p role="status">{t.t('manage.workshops.suggested', { count: props.workshops.length })}</p>
            <ProblemList t={t} problems={uniqueProblems(problems)} />
            {props.workshops.map((workshop, row) => {
              const name = (field: string) => `groups.${row}.${field}`;
              const moderatorId = fieldId(name('moderatorEmail'));
              const moderatorProblem = messageAt(problems, name('moderatorEmail'));
              return (
                <fieldset class="card" id={fieldId(`groups.${row}`)}>
                  <legend>{t.t('manage.workshops.number', { number: row + 1 })}</legend>
                  {workshop.keywords.length > 0 ? <p><small>{t.t('manage.workshops.keywords')}: {workshop.keywords.join(', ')}</small></p> : null}
                  {workshop.keywords.map((keyword) => <input type="hidden" name={name('keywords')} value={keyword} />)}
                  <TrilingualInputs t={t} name={name('title')} legend={t.t('manage.workshops.workshopTitle')} values={workshop.title} problem={messageAt(problems, name('title'))} />
                  <p>{t.t('manage.workshops.members')}</p>
                  <ul>
                    {workshop.submissionIds.map((id) => (
                      <li><ProposalTitle t={t} titles={props.titles} id={id} /><input type="hidden" name={name('submissionIds')} value={id} /></li>
                    ))}
                  </ul>
                  {messageAt(problems, name('submissionIds')) ? <p class="field-error">{messageAt(problems, name('submissionIds'))}</p> : null}
                  <p>
                    <label for={moderatorId}>{t.t('manage.workshops.moderator')}</label>
                    <input id={moderatorId} name={name('moderatorEmail')} type="email" value={workshop.moderatorEmail} {...invalidAttributes(moderatorProblem, moderatorId)} />
                    <FieldError id={moderatorId} problem={moderatorProblem} />
                  </p>
                </fieldset>
              );
            })}
            <p><button type="submit">{t.t('manage.workshops.create', { count: props.workshops.length })}</button></p>
          </form>
        )
      ) : null}
      <h3>{t.t('manage.workshops.existing')}</h3>
      {props.groups.length === 0 ? <p>{t.t('manage.workshops.none')}</p> : (
        <ul>
          {props.groups.map((group) => (
            <li>
              <strong><Localized t={t} text={group.title} /></strong>
              {group.moderators.length > 0 ? <> · {t.t('manage.workshops.moderatedBy', { names: group.moderators.join(', ') })}</> : null}
              <ul>{group.submissionIds.map((id) => <li><ProposalTitle t={t} titles={props.titles} id={id} /></li>)}</ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
