import type { ZodError } from 'zod';
import { DomainError, type FieldProblem } from '../../domain/errors.js';

export type ErrorCode =
  | 'invalid_input' | 'malformed_json' | 'payload_too_large' | 'csrf_failed' | 'unauthenticated' | 'forbidden'
  | 'not_found' | 'conflict' | 'rate_limited' | 'internal';

/** The one error format of the API: `{ error: { code, message, fields? } }`. */
export interface ErrorBody {
  error: { code: ErrorCode; message: string; fields?: FieldProblem[] };
}

export const statusOf: Record<ErrorCode, 400 | 401 | 403 | 404 | 409 | 413 | 429 | 500> = {
  invalid_input: 400, malformed_json: 400, payload_too_large: 413, csrf_failed: 403, unauthenticated: 401, forbidden: 403,
  not_found: 404, conflict: 409, rate_limited: 429, internal: 500,
};

export function errorBody(code: ErrorCode, message: string, fields?: FieldProblem[]): ErrorBody {
  return { error: { code, message, ...(fields && fields.length > 0 ? { fields } : {}) } };
}

export function fieldsOf(error: ZodError): FieldProblem[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.') || '(body)', message: issue.message }));
}

const codeOfDomainKind: Record<DomainError['kind'], ErrorCode> = {
  not_found: 'not_found', forbidden: 'forbidden', invalid: 'invalid_input', conflict: 'conflict', rate_limited: 'rate_limited',
  unauthenticated: 'unauthenticated',
};

export function domainErrorBody(error: DomainError): ErrorBody {
  return errorBody(codeOfDomainKind[error.kind], error.message, error.fields);
}
