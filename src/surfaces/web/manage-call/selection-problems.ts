import type { FieldProblem } from '../../../domain/errors.js';
import type { MessageId, Translator } from '../../../i18n/index.js';
import { fieldId, type ShownProblem } from './field-problems.js';
import type { WorkshopRowValues } from './selection-form-values.js';
import { isBlank } from './trilingual.js';

const targetFields: Record<string, MessageId> = {
  dimension: 'manage.targets.dimension', value: 'manage.targets.value', min: 'manage.targets.min', max: 'manage.targets.max', unit: 'manage.targets.unit',
};

/** Each refused cell of the targets editor, named by its row and column. */
export function describeTargetProblems(t: Translator, problems: readonly FieldProblem[]): ShownProblem[] {
  return problems.map((problem) => {
    const [, index = '', field = ''] = problem.path.split('.');
    if (!/^\d+$/.test(index) || !(field in targetFields)) return { path: 'targets', field: t.t('manage.targets.title'), anchor: 'targets-0-value', message: problem.message };
    const path = `targets.${index}.${field}`;
    return { path, field: `${t.t('manage.targets.number', { number: Number(index) + 1 })} · ${t.t(targetFields[field]!)}`, anchor: fieldId(path), message: problem.message };
  });
}

/** Each refused field of the suggested workshops; a moderator refused without a row points at the first. */
export function describeWorkshopProblems(t: Translator, workshops: readonly WorkshopRowValues[], problems: readonly FieldProblem[]): ShownProblem[] {
  return problems.map((problem) => {
    const [head = '', index = '', field = ''] = problem.path.split('.');
    if (head === 'groups' && /^\d+$/.test(index)) {
      const row = Number(index);
      const path = `groups.${row}.${field}`;
      const what = field === 'title' ? 'manage.workshops.workshopTitle' : field === 'moderatorEmail' ? 'manage.workshops.moderator' : 'manage.workshops.members';
      const title = workshops[row]?.title;
      const message = field === 'title' && title && isBlank(title) ? t.t('manage.form.writeOne') : problem.message;
      return { path, field: `${t.t('manage.workshops.number', { number: row + 1 })} · ${t.t(what)}`, anchor: field === 'title' ? fieldId(`${path}.fr`) : field === 'moderatorEmail' ? fieldId(path) : fieldId(`groups.${row}`), message };
    }
    const moderator = head === 'moderatorEmail';
    return { path: moderator ? 'moderatorEmail' : 'groups', field: t.t(moderator ? 'manage.workshops.moderator' : 'manage.workshops.title'), anchor: moderator ? 'groups-0-moderatorEmail' : 'workshops', message: problem.message };
  });
}
