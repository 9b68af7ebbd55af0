import type { GroupsInput, SelectionTarget, SelectionTargetInput, SuggestedWorkshop } from '../../../domain/selection/index.js';
import { formList, formRows, formText, typedNumber, type FormBody } from './form-body.js';
import { localizedOf, trilingualOf, type Trilingual } from './trilingual.js';

/** A target as typed: `*` as value bounds each value of the dimension. */
export interface TargetRowValues {
  dimension: string;
  value: string;
  min: string;
  max: string;
  unit: string;
}

/** A suggested workshop as organisers adjust it before creating it. */
export interface WorkshopRowValues {
  title: Trilingual;
  submissionIds: string[];
  moderatorEmail: string;
  keywords: string[];
}

export const emptyTargetRow = (): TargetRowValues => ({ dimension: 'region', value: '', min: '', max: '', unit: 'share' });

export function targetValuesOf(targets: readonly SelectionTarget[]): TargetRowValues[] {
  return targets.map((target) => ({
    dimension: target.dimension, value: target.value, min: target.min === undefined ? '' : String(target.min), max: target.max === undefined ? '' : String(target.max), unit: target.unit,
  }));
}

/** The posted targets; a row without value is dropped. */
export function targetValuesFromForm(form: FormBody): TargetRowValues[] {
  return formRows(form, 'targets')
    .map((row) => ({
      dimension: formText(form, `targets.${row}.dimension`), value: formText(form, `targets.${row}.value`).trim(), min: formText(form, `targets.${row}.min`),
      max: formText(form, `targets.${row}.max`), unit: formText(form, `targets.${row}.unit`),
    }))
    .filter((target) => target.value !== '');
}

export function toTargetsInput(rows: readonly TargetRowValues[]): { targets: SelectionTargetInput[] } {
  return {
    targets: rows.map((row) => ({
      dimension: row.dimension as SelectionTargetInput['dimension'], value: row.value, min: typedNumber(row.min) as number | null, max: typedNumber(row.max) as number | null,
      unit: row.unit as SelectionTargetInput['unit'],
    })),
  };
}

export function workshopValuesOf(workshops: readonly SuggestedWorkshop[]): WorkshopRowValues[] {
  return workshops.map((workshop) => ({
    title: trilingualOf(workshop.title), submissionIds: workshop.submissions.map((submission) => submission.id), moderatorEmail: '', keywords: workshop.keywords,
  }));
}

export function workshopValuesFromForm(form: FormBody): WorkshopRowValues[] {
  return formRows(form, 'groups').map((row) => ({
    title: { fr: formText(form, `groups.${row}.title.fr`), es: formText(form, `groups.${row}.title.es`), en: formText(form, `groups.${row}.title.en`) },
    submissionIds: formList(form, `groups.${row}.submissionIds`), moderatorEmail: formText(form, `groups.${row}.moderatorEmail`).trim(), keywords: formList(form, `groups.${row}.keywords`),
  }));
}

export function toGroupsInput(rows: readonly WorkshopRowValues[], preferredLanguage: string): GroupsInput {
  return {
    groups: rows.map((row) => ({ title: localizedOf(row.title, preferredLanguage), submissionIds: row.submissionIds, moderatorEmail: row.moderatorEmail === '' ? null : row.moderatorEmail })),
  };
}
