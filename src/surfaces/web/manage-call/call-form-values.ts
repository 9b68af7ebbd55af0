import type { CallInput, CallView } from '../../../domain/call/index.js';
import { formChecked, formList, formRows, formText, typedNumber, type FormBody } from './form-body.js';
import { emptyTrilingual, formLanguages, localizedOf, trilingualOf, type Trilingual } from './trilingual.js';

export interface QuestionRowValues {
  key: string;
  kind: string;
  label: Trilingual;
  help: Trilingual;
  /** One choice a line: `value = label fr | label es | label en`. */
  choices: string;
  required: boolean;
  forKinds: string[];
  maxLength: string;
}

/** The call editor as typed, so a refused save shows it again unchanged. */
export interface CallFormValues {
  status: string;
  /** As in a `datetime-local` input, in the forum's zone. */
  deadline: string;
  submissionKinds: string[];
  sdgs: string[];
  intro: Trilingual;
  questions: QuestionRowValues[];
}

export const allSdgs = Array.from({ length: 17 }, (_, index) => String(index + 1));

export const emptyQuestionRow = (): QuestionRowValues => ({
  key: '', kind: 'text', label: emptyTrilingual(), help: emptyTrilingual(), choices: '', required: false, forKinds: ['initiative'], maxLength: '',
});

/** A new call: a draft for initiatives, every SDG offered, no question yet. */
export const newCallValues = (): CallFormValues => ({ status: 'draft', deadline: '', submissionKinds: ['initiative'], sdgs: allSdgs, intro: emptyTrilingual(), questions: [] });

/**
 * Choices as organisers type them, one a line.
 *
 * @example parseChoices('local = Locale | Local | Local') // [{ value: 'local', label: { fr: 'Locale', es: 'Local', en: 'Local' } }]
 */
export function parseChoices(lines: string): { value: string; label: Trilingual }[] {
  return lines
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => {
      const separator = line.indexOf('=');
      const value = (separator < 0 ? line : line.slice(0, separator)).trim();
      const [fr = '', es = '', en = ''] = separator < 0 ? [] : line.slice(separator + 1).split('|').map((part) => part.trim());
      return { value, label: { fr, es, en } };
    });
}

/** The stored choices as the lines `parseChoices` reads back. */
export function formatChoices(choices: CallView['questions'][number]['choices']): string {
  return (choices ?? []).map((choice) => `${choice.value} = ${formLanguages.map((language) => choice.label.text[language] ?? '').join(' | ')}`).join('\n');
}

export function callValuesOf(call: CallView, deadlineLocal: string): CallFormValues {
  return {
    status: call.status, deadline: deadlineLocal, submissionKinds: call.submissionKinds, sdgs: call.sdgs.map(String), intro: trilingualOf(call.intro),
    questions: call.questions.map((question) => ({
      key: question.key, kind: question.kind, label: trilingualOf(question.label), help: trilingualOf(question.help), choices: formatChoices(question.choices),
      required: question.required, forKinds: question.forKinds, maxLength: question.maxLength === null ? '' : String(question.maxLength),
    })),
  };
}

const trilingualField = (form: FormBody, name: string): Trilingual => ({ fr: formText(form, `${name}.fr`), es: formText(form, `${name}.es`), en: formText(form, `${name}.en`) });

/** The posted editor; a question row whose key is empty is dropped. */
export function callValuesFromForm(form: FormBody): CallFormValues {
  return {
    status: formText(form, 'status'), deadline: formText(form, 'deadline'), submissionKinds: formList(form, 'submissionKinds'), sdgs: formList(form, 'sdgs'),
    intro: trilingualField(form, 'intro'),
    questions: formRows(form, 'questions')
      .map((row) => `questions.${row}`)
      .filter((name) => formText(form, `${name}.key`).trim() !== '')
      .map((name) => ({
        key: formText(form, `${name}.key`).trim(), kind: formText(form, `${name}.kind`), label: trilingualField(form, `${name}.label`), help: trilingualField(form, `${name}.help`),
        choices: formText(form, `${name}.choices`), required: formChecked(form, `${name}.required`), forKinds: formList(form, `${name}.forKinds`), maxLength: formText(form, `${name}.maxLength`),
      })),
  };
}

/** The editor as the service's input; the service names whatever is wrong with it. */
export function toCallInput(values: CallFormValues, preferredLanguage: string): CallInput {
  return {
    status: values.status as CallInput['status'], deadline: values.deadline.trim(), submissionKinds: values.submissionKinds as CallInput['submissionKinds'],
    sdgs: values.sdgs.map(Number), intro: localizedOf(values.intro, preferredLanguage, true),
    questions: values.questions.map((question) => ({
      key: question.key, kind: question.kind as never, label: localizedOf(question.label, preferredLanguage), help: localizedOf(question.help, preferredLanguage, true),
      choices: question.choices.trim() === '' ? null : parseChoices(question.choices).map((choice) => ({ value: choice.value, label: localizedOf(choice.label, preferredLanguage) })),
      required: question.required, forKinds: question.forKinds as never, maxLength: typedNumber(question.maxLength) as number | null,
    })),
  };
}

