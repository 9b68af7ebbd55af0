import { callStatuses, questionKinds, submissionKinds } from '../../../domain/call/index.js';
import type { Translator } from '../../../i18n/index.js';
import { CsrfField, type PageFrame } from '../layout.js';
import { allSdgs, emptyQuestionRow, type CallFormValues, type QuestionRowValues } from './call-form-values.js';
import { FieldError, fieldId, invalidAttributes, messageAt, ProblemList, uniqueProblems, type ShownProblem } from './field-problems.js';
import { ManageLayout } from './manage-layout.js';
import type { ManagedForum } from './manage-scope.js';
import { TrilingualInputs } from './trilingual-inputs.js';

export interface CallEditorPageProps {
  frame: PageFrame;
  forum: ManagedForum;
  values: CallFormValues;
  /** The saved deadline, said in the reader's language; null before the call is first saved. */
  savedDeadline: string | null;
  /** "Europe/Madrid (UTC+2)": the zone the deadline is typed in. */
  zone: string;
  problems?: ShownProblem[];
  message?: string;
  notice?: string;
}

function Checkboxes(props: { name: string; legend: string; options: { value: string; label: string }[]; checked: readonly string[]; problem: string | null }) {
  const id = fieldId(props.name);
  return (
    <fieldset class={props.problem ? 'field invalid' : 'field'}>
      <legend>{props.legend}</legend>
      {props.options.map((option) => (
        <label class="inline">
          <input type="checkbox" id={`${id}-${option.value}`} name={props.name} value={option.value} checked={props.checked.includes(option.value)} {...invalidAttributes(props.problem, id)} /> {option.label}
        </label>
      ))}
      <FieldError id={id} problem={props.problem} />
    </fieldset>
  );
}

function QuestionRow(props: { t: Translator; row: number; question: QuestionRowValues; problems: readonly ShownProblem[] }) {
  const { t, row, question } = props;
  const name = (field: string) => `questions.${row}.${field}`;
  const problem = (field: string) => messageAt(props.problems, name(field));
  const isNew = question.key === '';
  const simple = (field: 'key' | 'maxLength', label: string, input: { type: string; value: string; hint?: string }) => {
    const id = fieldId(name(field));
    return (
      <p>
        <label for={id}>{label}</label>
        <input id={id} name={name(field)} type={input.type} value={input.value} {...(input.type === 'number' ? { min: '1' } : {})} {...invalidAttributes(problem(field), id)} />
        <FieldError id={id} problem={problem(field)} />
      </p>
    );
  };
  const kindId = fieldId(name('kind'));
  const choicesId = fieldId(name('choices'));
  const requiredId = fieldId(name('required'));
  const legend = isNew ? t.t('manage.call.newQuestion') : t.t('manage.call.questionNumber', { number: row + 1, key: question.key });
  return (
    <fieldset class="card" id={`questions-${row}`}>
      <legend>{legend}</legend>
      <div class="grid">
        {simple('key', t.t('manage.call.question.key'), { type: 'text', value: question.key })}
        <p>
          <label for={kindId}>{t.t('manage.call.question.kind')}</label>
          <select id={kindId} name={name('kind')} {...invalidAttributes(problem('kind'), kindId)}>
            {questionKinds.map((kind) => <option value={kind} selected={kind === question.kind}>{t.t(`manage.call.questionKind.${kind}`)}</option>)}
          </select>
          <FieldError id={kindId} problem={problem('kind')} />
        </p>
        {simple('maxLength', t.t('manage.call.question.maxLength'), { type: 'number', value: question.maxLength })}
        <p>
          <label class="choice" for={requiredId}>
            <input type="checkbox" id={requiredId} name={name('required')} value="on" checked={question.required} /> {t.t('manage.call.question.required')}
          </label>
        </p>
      </div>
      {isNew ? <p><small>{t.t('manage.call.newQuestionHint')}</small></p> : null}
      <TrilingualInputs t={t} name={name('label')} legend={t.t('manage.call.question.label')} values={question.label} problem={problem('label')} />
      <TrilingualInputs t={t} name={name('help')} legend={t.t('manage.call.question.help')} values={question.help} problem={problem('help')} />
      <p>
        <label for={choicesId}>{t.t('manage.call.question.choices')}</label>
        <small id={`${choicesId}-hint`}>{t.t('manage.call.choicesHint')}</small>
        <textarea id={choicesId} name={name('choices')} rows={3} aria-describedby={problem('choices') ? `${choicesId}-hint ${choicesId}-error` : `${choicesId}-hint`} {...(problem('choices') ? { 'aria-invalid': 'true' } : {})}>{question.choices}</textarea>
        <FieldError id={choicesId} problem={problem('choices')} />
      </p>
      <Checkboxes name={name('forKinds')} legend={t.t('manage.call.question.forKinds')} checked={question.forKinds} problem={problem('forKinds')}
        options={submissionKinds.map((kind) => ({ value: kind, label: t.t(`manage.call.kind.${kind}`) }))} />
    </fieldset>
  );
}

