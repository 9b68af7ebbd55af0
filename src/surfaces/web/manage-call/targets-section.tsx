import { selectionDimensions, type Balance, type TargetStanding } from '../../../domain/selection/index.js';
import { regions, subregions } from '../../../domain/selection/regions/index.js';
import type { LocalizedText } from '../../../domain/text/localized-text.js';
import type { Translator } from '../../../i18n/index.js';
import { CsrfField } from '../layout.js';
import { FieldError, fieldId, invalidAttributes, messageAt, ProblemList, uniqueProblems, type ShownProblem } from './field-problems.js';
import { emptyTargetRow, type TargetRowValues } from './selection-form-values.js';
import { describeTarget, dimensionName } from './target-words.js';
import { dimensionValueLabel } from './value-labels.js';

export interface TargetsSectionProps {
  t: Translator;
  slug: string;
  csrfToken: string;
  places: number;
  standings: TargetStanding[];
  rows: TargetRowValues[];
  problems: readonly ShownProblem[];
  themes: ReadonlyMap<string, LocalizedText>;
  /** Gives the values a target may name, offered as the organiser types. */
  balance: Balance;
}

/** Every value a target may name: each region and sub-region, and what the proposals carry. */
function valueOptions(t: Translator, balance: Balance, themes: ReadonlyMap<string, LocalizedText>): { value: string; label: string }[] {
  const options = new Map<string, string>([['*', t.t('manage.target.eachValue')]]);
  for (const region of [...regions, ...subregions]) options.set(region, `${dimensionName(t, 'region')} · ${dimensionValueLabel(t, 'region', region, themes)}`);
  for (const dimension of selectionDimensions) {
    for (const entry of balance.dimensions[dimension]) {
      if (!options.has(entry.value)) options.set(entry.value, `${dimensionName(t, dimension)} · ${dimensionValueLabel(t, dimension, entry.value, themes)}`);
    }
  }
  return [...options].map(([value, label]) => ({ value, label }));
}

/** How the accepted proposals stand against each target. */
function Standings(props: { t: Translator; standings: TargetStanding[]; themes: ReadonlyMap<string, LocalizedText> }) {
  const { t } = props;
  if (props.standings.length === 0) return <p>{t.t('manage.targets.none')}</p>;
  const bound = (value: number | null) => (value === null ? '—' : String(value));
  return (
    <div class="scroll">
      <table>
        <caption>{t.t('manage.targets.standing')}</caption>
        <thead>
          <tr>
            <th scope="col">{t.t('manage.targets.target')}</th><th scope="col">{t.t('manage.targets.worstValue')}</th><th scope="col">{t.t('manage.targets.achieved')}</th>
            <th scope="col">{t.t('manage.targets.min')}</th><th scope="col">{t.t('manage.targets.max')}</th><th scope="col">{t.t('manage.targets.state')}</th>
          </tr>
        </thead>
        <tbody>
          {props.standings.map((standing) => (
            <tr>
              <th scope="row">{describeTarget(t, standing.target, props.themes)}</th>
              <td>{dimensionValueLabel(t, standing.target.dimension, standing.value, props.themes)}</td>
              <td>{standing.achieved}</td>
              <td>{bound(standing.min)}</td>
              <td>{bound(standing.max)}</td>
              <td class={standing.met ? 'met' : 'unmet'}>{t.t(standing.met ? 'manage.targets.met' : 'manage.targets.unmet')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The targets' standing, and their editor: one row a target and an empty one to add a target. */
export function TargetsSection(props: TargetsSectionProps) {
  const { t, problems } = props;
  const rows = [...props.rows, emptyTargetRow()];
  const cellLabel = (row: number, what: string) => `${t.t('manage.targets.number', { number: row + 1 })} · ${what}`;
  return (
    <section aria-labelledby="targets">
      <h2 id="targets">{t.t('manage.targets.title')}</h2>
      <Standings t={t} standings={props.standings} themes={props.themes} />
      <h3 id="targets-editor">{t.t('manage.targets.edit')}</h3>
      <p>{t.t('manage.targets.hint')}</p>
      <ProblemList t={t} problems={uniqueProblems(problems)} />
      <form method="post" action={`/editions/${props.slug}/manage/selection/targets`}>
        <CsrfField token={props.csrfToken} />
        <input type="hidden" name="places" value={String(props.places)} />
        <div class="scroll">
          <table class="rows" aria-labelledby="targets-editor">
            <thead>
              <tr>
                <th scope="col">{t.t('manage.targets.dimension')}</th><th scope="col">{t.t('manage.targets.value')}</th><th scope="col">{t.t('manage.targets.min')}</th>
                <th scope="col">{t.t('manage.targets.max')}</th><th scope="col">{t.t('manage.targets.unit')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((target, row) => {
                const name = (field: string) => `targets.${row}.${field}`;
                const input = (field: 'value' | 'min' | 'max', type: string) => {
                  const id = fieldId(name(field));
                  const problem = messageAt(problems, name(field));
                  return (
                    <td>
                      <label class="visually-hidden" for={id}>{cellLabel(row, t.t(`manage.targets.${field}`))}</label>
                      <input id={id} name={name(field)} type={type} value={target[field]} {...(field === 'value' ? { list: 'target-values' } : {})} {...(type === 'number' ? { min: '0', step: 'any' } : {})} {...invalidAttributes(problem, id)} />
                      <FieldError id={id} problem={problem} />
                    </td>
                  );
                };
                const select = (field: 'dimension' | 'unit', options: { value: string; label: string }[]) => {
                  const id = fieldId(name(field));
                  const problem = messageAt(problems, name(field));
                  return (
                    <td>
                      <label class="visually-hidden" for={id}>{cellLabel(row, t.t(`manage.targets.${field}`))}</label>
                      <select id={id} name={name(field)} {...invalidAttributes(problem, id)}>
                        {options.map((option) => <option value={option.value} selected={option.value === target[field]}>{option.label}</option>)}
                      </select>
                      <FieldError id={id} problem={problem} />
                    </td>
                  );
                };
                return (
                  <tr>
                    {select('dimension', selectionDimensions.map((dimension) => ({ value: dimension, label: dimensionName(t, dimension) })))}
                    {input('value', 'text')}
                    {input('min', 'number')}
                    {input('max', 'number')}
                    {select('unit', [{ value: 'share', label: t.t('manage.targets.unit.share') }, { value: 'count', label: t.t('manage.targets.unit.count') }])}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <datalist id="target-values">
          {valueOptions(t, props.balance, props.themes).map((option) => <option value={option.value}>{option.label}</option>)}
        </datalist>
        <p><button type="submit">{t.t('manage.targets.save')}</button></p>
      </form>
    </section>
  );
}
