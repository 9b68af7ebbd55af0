import type { ReviewerProfileInput, ReviewerProfileView, ReviewSettingsInput, ReviewSettingsView } from '../../../domain/review/index.js';
import { formChecked, formList, formRows, formText, typedNumber, type FormBody } from './form-body.js';
import { instantOfLocal, localInputOf } from './local-time.js';
import { emptyTrilingual, isBlank, localizedOf, trilingualOf, type Trilingual } from './trilingual.js';

export interface CriterionRowValues {
  key: string;
  label: Trilingual;
  weight: string;
}

export interface PhaseRowValues {
  name: Trilingual;
  /** As in a `datetime-local` input, in the forum's zone. */
  startsAt: string;
  endsAt: string;
}

/** The review settings as typed. */
export interface ReviewSettingsValues {
  anonymous: boolean;
  revealScoresBeforeOwn: boolean;
  conflictSameCity: boolean;
  conflictSameCountry: boolean;
  reviewsPerSubmission: string;
  criteria: CriterionRowValues[];
  phases: PhaseRowValues[];
}

/** A reviewer as typed in the "add a reviewer" form. */
export interface ReviewerFormValues {
  email: string;
  languages: string[];
  themes: string[];
  maxLoad: string;
  organisationName: string;
  /** Comma-separated. */
  networks: string;
  city: string;
  country: string;
}

export const emptyCriterionRow = (): CriterionRowValues => ({ key: '', label: emptyTrilingual(), weight: '1' });
export const emptyPhaseRow = (): PhaseRowValues => ({ name: emptyTrilingual(), startsAt: '', endsAt: '' });
export const emptyReviewerValues = (): ReviewerFormValues => ({ email: '', languages: [], themes: [], maxLoad: '20', organisationName: '', networks: '', city: '', country: '' });

export function settingsValuesOf(settings: ReviewSettingsView, timeZone: string): ReviewSettingsValues {
  return {
    anonymous: settings.anonymous, revealScoresBeforeOwn: settings.revealScoresBeforeOwn, conflictSameCity: settings.conflictSameCity,
    conflictSameCountry: settings.conflictSameCountry, reviewsPerSubmission: String(settings.reviewsPerSubmission),
    criteria: settings.criteria.map((criterion) => ({ key: criterion.key, label: trilingualOf(criterion.label), weight: String(criterion.weight) })),
    phases: settings.phases.map((phase) => ({ name: trilingualOf(phase.name), startsAt: localInputOf(phase.startsAt, timeZone), endsAt: localInputOf(phase.endsAt, timeZone) })),
  };
}

const trilingualField = (form: FormBody, name: string): Trilingual => ({ fr: formText(form, `${name}.fr`), es: formText(form, `${name}.es`), en: formText(form, `${name}.en`) });

/** The posted settings; a criterion without key and a phase left wholly empty are dropped. */
export function settingsValuesFromForm(form: FormBody): ReviewSettingsValues {
  return {
    anonymous: formChecked(form, 'anonymous'), revealScoresBeforeOwn: formChecked(form, 'revealScoresBeforeOwn'), conflictSameCity: formChecked(form, 'conflictSameCity'),
    conflictSameCountry: formChecked(form, 'conflictSameCountry'), reviewsPerSubmission: formText(form, 'reviewsPerSubmission'),
    criteria: formRows(form, 'criteria')
      .map((row) => ({ key: formText(form, `criteria.${row}.key`).trim(), label: trilingualField(form, `criteria.${row}.label`), weight: formText(form, `criteria.${row}.weight`) }))
      .filter((criterion) => criterion.key !== ''),
    phases: formRows(form, 'phases')
      .map((row) => ({ name: trilingualField(form, `phases.${row}.name`), startsAt: formText(form, `phases.${row}.startsAt`), endsAt: formText(form, `phases.${row}.endsAt`) }))
      .filter((phase) => !isBlank(phase.name) || phase.startsAt.trim() !== '' || phase.endsAt.trim() !== ''),
  };
}

/** Phases are typed in the forum's zone and stored as instants. */
export function toSettingsInput(values: ReviewSettingsValues, preferredLanguage: string, timeZone: string): ReviewSettingsInput {
  return {
    anonymous: values.anonymous, revealScoresBeforeOwn: values.revealScoresBeforeOwn, conflictSameCity: values.conflictSameCity, conflictSameCountry: values.conflictSameCountry,
    reviewsPerSubmission: typedNumber(values.reviewsPerSubmission) as number,
    criteria: values.criteria.map((criterion) => ({ key: criterion.key, label: localizedOf(criterion.label, preferredLanguage), weight: typedNumber(criterion.weight) as number })),
    phases: values.phases.map((phase) => ({ name: localizedOf(phase.name, preferredLanguage), startsAt: instantOfLocal(phase.startsAt, timeZone), endsAt: instantOfLocal(phase.endsAt, timeZone) })),
  };
}

export function reviewerValuesOf(profile: ReviewerProfileView): ReviewerFormValues {
  return {
    email: profile.email, languages: profile.languages, themes: profile.themes, maxLoad: String(profile.maxLoad), organisationName: profile.organisationName ?? '',
    networks: profile.networks.join(', '), city: profile.city ?? '', country: profile.country ?? '',
  };
}

export function reviewerValuesFromForm(form: FormBody): ReviewerFormValues {
  return {
    email: formText(form, 'email'), languages: formList(form, 'languages'), themes: formList(form, 'themes'), maxLoad: formText(form, 'maxLoad'),
    organisationName: formText(form, 'organisationName'), networks: formText(form, 'networks'), city: formText(form, 'city'), country: formText(form, 'country'),
  };
}

export function toReviewerInput(values: ReviewerFormValues): ReviewerProfileInput {
  const orNull = (value: string) => (value.trim() === '' ? null : value.trim());
  return {
    email: values.email, languages: values.languages as ReviewerProfileInput['languages'], themes: values.themes,
    ...(values.maxLoad.trim() === '' ? {} : { maxLoad: typedNumber(values.maxLoad) as number }),
    organisationName: orNull(values.organisationName), networks: values.networks.split(/[,;]/).map((network) => network.trim()).filter(Boolean),
    city: orNull(values.city), country: orNull(values.country) as ReviewerProfileInput['country'],
  };
}
