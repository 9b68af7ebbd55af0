import { maxInterpreterTeams } from '../../../domain/schedule/editor/index.js';
import type { Translator } from '../../../i18n/index.js';
import { CsrfField, type PageFrame } from '../layout.js';
import { schedulePath } from './schedule-paths.js';

/** Form fields are `team-fr`, `team-es`…: a prefix keeps languages apart from the form's other fields. */
export const teamFieldPrefix = 'team-';

/** "Teams into French (fr)"; a code that is no language (someone's hand-made form) is shown as it came. */
export function teamFieldLabel(t: Translator, language: string): string {
  let name = language;
  try {
    name = t.languageName(language);
  } catch {
    // Intl refuses malformed codes; the raw code names the field well enough.
  }
  return t.t('schedule.interpreters.label', { language: name, code: language });
}

export interface InterpreterTeamsFormState {
  /** Languages shown, in order. */
  languages: string[];
  /** Language → what stands or what was typed; blank is unlimited. */
  values: Record<string, string>;
  /** Languages whose typed value (or code) was refused. */
  invalid: string[];
}

/** One number per language: how many sessions can be interpreted into it at the same time. */
export function InterpreterTeamsSection(props: { frame: PageFrame; slug: string; state: InterpreterTeamsFormState }) {
  const { frame, slug, state } = props;
  const { t } = frame;
  return (
    <section aria-labelledby="interpreter-teams-title">
      <h2 id="interpreter-teams-title">{t.t('schedule.interpreters.title')}</h2>
      <p class="hint" id="interpreter-teams-hint">{t.t('schedule.interpreters.hint')}</p>
      {state.languages.length === 0 ? <p>{t.t('schedule.interpreters.none')}</p> : (
        <form method="post" action={schedulePath(slug, '/interpreter-teams')} class="stack">
          <CsrfField token={frame.csrfToken} />
          {state.languages.map((language) => {
            const bad = state.invalid.includes(language);
            const id = `interpreter-teams-${language}`;
            return (
              <div class={`field${bad ? ' invalid' : ''}`}>
                <label for={id}>{teamFieldLabel(t, language)}</label>
                <input id={id} name={`${teamFieldPrefix}${language}`} type="number" min="0" max={String(maxInterpreterTeams)} step="1" inputmode="numeric" value={state.values[language] ?? ''}
                  aria-invalid={bad ? 'true' : undefined} aria-describedby={bad ? `${id}-error interpreter-teams-hint` : 'interpreter-teams-hint'} />
                {bad ? <span id={`${id}-error`} class="field-error">{t.t('schedule.interpreters.invalid')}</span> : null}
              </div>
            );
          })}
          <div><button type="submit">{t.t('schedule.interpreters.submit')}</button></div>
        </form>
      )}
    </section>
  );
}
