import type { CallView, SubmissionInput, SubmissionView } from '../../../domain/call/index.js';
import type { ContentLanguage } from '../../../domain/text/localized-text.js';

/** What the proposal form holds: as typed, so a refused save shows it again unchanged. */
export interface SubmissionFormValues {
  kind: string;
  language: string;
  title: string;
  summary: string;
  organisationName: string;
  organisationKind: string;
  city: string;
  country: string;
  website: string;
  networks: string;
  themes: string[];
  sdgs: string[];
  answers: Record<string, string>;
  gender: string;
  bio: string;
  version: string;
  /** Optional translations of the title and description, by language. */
  translations: Record<string, { title: string; summary: string }>;
}

/** The interface languages a proposal may be translated into besides the one it is written in. */
export const translationLanguages = ['fr', 'es', 'en'] as const;

type Form = Record<string, string | File | (string | File)[]>;

const text = (form: Form, name: string): string => {
  const value = form[name];
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first : '';
};
const list = (form: Form, name: string): string[] => ([] as (string | File)[]).concat(form[name] ?? []).filter((value): value is string => typeof value === 'string' && value !== '');

export function formValues(form: Form, call: CallView): SubmissionFormValues {
  return {
    kind: text(form, 'kind'), language: text(form, 'language'), title: text(form, 'title'), summary: text(form, 'summary'),
    organisationName: text(form, 'organisationName'), organisationKind: text(form, 'organisationKind'), city: text(form, 'city'), country: text(form, 'country'),
    website: text(form, 'website'), networks: text(form, 'networks'), themes: list(form, 'themes'), sdgs: list(form, 'sdgs'),
    answers: Object.fromEntries(call.questions.filter((question) => question.kind !== 'file').map((question) => [question.key, text(form, `answer_${question.key}`)])),
    gender: text(form, 'gender'), bio: text(form, 'bio'), version: text(form, 'version'),
    translations: Object.fromEntries(translationLanguages.map((language) => [language, { title: text(form, `title_${language}`), summary: text(form, `summary_${language}`) }])),
  };
}

export function valuesOf(view: SubmissionView, userId: string | undefined): SubmissionFormValues {
  const own = view.presenters.find((presenter) => presenter.userId === userId);
  return {
    kind: view.kind, language: view.language, title: view.title.text[view.title.original] ?? '', summary: view.summary?.text[view.summary.original] ?? '',
    organisationName: view.organisationName ?? '', organisationKind: view.organisationKind ?? '', city: view.city ?? '', country: view.country ?? '',
    website: view.website ?? '', networks: view.networks.join(', '), themes: view.themes, sdgs: view.sdgs.map(String), answers: view.answers,
    gender: own?.gender ?? '', bio: own?.bio?.text[own.bio.original] ?? '', version: String(view.version),
    translations: Object.fromEntries(translationLanguages.map((language) => [language, {
      title: language === view.title.original ? '' : view.title.text[language] ?? '',
      summary: !view.summary || language === view.summary.original ? '' : view.summary.text[language] ?? '',
    }])),
  };
}

export function emptyValues(call: CallView, language: string): SubmissionFormValues {
  return {
    kind: call.submissionKinds[0] ?? 'initiative', language, title: '', summary: '', organisationName: '', organisationKind: '', city: '', country: '', website: '',
    networks: '', themes: [], sdgs: [], answers: {}, gender: '', bio: '', version: '', translations: {},
  };
}

/** The form as the service's input; the service names whatever is wrong with it. */
export function toInput(values: SubmissionFormValues): SubmissionInput {
  const language = values.language as ContentLanguage;
  const orNull = (value: string) => (value.trim() === '' ? null : value.trim());
  const translated = (field: 'title' | 'summary') => Object.fromEntries(
    Object.entries(values.translations)
      .filter(([other, texts]) => other !== language && texts[field].trim() !== '')
      .map(([other, texts]) => [other, texts[field].trim()]),
  );
  return {
    kind: values.kind as SubmissionInput['kind'], language,
    title: { original: language, text: { ...translated('title'), [language]: values.title.trim() } },
    summary: values.summary.trim() === '' ? null : { original: language, text: { ...translated('summary'), [language]: values.summary.trim() } },
    organisationName: orNull(values.organisationName), organisationKind: orNull(values.organisationKind) as SubmissionInput['organisationKind'],
    city: orNull(values.city), country: orNull(values.country), website: orNull(values.website),
    networks: values.networks.split(/[,;]/).map((network) => network.trim()).filter(Boolean),
    themes: values.themes, sdgs: values.sdgs.map(Number), answers: values.answers, gender: orNull(values.gender),
    bio: values.bio.trim() === '' ? null : { original: language, text: { [language]: values.bio.trim() } },
  };
}
