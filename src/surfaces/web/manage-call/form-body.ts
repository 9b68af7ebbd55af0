/** A form as `c.req.parseBody({ all: true })` gives it: one value, or several under the same name. */
export type FormBody = Record<string, string | File | (string | File)[]>;

const strings = (form: FormBody, name: string): string[] =>
  ([] as (string | File)[]).concat(form[name] ?? []).filter((value): value is string => typeof value === 'string');

/**
 * The first text sent under a name, or '' when there is none.
 *
 * @example formText({ email: 'a@b.org' }, 'email') // 'a@b.org'
 */
export function formText(form: FormBody, name: string): string {
  return strings(form, name)[0] ?? '';
}

/** Every non-empty text sent under a name: checkboxes, hidden lists. */
export function formList(form: FormBody, name: string): string[] {
  return strings(form, name).filter((value) => value !== '');
}

/** A checkbox: sent (with any value) when ticked, absent otherwise. */
export function formChecked(form: FormBody, name: string): boolean {
  return strings(form, name).length > 0;
}

/**
 * The row numbers used by indexed names such as `questions.3.key`, in order.
 *
 * @example formRows({ 'questions.0.key': 'a', 'questions.2.key': 'b' }, 'questions') // [0, 2]
 */
export function formRows(form: FormBody, prefix: string): number[] {
  const rows = new Set<number>();
  const pattern = new RegExp(`^${prefix.replace(/\./g, '\\.')}\\.(\\d{1,4})\\.`);
  for (const name of Object.keys(form)) {
    const match = pattern.exec(name);
    if (match) rows.add(Number(match[1]));
  }
  return [...rows].sort((a, b) => a - b);
}

/**
 * A typed number as the service expects it: '' is null, digits are a number, anything else is
 * passed on as typed so the service names the field.
 */
export function typedNumber(value: string): number | string | null {
  const trimmed = value.trim();
  if (trimmed === '') return null;
  const number = Number(trimmed.replace(',', '.'));
  return Number.isFinite(number) ? number : trimmed;
}
