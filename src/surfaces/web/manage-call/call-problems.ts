import type { FieldProblem } from '../../../domain/errors.js';
import type { MessageId, Translator } from '../../../i18n/index.js';
import { parseChoices, type CallFormValues } from './call-form-values.js';
import { fieldId, type ShownProblem } from './field-problems.js';
import { missingLanguages, type Trilingual } from './trilingual.js';

const questionFields: Record<string, MessageId> = {
  key: 'manage.call.question.key', kind: 'manage.call.question.kind', label: 'manage.call.question.label', help: 'manage.call.question.help',
  choices: 'manage.call.question.choices', required: 'manage.call.question.required', forKinds: 'manage.call.question.forKinds', maxLength: 'manage.call.question.maxLength',
};

/** "Spanish is missing" when a three-language text lacks some, else the service's own words. */
export function trilingualMessage(t: Translator, text: Trilingual | undefined, fallback: string): string {
  const missing = text ? missingLanguages(text) : [];
  return missing.length > 0 ? t.t('manage.form.missingIn', { languages: missing.map((language) => t.languageName(language)).join(', ') }) : fallback;
}

function firstMissingId(base: string, text: Trilingual | undefined): string {
  return `${fieldId(base)}-${(text ? missingLanguages(text)[0] : undefined) ?? 'fr'}`;
}

/** Each refused field of the call editor, named as the form names it and linked to its input. */
export function describeCallProblems(t: Translator, values: CallFormValues, problems: readonly FieldProblem[]): ShownProblem[] {
  return problems.map((problem) => {
    const [head = '', index = '', field = '', ...rest] = problem.path.split('.');
    if (head === 'questions' && /^\d+$/.test(index)) {
      const row = Number(index);
      const question = values.questions[row];
      const name = t.t('manage.call.questionNumber', { number: row + 1, key: question?.key ?? '' });
      const where = `questions.${row}.${field}`;
      const fieldName = `${name} · ${t.t(questionFields[field] ?? 'manage.call.questions')}`;
      if (field === 'label' || field === 'help') {
        const text = question?.[field];
        return { path: where, field: fieldName, anchor: firstMissingId(where, text), message: trilingualMessage(t, text, problem.message) };
      }
      if (field === 'choices') {
        const choice = rest[0] && /^\d+$/.test(rest[0]) ? parseChoices(question?.choices ?? '')[Number(rest[0])] : undefined;
        const message = choice ? `${t.t('manage.call.choiceLine', { number: Number(rest[0]) + 1 })}: ${trilingualMessage(t, choice.label, problem.message)}` : problem.message;
        return { path: where, field: fieldName, anchor: fieldId(where), message };
      }
      if (field === 'forKinds') return { path: where, field: fieldName, anchor: `${fieldId(where)}-initiative`, message: problem.message };
      return { path: where, field: fieldName, anchor: fieldId(where), message: problem.message };
    }
    if (head === 'intro') return { path: 'intro', field: t.t('manage.call.intro'), anchor: firstMissingId('intro', values.intro), message: trilingualMessage(t, values.intro, problem.message) };
    if (head === 'submissionKinds') return { path: head, field: t.t('manage.call.kinds'), anchor: 'submissionKinds-initiative', message: problem.message };
    if (head === 'sdgs') return { path: head, field: t.t('manage.call.sdgs'), anchor: 'sdgs-1', message: problem.message };
    if (head === 'status') return { path: head, field: t.t('manage.call.status'), anchor: 'status', message: problem.message };
    if (head === 'deadline') return { path: head, field: t.t('manage.call.deadline'), anchor: 'deadline', message: problem.message };
    return { path: problem.path, field: t.t('manage.call.questions'), anchor: 'questions', message: problem.message };
  });
}
