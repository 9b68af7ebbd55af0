import { z } from 'zod';
import { contentLanguageSchema, localizedTextSchema } from '../text/localized-text.js';
import { httpUrlSchema, instantSchema } from '../validation.js';
import { roleStatuses, sessionFormats, sessionOrganisationRoles, sessionRoles } from './tables.js';

const requiredSessionFields = {
  format: z.enum(sessionFormats),
  title: localizedTextSchema,
  language: contentLanguageSchema,
};

const optionalSessionFields = {
  code: z.string().trim().regex(/^\d+(\.\d+)*$/, 'expected a code such as "4.3" or "2.3.2"').nullable(),
  summary: localizedTextSchema.nullable(),
  context: localizedTextSchema.nullable(),
  objectives: z.array(localizedTextSchema).max(30),
  mainQuestions: z.array(localizedTextSchema).max(30),
  slotId: z.string().nullable(),
  venueId: z.string().nullable(),
  startsAt: instantSchema.nullable(),
  endsAt: instantSchema.nullable(),
  durationMinutes: z.number().int().min(5).max(24 * 60).nullable(),
  interpretationLanguages: z.array(contentLanguageSchema).max(10),
  capacity: z.number().int().min(1).max(100_000).nullable(),
  registrationRequired: z.boolean(),
  status: z.enum(['draft', 'published']),
  documents: z.array(z.object({ title: localizedTextSchema, url: httpUrlSchema })).max(50),
  sdgs: z.array(z.number().int().min(1).max(17)).max(17),
};

const sessionFields = { ...requiredSessionFields, ...optionalSessionFields };

/** What a new session holds for each field its author left out. */
export const sessionDefaults: { [K in keyof typeof optionalSessionFields]: z.infer<(typeof optionalSessionFields)[K]> } = {
  code: null, summary: null, context: null, objectives: [], mainQuestions: [], slotId: null, venueId: null, startsAt: null,
  endsAt: null, durationMinutes: null, interpretationLanguages: [], capacity: null, registrationRequired: false, status: 'draft',
  documents: [], sdgs: [],
};

interface TimedSession {
  startsAt?: string | null;
  endsAt?: string | null;
  durationMinutes?: number | null;
}

/**
 * The seed sheets show "11:05 – 13:45" announced as "2 h 30 min": a stated duration must match the times.
 * Returns the problems, each with the field it belongs to.
 */
export function timingProblems(value: TimedSession): { path: string; message: string }[] {
  const { startsAt, endsAt, durationMinutes } = value;
  if (!startsAt || !endsAt) return [];
  const minutes = (Date.parse(endsAt) - Date.parse(startsAt)) / 60_000;
  if (minutes <= 0) return [{ path: 'endsAt', message: 'the session must end after it starts' }];
  if (durationMinutes != null && durationMinutes !== minutes) {
    return [{ path: 'durationMinutes', message: `the stated duration (${durationMinutes} min) contradicts the times (${minutes} min)` }];
  }
  return [];
}

function checkTiming(value: TimedSession, context: z.RefinementCtx): void {
  for (const problem of timingProblems(value)) context.addIssue({ code: 'custom', message: problem.message, path: [problem.path] });
}

export const sessionInputSchema = z
  .object({ ...requiredSessionFields, ...z.object(optionalSessionFields).partial().shape })
  .superRefine(checkTiming);
export type SessionInput = z.infer<typeof sessionInputSchema>;

/** A patch names only the fields it changes. */
export const sessionPatchSchema = z.object(sessionFields).partial().superRefine(checkTiming);
export type SessionPatch = z.infer<typeof sessionPatchSchema>;

export const sessionPersonViewSchema = z.object({
  personId: z.string(),
  name: z.string(),
  honorific: z.string().nullable(),
  role: z.enum(sessionRoles),
  status: z.enum(roleStatuses),
});

export const sessionViewSchema = z.object({
  id: z.string(),
  editionId: z.string(),
  ...sessionFields,
  durationMinutes: z.number().nullable(),
  themes: z.array(z.object({ id: z.string(), code: z.string(), name: localizedTextSchema })),
  organisations: z.array(z.object({ organisationId: z.string(), name: localizedTextSchema, acronym: z.string().nullable(), role: z.enum(sessionOrganisationRoles) })),
  people: z.array(sessionPersonViewSchema),
  presentations: z.array(z.object({ id: z.string(), personId: z.string().nullable(), title: localizedTextSchema, description: localizedTextSchema.nullable() })),
});
export type SessionView = z.infer<typeof sessionViewSchema>;
