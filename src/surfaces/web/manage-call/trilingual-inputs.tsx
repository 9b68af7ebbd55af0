import type { Translator } from '../../../i18n/index.js';
import { FieldError, fieldId } from './field-problems.js';
import { formLanguages, type Trilingual } from './trilingual.js';

/**
 * One text in French, Spanish and English: three labelled inputs in a fieldset. When the field was
 * refused, the empty ones are marked (they are what is missing), or all three when none is empty.
 */
export function TrilingualInputs(props: { t: Translator; name: string; legend: string; values: Trilingual; problem: string | null; multiline?: boolean; required?: boolean }) {
  const { t } = props;
  const id = fieldId(props.name);
  const empty = formLanguages.filter((language) => props.values[language].trim() === '');
  const marked = (language: string) => props.problem !== null && (empty.length === 0 || (empty as string[]).includes(language));
  return (
    <fieldset class={props.problem ? 'field invalid' : 'field'}>
      <legend>{props.legend}</legend>
      <div class="grid">
        {formLanguages.map((language) => {
          const inputId = `${id}-${language}`;
          const attributes = {
            id: inputId, name: `${props.name}.${language}`, lang: language,
            ...(marked(language) ? { 'aria-invalid': 'true', 'aria-describedby': `${id}-error` } : {}),
          };
          return (
            <p>
              <label for={inputId}>{t.languageName(language)}</label>
              {props.multiline ? <textarea rows={3} {...attributes}>{props.values[language]}</textarea> : <input type="text" value={props.values[language]} {...attributes} />}
            </p>
          );
        })}
      </div>
      <FieldError id={id} problem={props.problem} />
    </fieldset>
  );
}
