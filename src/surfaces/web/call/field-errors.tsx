import type { FieldProblem } from '../../../domain/errors.js';
import type { Translator } from '../../../i18n/index.js';

/** The problems of a refused save, listed at the top and linked to their fields. */
export function ProblemList(props: { t: Translator; problems: FieldProblem[]; message?: string }) {
  if (props.problems.length === 0 && !props.message) return null;
  return (
    <div role="alert" class="error">
      <p>{props.message ?? props.t.t('call.form.problems')}</p>
      <ul>{props.problems.map((problem) => <li><code>{problem.path}</code>: {problem.message}</li>)}</ul>
    </div>
  );
}

export function problemFor(problems: FieldProblem[], ...paths: string[]): string | null {
  const found = problems.filter((problem) => paths.some((path) => problem.path === path || problem.path.startsWith(`${path}.`)));
  return found.length === 0 ? null : found.map((problem) => problem.message).join('; ');
}

export function FieldProblemText(props: { id: string; problem: string | null }) {
  return props.problem ? <span id={props.id} class="field-error">{props.problem}</span> : null;
}
