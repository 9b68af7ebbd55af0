import { z } from 'zod';
import { organisationKinds } from '../people/tables.js';
import { contentLanguageSchema, localizedTextSchema, type LocalizedText } from '../text/localized-text.js';
import { countryCodeSchema, httpUrlSchema } from '../validation.js';
import { callStatuses, questionKinds, submissionKinds } from './tables.js';

const allSdgs = Array.from({ length: 17 }, (_, index) => index + 1);

/** Labels people read in the three interface languages must exist in all three. */
const trilingualTextSchema = localizedTextSchema.refine(
  (text: LocalizedText) => ['fr', 'es', 'en'].every((language) => (text.text[language as 'fr'] ?? '').trim() !== ''),
  { message: 'write it in French, Spanish and English (text.fr, text.es, text.en)', path: ['text'] },
);

export const callQuestionInputSchema = z
  .object({
    key: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, 'lower-case letters, digits and underscores, starting with a letter'),
    kind: z.enum(questionKinds),
    label: trilingualTextSchema,
    help: trilingualTextSchema.nullable().default(null),
    choices: z.array(z.object({ value: z.string().min(1).max(80), label: trilingualTextSchema })).max(60).nullable().default(null),
    required: z.boolean().default(false),
    forKinds: z.array(z.enum(submissionKinds)).min(1).default(['initiative']),
    maxLength: z.number().int().min(1).max(50_000).nullable().default(null),
  })
  .refine((question) => question.kind !== 'choice' || (question.choices?.length ?? 0) >= 2, { message: 'a choice question needs at least two choices', path: ['choices'] });
export type CallQuestionInput = z.infer<typeof callQuestionInputSchema>;

/** `deadline` is an instant (`…Z` or with an offset) or a local time (`2026-03-31T23:59`) in the edition's zone. */
export const callInputSchema = z.object({
  status: z.enum(callStatuses),
  intro: localizedTextSchema.nullable().default(null),
  deadline: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?$/, 'expected a date and time such as 2026-03-31T23:59'),
  submissionKinds: z.array(z.enum(submissionKinds)).min(1),
  sdgs: z.array(z.number().int().min(1).max(17)).default(allSdgs),
  questions: z
    .array(callQuestionInputSchema)
    .max(60)
    .default([])
    .refine((questions) => new Set(questions.map((question) => question.key)).size === questions.length, 'two questions have the same key'),
});
export type CallInput = z.input<typeof callInputSchema>;

const shortText = (max: number) => z.string().trim().max(max);

/** What a submitter writes; a draft may be incomplete, `submit` checks the rest. */
export const submissionInputSchema = z.object({
  kind: z.enum(submissionKinds),
  language: contentLanguageSchema,
  title: localizedTextSchema.refine((text) => Object.values(text.text).every((value) => (value ?? '').length <= 300), { message: 'at most 300 characters', path: ['text'] }),
  summary: localizedTextSchema.nullable().default(null),
  organisationName: shortText(300).nullable().default(null),
  organisationKind: z.enum(organisationKinds).nullable().default(null),
  city: shortText(120).nullable().default(null),
  country: countryCodeSchema.nullable().default(null),
  website: httpUrlSchema.nullable().default(null),
  networks: z.array(z.string().trim().min(1).max(120)).max(10).default([]),
  themes: z.array(z.string().min(1).max(40)).max(10).default([]),
  sdgs: z.array(z.number().int().min(1).max(17)).max(17).default([]),
  answers: z.record(z.string().max(40), z.string().max(50_000)).default({}),
  gender: shortText(40).nullable().default(null),
  bio: localizedTextSchema.nullable().default(null),
});
export type SubmissionInput = z.input<typeof submissionInputSchema>;

export const submissionUpdateSchema = submissionInputSchema.extend({
  /** The version the page was loaded with: a save over a newer one is refused, never merged silently. */
  version: z.number().int().min(1),
});
export type SubmissionUpdate = z.input<typeof submissionUpdateSchema>;

export const invitationInputSchema = z.object({
  name: shortText(200).min(2),
  email: z.string().trim().toLowerCase().pipe(z.email()),
  role: z.enum(['co_presenter', 'speaker']).default('co_presenter'),
  locale: z.enum(['fr', 'es', 'en']).optional(),
});
export type InvitationInput = z.input<typeof invitationInputSchema>;
