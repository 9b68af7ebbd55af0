import { softGoals } from '../../../domain/schedule/editor/index.js';
import type { SoftGoal } from '../../../domain/schedule/solver/soft-goals.js';
import { CsrfField, type PageFrame } from '../layout.js';
import { schedulePath } from './schedule-paths.js';

export interface WeightsFormState {
  /** What stands, or what the organiser typed when it was refused. */
  values: Record<SoftGoal, string>;
  /** Goals whose typed value was refused. */
  invalid: SoftGoal[];
}

/** The organisers' weights for the solver's soft goals, each labelled and explained. */
export function WeightsSection(props: { frame: PageFrame; slug: string; state: WeightsFormState; sharedAgendas: number }) {
  const { frame, slug, state } = props;
  const { t } = frame;
  return (
    <section aria-labelledby="weights-title">
      <h2 id="weights-title">{t.t('schedule.weights.title')}</h2>
      <p class="hint">{t.t('schedule.weights.hint')}</p>
      <p class="hint" id="shared-agendas">{t.t('schedule.weights.sharedAgendas', { count: props.sharedAgendas })}</p>
      <form method="post" action={schedulePath(slug, '/weights')} class="stack">
        <CsrfField token={frame.csrfToken} />
        {softGoals.map((goal) => {
          const bad = state.invalid.includes(goal);
          const described = [`weight-${goal}-help`, ...(bad ? [`weight-${goal}-error`] : [])].join(' ');
          return (
            <div class={`field${bad ? ' invalid' : ''}`}>
              <label for={`weight-${goal}`}>{t.t(`schedule.weights.${goal}.label`)}</label>
              <input id={`weight-${goal}`} name={goal} type="number" min="0" step="any" required value={state.values[goal]}
                aria-invalid={bad ? 'true' : undefined} aria-describedby={described} />
              <span id={`weight-${goal}-help`} class="hint">{t.t(`schedule.weights.${goal}.help`)}</span>
              {bad ? <span id={`weight-${goal}-error`} class="field-error">{t.t('schedule.weights.invalid')}</span> : null}
            </div>
          );
        })}
        <div><button type="submit">{t.t('schedule.weights.submit')}</button></div>
      </form>
    </section>
  );
}
