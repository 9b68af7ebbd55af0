import { z } from 'zod';

export const errorResponseSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
});

const errorContent = { 'application/json': { schema: errorResponseSchema } };

/** Standard error answers, declared once for the OpenAPI document. */
export const errorResponses = {
  400: { description: 'Invalid input: each bad field is named', content: errorContent },
  401: { description: 'Not signed in', content: errorContent },
  403: { description: 'Not allowed, or CSRF token missing', content: errorContent },
  404: { description: 'Not found, or not visible to you', content: errorContent },
  409: { description: 'Conflicts with stored data', content: errorContent },
  429: { description: 'Too many attempts', content: errorContent },
} as const;

export function jsonBody<T extends z.ZodType>(schema: T) {
  return { required: true, content: { 'application/json': { schema } } };
}

export function jsonResponse<T extends z.ZodType>(description: string, schema: T) {
  return { description, content: { 'application/json': { schema } } };
}

export const slugParams = z.object({ slug: z.string().min(1).max(80) });