/** The call editor: status, deadline in the forum's zone, kinds, introduction and questions, in three languages. */
export function CallEditorPage(props: CallEditorPageProps) {
  const { t } = props.frame;
  const { values } = props;
  const problems = props.problems ?? [];
  const statusProblem = messageAt(problems, 'status');
  const deadlineProblem = messageAt(problems, 'deadline');
  const rows = [...values.questions, emptyQuestionRow()];
  return (
    <ManageLayout frame={props.frame} forum={props.forum} current="call" title={t.t('manage.call.title')} notice={props.notice}>
      <p>{props.savedDeadline ? t.t('manage.call.savedDeadline', { deadline: props.savedDeadline }) : t.t('manage.call.none')}</p>
      <ProblemList t={t} problems={uniqueProblems(problems)} message={props.message} />
      <form method="post" action={`/editions/${props.forum.slug}/manage/call`}>
        <CsrfField token={props.frame.csrfToken} />
        <section aria-labelledby="call-general">
          <h2 id="call-general">{t.t('manage.call.general')}</h2>
          <div class="grid">
            <p>
              <label for="status">{t.t('manage.call.status')}</label>
              <select id="status" name="status" {...invalidAttributes(statusProblem, 'status')}>
                {callStatuses.map((status) => <option value={status} selected={status === values.status}>{t.t(`manage.call.status.${status}`)}</option>)}
              </select>
              <FieldError id="status" problem={statusProblem} />
            </p>
            <p>
              <label for="deadline">{t.t('manage.call.deadline')}</label>
              <input id="deadline" name="deadline" type="datetime-local" value={values.deadline} required
                aria-describedby={deadlineProblem ? 'deadline-zone deadline-error' : 'deadline-zone'} {...(deadlineProblem ? { 'aria-invalid': 'true' } : {})} />
              <small id="deadline-zone">{t.t('manage.call.deadlineZone', { zone: props.zone })}</small>
              <FieldError id="deadline" problem={deadlineProblem} />
            </p>
          </div>
          <Checkboxes name="submissionKinds" legend={t.t('manage.call.kinds')} checked={values.submissionKinds} problem={messageAt(problems, 'submissionKinds')}
            options={submissionKinds.map((kind) => ({ value: kind, label: t.t(`manage.call.kind.${kind}`) }))} />
          <Checkboxes name="sdgs" legend={t.t('manage.call.sdgs')} checked={values.sdgs} problem={messageAt(problems, 'sdgs')}
            options={allSdgs.map((number) => ({ value: number, label: t.t('manage.sdg', { number }) }))} />
          <TrilingualInputs t={t} name="intro" legend={t.t('manage.call.intro')} values={values.intro} problem={messageAt(problems, 'intro')} multiline />
        </section>
        <section aria-labelledby="questions">
          <h2 id="questions" tabindex={-1}>{t.t('manage.call.questions')}</h2>
          <p>{t.t('manage.call.questionsHint')}</p>
          {messageAt(problems, 'questions') ? <p class="field-error">{messageAt(problems, 'questions')}</p> : null}
          {rows.map((question, row) => <QuestionRow t={t} row={row} question={question} problems={problems} />)}
        </section>
        <p><button type="submit">{t.t('manage.call.save')}</button></p>
      </form>
    </ManageLayout>
  );
}
