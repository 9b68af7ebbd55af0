import type { Translator } from '../../../i18n/index.js';

/** A refused field, said for people: its form path, which field (translated), where it is, and what is wrong. */
export interface ShownProblem {
  path: string;
  field: string;
  anchor: string;
  message: string;
}

/** The id of the input named `questions.0.label.fr`: `questions-0-label-fr`. */
export const fieldId = (name: string): string => name.replace(/[^a-zA-Z0-9_-]+/g, '-');

/** The messages of the problems at exactly this path, without repeats; null when there is none. */
export function messageAt(problems: readonly ShownProblem[], path: string): string | null {
  const found = [...new Set(problems.filter((problem) => problem.path === path).map((problem) => problem.message))];
  return found.length === 0 ? null : found.join('; ');
}

/** A service may name one field twice with the same words (two rules broken alike): list it once. */
export function uniqueProblems(problems: readonly ShownProblem[]): ShownProblem[] {
  return problems.filter((problem, index) => problems.findIndex((other) => other.path === problem.path && other.message === problem.message) === index);
}

/** What an input carries when its field was refused: marked invalid and described by the message. */
export function invalidAttributes(problem: string | null, id: string): Record<string, string> {
  return problem ? { 'aria-invalid': 'true', 'aria-describedby': `${id}-error` } : {};
}

export function FieldError(props: { id: string; problem: string | null }) {
  return props.problem ? <span id={`${props.id}-error`} class="field-error">{props.problem}</span> : null;
}

/** The problems of a refused save at the top of the form, each linked to its field. */
export function ProblemList(props: { t: Translator; problems: readonly ShownProblem[]; message?: string | undefined }) {
  if (props.problems.length === 0 && !props.message) return null;
  return (
    <div role="alert" class="error">
      <p>{props.message ?? props.t.t('manage.form.problems')}</p>
      <ul>
        {props.problems.map((problem) => <li><a href={`#${problem.anchor}`}>{problem.field}</a>: {problem.message}</li>)}
      </ul>
    </div>
  );
}
