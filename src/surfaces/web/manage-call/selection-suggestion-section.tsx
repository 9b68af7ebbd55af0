import type { SelectionSuggestion } from '../../../domain/selection/index.js';
import type { LocalizedText } from '../../../domain/text/localized-text.js';
import type { Translator } from '../../../i18n/index.js';
import { CsrfField } from '../layout.js';
import { ProposalTitle, type Titles } from './proposal-title.js';
import { describeTarget, reasonText } from './target-words.js';
import { dimensionValueLabel, formatScore } from './value-labels.js';

export interface SelectionSuggestionProps {
  t: Translator;
  slug: string;
  csrfToken: string;
  places: number;
  suggestion: SelectionSuggestion | null;
  titles: Titles;
  themes: ReadonlyMap<string, LocalizedText>;
}

/** "Suggest a selection", and the suggestion: each target's outcome, the chosen titles, "Apply". */
export function SelectionSuggestionSection(props: SelectionSuggestionProps) {
  const { t, suggestion } = props;
  const targets = suggestion?.targets.map((outcome) => outcome.target) ?? [];
  return (
    <section aria-labelledby="suggest-selection">
      <h2 id="suggest-selection">{t.t('manage.selectionSuggestion.title')}</h2>
      <p>{t.t('manage.selectionSuggestion.intro', { places: props.places })}</p>
      <form method="post" action={`/editions/${props.slug}/manage/selection/suggestion`}>
        <CsrfField token={props.csrfToken} />
        <input type="hidden" name="places" value={String(props.places)} />
        <button type="submit" aria-describedby="suggest-working">{t.t('manage.selectionSuggestion.run')}</button>{' '}
        <small id="suggest-working">{t.t('manage.selectionSuggestion.working')}</small>
      </form>
      {suggestion ? (
        <div class="card">
          <p role="status">
            {t.t('manage.selectionSuggestion.summary', { count: suggestion.selectedIds.length, score: formatScore(suggestion.totalScore, t.locale), seconds: (suggestion.elapsedMs / 1000).toFixed(1) })}{' '}
            <strong class={suggestion.allTargetsMet ? 'met' : 'unmet'}>{t.t(suggestion.allTargetsMet ? 'manage.selectionSuggestion.allMet' : 'manage.selectionSuggestion.someUnmet')}</strong>
          </p>
          <form method="post" action={`/editions/${props.slug}/manage/selection/apply`}>
            <CsrfField token={props.csrfToken} />
            <input type="hidden" name="places" value={String(props.places)} />
            {suggestion.selectedIds.map((id) => <input type="hidden" name="selectedIds" value={id} />)}
            <button type="submit">{t.t('manage.selectionSuggestion.apply')}</button>{' '}
            <small>{t.t('manage.selectionSuggestion.applyHint')}</small>
          </form>
          {suggestion.targets.length > 0 ? (
            <table>
              <caption>{t.t('manage.selectionSuggestion.targets')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.t('manage.targets.target')}</th><th scope="col">{t.t('manage.targets.worstValue')}</th><th scope="col">{t.t('manage.targets.achieved')}</th>
                  <th scope="col">{t.t('manage.targets.state')}</th><th scope="col">{t.t('manage.selectionSuggestion.why')}</th>
                </tr>
              </thead>
              <tbody>
                {suggestion.targets.map((outcome) => (
                  <tr>
                    <th scope="row">{describeTarget(t, outcome.target, props.themes)}</th>
                    <td>{dimensionValueLabel(t, outcome.target.dimension, outcome.value, props.themes)}</td>
                    <td>{outcome.achieved}</td>
                    <td class={outcome.met ? 'met' : 'unmet'}>{t.t(outcome.met ? 'manage.targets.met' : 'manage.targets.unmet')}</td>
                    <td>{outcome.met ? '' : reasonText(t, outcome, targets, props.themes)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          <h3>{t.t('manage.selectionSuggestion.selected', { count: suggestion.selectedIds.length })}</h3>
          <ol>{suggestion.selectedIds.map((id) => <li><ProposalTitle t={t} titles={props.titles} id={id} /></li>)}</ol>
        </div>
      ) : null}
    </section>
  );
}
