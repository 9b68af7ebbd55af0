/** A problem with one input field, named by its path: `title.text.fr`. */
export interface FieldProblem {
  path: string;
  message: string;
}

/**
 * Errors the domain raises on purpose; the web layer turns each kind into one HTTP status.
 * Anything else is a bug and answers 500 without details.
 */
export class DomainError extends Error {
  constructor(
    readonly kind: 'not_found' | 'forbidden' | 'invalid' | 'conflict' | 'rate_limited' | 'unauthenticated',
    message: string,
    readonly fields: FieldProblem[] = [],
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new DomainError('not_found', `${what} not found`);
export const forbidden = (why = 'not allowed') => new DomainError('forbidden', why);
export const invalid = (fields: FieldProblem[]) =>
  new DomainError('invalid', fields.map((field) => `${field.path}: ${field.message}`).join('; '), fields);
export const conflict = (message: string, path?: string) =>
  new DomainError('conflict', message, path ? [{ path, message }] : []);

export class RateLimitedError extends DomainError {
  constructor(readonly retryAfterSeconds: number) {
    super('rate_limited', `too many attempts; try again in ${retryAfterSeconds} s`);
  }
}
